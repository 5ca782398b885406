from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shared_custom_field_association_create_object_type import (
    SharedCustomFieldAssociationCreateObjectType,
    check_shared_custom_field_association_create_object_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldAssociationCreate")


@_attrs_define
class SharedCustomFieldAssociationCreate:
    """A new association. `custom_activity_type_id` is needed (and only relevant) for
    `object_type: custom_activity_type`, `custom_object_type_id` for
    `object_type: custom_object_type`. `required` only counts for those two object types.
    Both `required` and `editable_with_roles` apply to this association only.

    """

    object_type: SharedCustomFieldAssociationCreateObjectType
    custom_activity_type_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    required: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        object_type: str = self.object_type

        custom_activity_type_id = self.custom_activity_type_id

        custom_object_type_id = self.custom_object_type_id

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        required = self.required

        field_dict: dict[str, Any] = {}

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
        object_type = check_shared_custom_field_association_create_object_type(
            d.pop("object_type")
        )

        custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)

        custom_object_type_id = d.pop("custom_object_type_id", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        required = d.pop("required", UNSET)

        shared_custom_field_association_create = cls(
            object_type,
            custom_activity_type_id,
            custom_object_type_id,
            editable_with_roles,
            required,
        )

        return shared_custom_field_association_create
