from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BlockedPhoneNumberSettingsUpdate")


@_attrs_define
class BlockedPhoneNumberSettingsUpdate:
    reject_anonymous_inbound_calls: bool

    def to_dict(self) -> dict[str, Any]:
        reject_anonymous_inbound_calls = self.reject_anonymous_inbound_calls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reject_anonymous_inbound_calls": reject_anonymous_inbound_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reject_anonymous_inbound_calls = d.pop("reject_anonymous_inbound_calls")

        blocked_phone_number_settings_update = cls(
            reject_anonymous_inbound_calls,
        )

        return blocked_phone_number_settings_update
