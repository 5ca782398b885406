from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="SearchFixedUtc")


@_attrs_define
class SearchFixedUtc(LazyModel):
    """An instant."""

    type_: Literal["fixed_utc"]
    value: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["fixed_utc"], d.pop("type"))
        if type_ != "fixed_utc":
            raise ValueError(f"type must match const 'fixed_utc', got '{type_}'")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "value": d.pop("value"),
        }
        _model.type_ = type_
        return _model

        return _model


def _convert_value(_raw: Any) -> datetime.datetime:
    value = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return value


lazy_fields(
    SearchFixedUtc,
    {
        "value": _convert_value,
    },
)
