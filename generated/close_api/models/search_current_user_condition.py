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

T = TypeVar("T", bound="SearchCurrentUserCondition")


@_attrs_define
class SearchCurrentUserCondition:
    """The field names the user making the request."""

    type_: Literal["current_user"]

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
        type_ = cast(Literal["current_user"], d.pop("type"))
        if type_ != "current_user":
            raise ValueError(f"type must match const 'current_user', got '{type_}'")

        search_current_user_condition = cls(
            type_,
        )

        return search_current_user_condition
