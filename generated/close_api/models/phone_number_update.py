from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    label: str | Unset = UNSET
    forward_to: str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: None | str | Unset = UNSET
    participants: list[str] | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    press_1_to_accept: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        forward_to = self.forward_to

        forward_to_enabled = self.forward_to_enabled

        voicemail_greeting_url: None | str | Unset = self.voicemail_greeting_url

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        press_1_to_accept = self.press_1_to_accept

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url
        if participants is not UNSET:
            field_dict["participants"] = participants
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        forward_to = d.pop("forward_to", UNSET)

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        voicemail_greeting_url: None | str | Unset = d.pop(
            "voicemail_greeting_url", UNSET
        )

        participants: list[str] | Unset = d.pop("participants", UNSET)

        phone_numbers: list[str] | Unset = d.pop("phone_numbers", UNSET)

        press_1_to_accept = d.pop("press_1_to_accept", UNSET)

        phone_number_update = cls(
            label,
            forward_to,
            forward_to_enabled,
            voicemail_greeting_url,
            participants,
            phone_numbers,
            press_1_to_accept,
        )

        return phone_number_update
