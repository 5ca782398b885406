from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.message_status import MessageStatus, check_message_status
from ..models.sms_create_direction import SMSCreateDirection, check_sms_create_direction
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SMSCreate")


@_attrs_define
class SMSCreate(LazyModel):
    """A new SMS on the lead `lead_id` in the state `status`; `scheduled` needs `date_scheduled`."""

    lead_id: str
    status: MessageStatus
    """ Where an email or SMS stands: `inbox` (received), `draft`, `scheduled` (sends at
    `date_scheduled`), `outbox` (sending), `sent`, `error`.
     """
    contact_id: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    direction: SMSCreateDirection | Unset = UNSET
    """ Default: `inbound` for `inbox`, else `outbound`. """
    text: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    """ A template that stands in for `text`. """
    attachments: list[SMSAttachment] | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET
    date_sent: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        status: str = self.status

        contact_id: None | str | Unset = self.contact_id

        user_id = self.user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        text = self.text

        template_id: None | str | Unset = self.template_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        local_phone: None | str | Unset = self.local_phone

        remote_phone: None | str | Unset = self.remote_phone

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()

        date_sent: str | Unset = UNSET
        if not isinstance(self.date_sent, Unset):
            date_sent = self.date_sent.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lead_id": lead_id,
                "status": status,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if text is not UNSET:
            field_dict["text"] = text
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        status = check_message_status(d.pop("status"))

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: SMSCreateDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_sms_create_direction(_direction)

        text = d.pop("text", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "date_scheduled": d.pop("date_scheduled", UNSET),
            "date_sent": d.pop("date_sent", UNSET),
        }
        _model.lead_id = lead_id
        _model.status = status
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.direction = direction
        _model.text = text
        _model.template_id = template_id
        _model.local_phone = local_phone
        _model.remote_phone = remote_phone
        return _model

        return _model


def _convert_attachments(_raw: Any) -> list[SMSAttachment] | Unset:
    _attachments = _raw
    attachments: list[SMSAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [SMSAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


def _convert_date_scheduled(_raw: Any) -> datetime.datetime | Unset:
    _date_scheduled = _raw
    date_scheduled: datetime.datetime | Unset
    if _date_scheduled is UNSET:
        date_scheduled = UNSET
    else:
        date_scheduled = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_scheduled)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_scheduled


def _convert_date_sent(_raw: Any) -> datetime.datetime | Unset:
    _date_sent = _raw
    date_sent: datetime.datetime | Unset
    if _date_sent is UNSET:
        date_sent = UNSET
    else:
        date_sent = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_sent)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_sent


lazy_fields(
    SMSCreate,
    {
        "attachments": _convert_attachments,
        "date_scheduled": _convert_date_scheduled,
        "date_sent": _convert_date_sent,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sms_attachment import SMSAttachment
