from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_attendee_status import (
    MeetingAttendeeStatus,
    check_meeting_attendee_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingAttendee")


@_attrs_define
class MeetingAttendee:
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    is_organizer: bool | Unset = UNSET
    status: MeetingAttendeeStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset = self.email

        name: None | str | Unset = self.name

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        is_organizer = self.is_organizer

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_organizer is not UNSET:
            field_dict["is_organizer"] = is_organizer
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        is_organizer = d.pop("is_organizer", UNSET)

        _status = d.pop("status", UNSET)
        status: MeetingAttendeeStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_meeting_attendee_status(_status)

        meeting_attendee = cls(
            email,
            name,
            contact_id,
            user_id,
            is_organizer,
            status,
        )

        meeting_attendee.additional_properties = d
        return meeting_attendee

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
