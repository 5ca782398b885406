from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.membership_role_id_type_0 import (
    MembershipRoleIdType0,
    check_membership_role_id_type_0,
)
from ..models.membership_update_auto_record_calls import (
    MembershipUpdateAutoRecordCalls,
    check_membership_update_auto_record_calls,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipUpdate")


@_attrs_define
class MembershipUpdate:
    role_id: MembershipRoleIdType0 | str | Unset = UNSET
    """ A built-in role (`admin`, `superuser`, `user`, `restricteduser`) or a custom role's id. """
    auto_record_calls: MembershipUpdateAutoRecordCalls | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role_id: str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        elif isinstance(self.role_id, str):
            role_id = self.role_id
        else:
            role_id = self.role_id

        auto_record_calls: str | Unset = UNSET
        if not isinstance(self.auto_record_calls, Unset):
            auto_record_calls = self.auto_record_calls

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_role_id(data: object) -> MembershipRoleIdType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_membership_role_id_type_0 = (
                    check_membership_role_id_type_0(data)
                )

                return componentsschemas_membership_role_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipRoleIdType0 | str | Unset, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))

        _auto_record_calls = d.pop("auto_record_calls", UNSET)
        auto_record_calls: MembershipUpdateAutoRecordCalls | Unset
        if _auto_record_calls is UNSET:
            auto_record_calls = UNSET
        else:
            auto_record_calls = check_membership_update_auto_record_calls(
                _auto_record_calls
            )

        membership_update = cls(
            role_id,
            auto_record_calls,
        )

        return membership_update
