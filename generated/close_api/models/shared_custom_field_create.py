from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shared_custom_field_create_type import (
    SharedCustomFieldCreateType,
    check_shared_custom_field_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldCreate")


@_attrs_define
class SharedCustomFieldCreate:
    """A new Shared Custom Field. It starts without associations. `accepts_multiple_values`
    may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    """

    name: str
    type_: SharedCustomFieldCreateType
    description: None | str | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description: None | str | Unset = self.description

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        accepts_multiple_values = self.accepts_multiple_values

        referenced_custom_type_id: None | str | Unset = self.referenced_custom_type_id

        back_reference_is_visible = self.back_reference_is_visible

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_shared_custom_field_create_type(d.pop("type"))

        description: None | str | Unset = d.pop("description", UNSET)

        choices: list[str] | Unset = d.pop("choices", UNSET)

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        referenced_custom_type_id: None | str | Unset = d.pop(
            "referenced_custom_type_id", UNSET
        )

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        shared_custom_field_create = cls(
            name,
            type_,
            description,
            choices,
            accepts_multiple_values,
            referenced_custom_type_id,
            back_reference_is_visible,
        )

        return shared_custom_field_create
