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

T = TypeVar("T", bound="SearchCustomField")


@_attrs_define
class SearchCustomField:
    """A custom field of the object, by id; one the organization does not have is refused."""

    type_: Literal["custom_field"]
    custom_field_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        custom_field_id = self.custom_field_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "custom_field_id": custom_field_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["custom_field"], d.pop("type"))
        if type_ != "custom_field":
            raise ValueError(f"type must match const 'custom_field', got '{type_}'")

        custom_field_id = d.pop("custom_field_id")

        search_custom_field = cls(
            type_,
            custom_field_id,
        )

        return search_custom_field
