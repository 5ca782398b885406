from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomActivityTypeCreate")


@_attrs_define
class CustomActivityTypeCreate:
    name: str
    description: None | str | Unset = UNSET
    api_create_only: bool | Unset = False
    editable_with_roles: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset = self.description

        api_create_only = self.api_create_only

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        custom_activity_type_create = cls(
            name,
            description,
            api_create_only,
            editable_with_roles,
        )

        return custom_activity_type_create
