from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate(LazyModel):
    """Changes to a task; `text` only on `lead` tasks."""

    assigned_to: None | str | Unset = UNSET
    text: str | Unset = UNSET
    date: datetime.date | datetime.datetime | None | Unset = UNSET
    is_complete: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        assigned_to: None | str | Unset = self.assigned_to

        text = self.text

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date) or isinstance(
            self.date, datetime.datetime
        ):
            date = self.date.isoformat()
        else:
            date = self.date

        is_complete = self.is_complete

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assigned_to: None | str | Unset = d.pop("assigned_to", UNSET)

        text = d.pop("text", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date": d.pop("date", UNSET),
        }
        _model.assigned_to = assigned_to
        _model.text = text
        _model.is_complete = is_complete
        return _model

        return _model


def _convert_date(_raw: Any) -> datetime.date | datetime.datetime | None | Unset:
    def _parse_date(data: object) -> datetime.date | datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_1 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | datetime.datetime | None | Unset, data)

    date = _parse_date(_raw)

    return date


lazy_fields(
    TaskUpdate,
    {
        "date": _convert_date,
    },
)
