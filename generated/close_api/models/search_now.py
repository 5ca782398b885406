from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchNow")


@_attrs_define
class SearchNow:
    """The moment of the request (the emulator's clock)."""

    type_: Literal["now"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["now"], d.pop("type"))
        if type_ != "now":
            raise ValueError(f"type must match const 'now', got '{type_}'")

        search_now = cls(
            type_,
        )

        return search_now
