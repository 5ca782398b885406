from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_field_update_type import (
    CustomFieldUpdateType,
    check_custom_field_update_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldUpdate")


@_attrs_define
class CustomFieldUpdate:
    """Changes to a lead, contact or opportunity custom field; only the properties sent
    change. Changing `type` may start a conversion of the stored values.

    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: CustomFieldUpdateType | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        accepts_multiple_values = self.accepts_multiple_values

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        referenced_custom_type_id: None | str | Unset = self.referenced_custom_type_id

        back_reference_is_visible = self.back_reference_is_visible

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldUpdateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_custom_field_update_type(_type_)

        choices: list[str] | Unset = d.pop("choices", UNSET)

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        referenced_custom_type_id: None | str | Unset = d.pop(
            "referenced_custom_type_id", UNSET
        )

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        custom_field_update = cls(
            name,
            description,
            type_,
            choices,
            accepts_multiple_values,
            editable_with_roles,
            referenced_custom_type_id,
            back_reference_is_visible,
        )

        return custom_field_update
