from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.membership_role_id_type_0 import (
    MembershipRoleIdType0,
    check_membership_role_id_type_0,
)

T = TypeVar("T", bound="MembershipCreate")


@_attrs_define
class MembershipCreate:
    email: str
    role_id: MembershipRoleIdType0 | str
    """ A built-in role (`admin`, `superuser`, `user`, `restricteduser`) or a custom role's id. """

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role_id: str
        if isinstance(self.role_id, str):
            role_id = self.role_id
        else:
            role_id = self.role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "role_id": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_role_id(data: object) -> MembershipRoleIdType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_membership_role_id_type_0 = (
                    check_membership_role_id_type_0(data)
                )

                return componentsschemas_membership_role_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipRoleIdType0 | str, data)

        role_id = _parse_role_id(d.pop("role_id"))

        membership_create = cls(
            email,
            role_id,
        )

        return membership_create
