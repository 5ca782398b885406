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

T = TypeVar("T", bound="SearchFixedUtc")


@_attrs_define
class SearchFixedUtc:
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

        value = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(d.pop("value"))).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

        search_fixed_utc = cls(
            type_,
            value,
        )

        return search_fixed_utc
