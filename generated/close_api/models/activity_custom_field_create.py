from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.activity_custom_field_create_type import (
    ActivityCustomFieldCreateType,
    check_activity_custom_field_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityCustomFieldCreate")


@_attrs_define
class ActivityCustomFieldCreate:
    """A new custom field of a Custom Activity Type. `required: true` means custom activities
    of that type cannot be published without a value (drafts are exempt).
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    """

    name: str
    type_: ActivityCustomFieldCreateType
    custom_activity_type_id: str
    """ The Custom Activity Type the field belongs to; cannot be changed later. """
    description: None | str | Unset = UNSET
    required: bool | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        custom_activity_type_id = self.custom_activity_type_id

        description: None | str | Unset = self.description

        required = self.required

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
                "custom_activity_type_id": custom_activity_type_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
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

        type_ = check_activity_custom_field_create_type(d.pop("type"))

        custom_activity_type_id = d.pop("custom_activity_type_id")

        description: None | str | Unset = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        choices: list[str] | Unset = d.pop("choices", UNSET)

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        referenced_custom_type_id: None | str | Unset = d.pop(
            "referenced_custom_type_id", UNSET
        )

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        activity_custom_field_create = cls(
            name,
            type_,
            custom_activity_type_id,
            description,
            required,
            choices,
            accepts_multiple_values,
            editable_with_roles,
            referenced_custom_type_id,
            back_reference_is_visible,
        )

        return activity_custom_field_create
