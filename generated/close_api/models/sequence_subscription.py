from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SequenceSubscription")


@_attrs_define
class SequenceSubscription(LazyModel):
    """One contact's run through one sequence. `status` is `active`, `paused`, `finished`,
    `goal` or `error`; `pause_reason` says why it is not active (`manual`,
    `sequence-deleted`, `reply-received`, … as Close's spec lists them).

    """

    id: str | Unset = UNSET
    """ Subscription id (`sub_` prefix, [unverified]). """
    sequence_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    """ The contact's lead (since 2023-10-02). """
    contact_email: str | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    status: str | Unset = UNSET
    pause_reason: None | str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sequence_id = self.sequence_id

        contact_id = self.contact_id

        lead_id: None | str | Unset = self.lead_id

        contact_email = self.contact_email

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        status = self.status

        pause_reason: None | str | Unset = self.pause_reason

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if status is not UNSET:
            field_dict["status"] = status
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sequence_id = d.pop("sequence_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        lead_id: None | str | Unset = d.pop("lead_id", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        status = d.pop("status", UNSET)

        pause_reason: None | str | Unset = d.pop("pause_reason", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.sequence_id = sequence_id
        _model.contact_id = contact_id
        _model.lead_id = lead_id
        _model.contact_email = contact_email
        _model.sender_account_id = sender_account_id
        _model.sender_name = sender_name
        _model.sender_email = sender_email
        _model.status = status
        _model.pause_reason = pause_reason
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by

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


def _convert_date_created(_raw: Any) -> datetime.datetime | Unset:
    _date_created = _raw
    date_created: datetime.datetime | Unset
    if _date_created is UNSET:
        date_created = UNSET
    else:
        date_created = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_created)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | Unset:
    _date_updated = _raw
    date_updated: datetime.datetime | Unset
    if _date_updated is UNSET:
        date_updated = UNSET
    else:
        date_updated = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_updated)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_updated


lazy_fields(
    SequenceSubscription,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
