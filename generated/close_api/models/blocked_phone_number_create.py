from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BlockedPhoneNumberCreate")


@_attrs_define
class BlockedPhoneNumberCreate:
    phone: str
    """ The number to block (E.164). """
    reason: str

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        reason = d.pop("reason")

        blocked_phone_number_create = cls(
            phone,
            reason,
        )

        return blocked_phone_number_create
