from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldAssociation")


@_attrs_define
class SharedCustomFieldAssociation:
    """The association of a Shared Custom Field with one object kind."""

    object_type: str
    """ Currently `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`. """
    custom_activity_type_id: None | str | Unset = UNSET
    """ The Custom Activity Type, for `custom_activity_type` associations. """
    custom_object_type_id: None | str | Unset = UNSET
    """ The Custom Object Type, for `custom_object_type` associations. """
    editable_with_roles: list[str] | Unset = UNSET
    """ Roles allowed to edit the field's values on this object kind; empty means anyone. """
    required: bool | Unset = UNSET
    """ Whether a value is required on this object kind (only meaningful for custom activity and custom object
    types). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        custom_activity_type_id: None | str | Unset = self.custom_activity_type_id

        custom_object_type_id: None | str | Unset = self.custom_object_type_id

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
            }
        )
        if custom_activity_type_id is not UNSET:
            field_dict["custom_activity_type_id"] = custom_activity_type_id
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_type = d.pop("object_type")

        custom_activity_type_id: None | str | Unset = d.pop(
            "custom_activity_type_id", UNSET
        )

        custom_object_type_id: None | str | Unset = d.pop(
            "custom_object_type_id", UNSET
        )

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        required = d.pop("required", UNSET)

        shared_custom_field_association = cls(
            object_type,
            custom_activity_type_id,
            custom_object_type_id,
            editable_with_roles,
            required,
        )

        shared_custom_field_association.additional_properties = d
        return shared_custom_field_association

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
