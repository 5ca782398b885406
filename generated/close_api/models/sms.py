from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status import MessageStatus, check_message_status
from ..models.sms_direction import SMSDirection, check_sms_direction
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SMS")


@_attrs_define
class SMS(LazyModel):
    """A text message on a lead. `direction` is `inbound` or `outbound` (emails say
    `incoming` / `outgoing`); phones are E.164 with a `_formatted` twin.

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["SMS"] | Unset = UNSET
    """ Always `SMS`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    direction: SMSDirection | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    """ Where an email or SMS stands: `inbox` (received), `draft`, `scheduled` (sends at
    `date_scheduled`), `outbox` (sending), `sent`, `error`.
     """
    text: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    attachments: list[SMSAttachment] | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    local_phone_formatted: None | str | Unset = UNSET
    local_country_iso: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    remote_phone_formatted: None | str | Unset = UNSET
    remote_country_iso: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    date_sent: datetime.datetime | None | Unset = UNSET
    date_scheduled: datetime.datetime | None | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        lead_id = self.lead_id

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        text = self.text

        template_id: None | str | Unset = self.template_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        local_phone: None | str | Unset = self.local_phone

        local_phone_formatted: None | str | Unset = self.local_phone_formatted

        local_country_iso: None | str | Unset = self.local_country_iso

        remote_phone: None | str | Unset = self.remote_phone

        remote_phone_formatted: None | str | Unset = self.remote_phone_formatted

        remote_country_iso: None | str | Unset = self.remote_country_iso

        cost: None | str | Unset = self.cost

        error_message: None | str | Unset = self.error_message

        date_sent: None | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent

        date_scheduled: None | str | Unset
        if isinstance(self.date_scheduled, Unset):
            date_scheduled = UNSET
        elif isinstance(self.date_scheduled, datetime.datetime):
            date_scheduled = self.date_scheduled.isoformat()
        else:
            date_scheduled = self.date_scheduled

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        created_by_name: None | str | Unset = self.created_by_name

        updated_by: None | str | Unset = self.updated_by

        updated_by_name: None | str | Unset = self.updated_by_name

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
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if text is not UNSET:
            field_dict["text"] = text
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted
        if local_country_iso is not UNSET:
            field_dict["local_country_iso"] = local_country_iso
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if remote_country_iso is not UNSET:
            field_dict["remote_country_iso"] = remote_country_iso
        if cost is not UNSET:
            field_dict["cost"] = cost
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = cast(Literal["SMS"] | Unset, d.pop("_type", UNSET))
        if type_ != "SMS" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'SMS', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: SMSDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_sms_direction(_direction)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_message_status(_status)

        text = d.pop("text", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        local_phone_formatted: None | str | Unset = d.pop(
            "local_phone_formatted", UNSET
        )

        local_country_iso: None | str | Unset = d.pop("local_country_iso", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        remote_phone_formatted: None | str | Unset = d.pop(
            "remote_phone_formatted", UNSET
        )

        remote_country_iso: None | str | Unset = d.pop("remote_country_iso", UNSET)

        cost: None | str | Unset = d.pop("cost", UNSET)

        error_message: None | str | Unset = d.pop("error_message", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "date_sent": d.pop("date_sent", UNSET),
            "date_scheduled": d.pop("date_scheduled", UNSET),
            "activity_at": d.pop("activity_at", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.type_ = type_
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.user_name = user_name
        _model.direction = direction
        _model.status = status
        _model.text = text
        _model.template_id = template_id
        _model.local_phone = local_phone
        _model.local_phone_formatted = local_phone_formatted
        _model.local_country_iso = local_country_iso
        _model.remote_phone = remote_phone
        _model.remote_phone_formatted = remote_phone_formatted
        _model.remote_country_iso = remote_country_iso
        _model.cost = cost
        _model.error_message = error_message
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.created_by_name = created_by_name
        _model.updated_by = updated_by
        _model.updated_by_name = updated_by_name

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


def _convert_attachments(_raw: Any) -> list[SMSAttachment] | Unset:
    _attachments = _raw
    attachments: list[SMSAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [SMSAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


def _convert_date_sent(_raw: Any) -> datetime.datetime | None | Unset:
    def _parse_date_sent(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_sent_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_sent_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date_sent = _parse_date_sent(_raw)

    return date_sent


def _convert_date_scheduled(_raw: Any) -> datetime.datetime | None | Unset:
    def _parse_date_scheduled(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_scheduled_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_scheduled_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date_scheduled = _parse_date_scheduled(_raw)

    return date_scheduled


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
    SMS,
    {
        "attachments": _convert_attachments,
        "date_sent": _convert_date_sent,
        "date_scheduled": _convert_date_scheduled,
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sms_attachment import SMSAttachment
