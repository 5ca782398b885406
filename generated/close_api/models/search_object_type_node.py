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

from ..models.search_object_type import SearchObjectType, check_search_object_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchObjectTypeNode")


@_attrs_define
class SearchObjectTypeNode:
    """Matches the objects of one type; every query names the types it returns with these."""

    type_: Literal["object_type"]
    object_type: SearchObjectType
    """ An object type Advanced Filtering returns. """
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_type: str = self.object_type

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "object_type": object_type,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["object_type"], d.pop("type"))
        if type_ != "object_type":
            raise ValueError(f"type must match const 'object_type', got '{type_}'")

        object_type = check_search_object_type(d.pop("object_type"))

        negate = d.pop("negate", UNSET)

        search_object_type_node = cls(
            type_,
            object_type,
            negate,
        )

        return search_object_type_node
