from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="DatetimeRange")


@_attrs_define
class DatetimeRange(LazyModel):
    """A time range; either end may be left out (the epoch, now)."""

    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "start": d.pop("start", UNSET),
            "end": d.pop("end", UNSET),
        }
        return _model

        return _model


def _convert_start(_raw: Any) -> datetime.datetime | Unset:
    _start = _raw
    start: datetime.datetime | Unset
    if _start is UNSET:
        start = UNSET
    else:
        start = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_start)).tzinfo is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return start


def _convert_end(_raw: Any) -> datetime.datetime | Unset:
    _end = _raw
    end: datetime.datetime | Unset
    if _end is UNSET:
        end = UNSET
    else:
        end = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_end)).tzinfo is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return end


lazy_fields(
    DatetimeRange,
    {
        "start": _convert_start,
        "end": _convert_end,
    },
)
