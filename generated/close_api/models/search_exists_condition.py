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

T = TypeVar("T", bound="SearchExistsCondition")


@_attrs_define
class SearchExistsCondition:
    """The field has a value (not null, not empty)."""

    type_: Literal["exists"]

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
        type_ = cast(Literal["exists"], d.pop("type"))
        if type_ != "exists":
            raise ValueError(f"type must match const 'exists', got '{type_}'")

        search_exists_condition = cls(
            type_,
        )

        return search_exists_condition
