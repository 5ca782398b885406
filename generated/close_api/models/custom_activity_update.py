from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_update_status import (
    CustomActivityUpdateStatus,
    check_custom_activity_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomActivityUpdate")


@_attrs_define
class CustomActivityUpdate:
    """Changes to a custom activity; only the properties sent change. Switching `status` to
    `published` enforces the type's required fields.

    Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
    value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
    `custom.cf_<field id>.add` adds ONE value to a multi-value field and
    `custom.cf_<field id>.remove` removes ONE value.

    """

    status: CustomActivityUpdateStatus | Unset = UNSET
    pinned: bool | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        pinned = self.pinned

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CustomActivityUpdateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_custom_activity_update_status(_status)

        pinned = d.pop("pinned", UNSET)

        _activity_at = d.pop("activity_at", UNSET)
        activity_at: datetime.datetime | Unset
        if _activity_at is UNSET:
            activity_at = UNSET
        else:
            activity_at = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(_activity_at)).tzinfo
                is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        custom_activity_update = cls(
            status,
            pinned,
            activity_at,
            contact_id,
        )

        custom_activity_update.additional_properties = d
        return custom_activity_update

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
