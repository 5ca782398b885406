from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_create_status import (
    CustomActivityCreateStatus,
    check_custom_activity_create_status,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomActivityCreate")


@_attrs_define
class CustomActivityCreate(LazyModel):
    """A new custom activity: `custom_activity_type_id` and `lead_id` are required. It is
    `published` unless `status` is `draft`; published activities must have a value for
    every field required by the type, drafts need not.

    Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
    number, or for a multi-value field a list, which replaces the whole value).

    """

    custom_activity_type_id: str
    lead_id: str
    contact_id: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    status: CustomActivityCreateStatus | Unset = "published"
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_activity_type_id = self.custom_activity_type_id

        lead_id = self.lead_id

        contact_id: None | str | Unset = self.contact_id

        user_id = self.user_id

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_activity_type_id": custom_activity_type_id,
                "lead_id": lead_id,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if status is not UNSET:
            field_dict["status"] = status
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_activity_type_id = d.pop("custom_activity_type_id")

        lead_id = d.pop("lead_id")

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomActivityCreateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_custom_activity_create_status(_status)

        pinned = d.pop("pinned", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.custom_activity_type_id = custom_activity_type_id
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.status = status
        _model.pinned = pinned

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
    CustomActivityCreate,
    {
        "activity_at": _convert_activity_at,
    },
)
