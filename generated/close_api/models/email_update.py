from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.message_status import MessageStatus, check_message_status
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="EmailUpdate")


@_attrs_define
class EmailUpdate(LazyModel):
    """Changes to a draft, or the `status` of a scheduled email (`draft` cancels it). Only
    drafts are editable.

    """

    status: MessageStatus | Unset = UNSET
    """ Where an email or SMS stands: `inbox` (received), `draft`, `scheduled` (sends at
    `date_scheduled`), `outbox` (sending), `sent`, `error`.
     """
    contact_id: None | str | Unset = UNSET
    sender: str | Unset = UNSET
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    attachments: list[EmailAttachment] | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        contact_id: None | str | Unset = self.contact_id

        sender = self.sender

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        subject = self.subject

        body_text = self.body_text

        body_html = self.body_html

        template_id: None | str | Unset = self.template_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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

        sender = d.pop("sender", UNSET)

        to: list[str] | Unset = d.pop("to", UNSET)

        cc: list[str] | Unset = d.pop("cc", UNSET)

        bcc: list[str] | Unset = d.pop("bcc", UNSET)

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "date_scheduled": d.pop("date_scheduled", UNSET),
        }
        _model.status = status
        _model.contact_id = contact_id
        _model.sender = sender
        _model.to = to
        _model.cc = cc
        _model.bcc = bcc
        _model.subject = subject
        _model.body_text = body_text
        _model.body_html = body_html
        _model.template_id = template_id
        return _model

        return _model


def _convert_attachments(_raw: Any) -> list[EmailAttachment] | Unset:
    _attachments = _raw
    attachments: list[EmailAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [EmailAttachment.from_dict(item) for item in _attachments]
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
    EmailUpdate,
    {
        "attachments": _convert_attachments,
        "date_scheduled": _convert_date_scheduled,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.email_attachment import EmailAttachment
