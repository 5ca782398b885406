from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.custom_field_create_type import (
    CustomFieldCreateType,
    check_custom_field_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldCreate")


@_attrs_define
class CustomFieldCreate:
    """A new lead, contact or opportunity custom field. `accepts_multiple_values` may only be
    true for `user`, `choices`, `contact` and `custom_object` fields. `textarea` is not
    accepted here (it exists only for activity fields).

    """

    name: str
    type_: CustomFieldCreateType
    description: None | str | Unset = UNSET
    choices: list[str] | Unset = UNSET
    """ Valid values, for a `choices` field. """
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    """ Roles allowed to edit the values; empty or absent means anyone. """
    referenced_custom_type_id: None | str | Unset = UNSET
    """ For a `custom_object` field, the Custom Object Type it references. """
    back_reference_is_visible: bool | Unset = UNSET
    """ For a `custom_object` field, show a back reference on the referenced objects. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description: None | str | Unset = self.description

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
        name = d.pop("name")

        type_ = check_custom_field_create_type(d.pop("type"))

        description: None | str | Unset = d.pop("description", UNSET)

        choices: list[str] | Unset = d.pop("choices", UNSET)

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        referenced_custom_type_id: None | str | Unset = d.pop(
            "referenced_custom_type_id", UNSET
        )

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        custom_field_create = cls(
            name,
            type_,
            description,
            choices,
            accepts_multiple_values,
            editable_with_roles,
            referenced_custom_type_id,
            back_reference_is_visible,
        )

        return custom_field_create
