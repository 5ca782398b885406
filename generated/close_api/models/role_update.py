from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role_update_visibility_user_lcf_behavior_type_0 import (
    RoleUpdateVisibilityUserLcfBehaviorType0,
    check_role_update_visibility_user_lcf_behavior_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleUpdate")


@_attrs_define
class RoleUpdate:
    name: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    visibility_user_lcf_ids: list[str] | Unset = UNSET
    visibility_user_lcf_behavior: (
        None | RoleUpdateVisibilityUserLcfBehaviorType0 | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        visibility_user_lcf_ids: list[str] | Unset = UNSET
        if not isinstance(self.visibility_user_lcf_ids, Unset):
            visibility_user_lcf_ids = self.visibility_user_lcf_ids

        visibility_user_lcf_behavior: None | str | Unset
        if isinstance(self.visibility_user_lcf_behavior, Unset):
            visibility_user_lcf_behavior = UNSET
        elif isinstance(self.visibility_user_lcf_behavior, str):
            visibility_user_lcf_behavior = self.visibility_user_lcf_behavior
        else:
            visibility_user_lcf_behavior = self.visibility_user_lcf_behavior

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if visibility_user_lcf_ids is not UNSET:
            field_dict["visibility_user_lcf_ids"] = visibility_user_lcf_ids
        if visibility_user_lcf_behavior is not UNSET:
            field_dict["visibility_user_lcf_behavior"] = visibility_user_lcf_behavior

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        permissions: list[str] | Unset = d.pop("permissions", UNSET)

        visibility_user_lcf_ids: list[str] | Unset = d.pop(
            "visibility_user_lcf_ids", UNSET
        )

        def _parse_visibility_user_lcf_behavior(
            data: object,
        ) -> None | RoleUpdateVisibilityUserLcfBehaviorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_user_lcf_behavior_type_0 = (
                    check_role_update_visibility_user_lcf_behavior_type_0(data)
                )

                return visibility_user_lcf_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoleUpdateVisibilityUserLcfBehaviorType0 | Unset, data)

        visibility_user_lcf_behavior = _parse_visibility_user_lcf_behavior(
            d.pop("visibility_user_lcf_behavior", UNSET)
        )

        role_update = cls(
            name,
            permissions,
            visibility_user_lcf_ids,
            visibility_user_lcf_behavior,
        )

        return role_update
