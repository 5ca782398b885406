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
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomActivityUpdate")


@_attrs_define
class CustomActivityUpdate(LazyModel):
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

        contact_id: None | str | Unset = self.contact_id

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

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.status = status
        _model.pinned = pinned
        _model.contact_id = contact_id

        _model.additional_properties = d
        return _model

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


def _convert_activity_at(_raw: Any) -> datetime.datetime | Unset:
    _activity_at = _raw
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

    return activity_at


lazy_fields(
    CustomActivityUpdate,
    {
        "activity_at": _convert_activity_at,
    },
)
