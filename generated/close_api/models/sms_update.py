from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.message_status import MessageStatus, check_message_status
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SMSUpdate")


@_attrs_define
class SMSUpdate(LazyModel):
    """Changes to a draft SMS, or `status` `draft` to cancel a scheduled one."""

    status: MessageStatus | Unset = UNSET
    """ Where an email or SMS stands: `inbox` (received), `draft`, `scheduled` (sends at
    `date_scheduled`), `outbox` (sending), `sent`, `error`.
     """
    contact_id: None | str | Unset = UNSET
    text: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    attachments: list[SMSAttachment] | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        contact_id: None | str | Unset = self.contact_id

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_message_status(_status)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        text = d.pop("text", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "date_scheduled": d.pop("date_scheduled", UNSET),
        }
        _model.status = status
        _model.contact_id = contact_id
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


lazy_fields(
    SMSUpdate,
    {
        "attachments": _convert_attachments,
        "date_scheduled": _convert_date_scheduled,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sms_attachment import SMSAttachment
