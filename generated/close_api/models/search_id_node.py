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

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchIdNode")


@_attrs_define
class SearchIdNode:
    """Matches the object with this id."""

    type_: Literal["id"]
    value: str
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["id"], d.pop("type"))
        if type_ != "id":
            raise ValueError(f"type must match const 'id', got '{type_}'")

        value = d.pop("value")

        negate = d.pop("negate", UNSET)

        search_id_node = cls(
            type_,
            value,
            negate,
        )

        return search_id_node
