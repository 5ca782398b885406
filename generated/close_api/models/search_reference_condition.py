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

from ..models.search_reference_condition_reference_type import (
    SearchReferenceConditionReferenceType,
    check_search_reference_condition_reference_type,
)

T = TypeVar("T", bound="SearchReferenceCondition")


@_attrs_define
class SearchReferenceCondition:
    """The field references one of `object_ids`. `reference_type` names what they are:
    `user` or `user_or_group` (users), `status.lead`, `status.opportunity`, `lead`,
    `contact`, `custom_object`, `custom_object_type`; it must fit the field.

    """

    type_: Literal["reference"]
    reference_type: SearchReferenceConditionReferenceType
    object_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reference_type: str = self.reference_type

        object_ids = self.object_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "reference_type": reference_type,
                "object_ids": object_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["reference"], d.pop("type"))
        if type_ != "reference":
            raise ValueError(f"type must match const 'reference', got '{type_}'")

        reference_type = check_search_reference_condition_reference_type(
            d.pop("reference_type")
        )

        object_ids: list[str] = d.pop("object_ids")

        search_reference_condition = cls(
            type_,
            reference_type,
            object_ids,
        )

        return search_reference_condition
