from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldAssociationUpdate")


@_attrs_define
class SharedCustomFieldAssociationUpdate:
    """Changes to an association; only `required` and `editable_with_roles` can change."""

    required: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        required = d.pop("required", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        shared_custom_field_association_update = cls(
            required,
            editable_with_roles,
        )

        return shared_custom_field_association_update
