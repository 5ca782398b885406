from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="WhatsAppMessageUpdate")


@_attrs_define
class WhatsAppMessageUpdate(LazyModel):
    """Changes to a WhatsApp message; only the properties sent change."""

    contact_id: str | Unset = UNSET
    message_markdown: str | Unset = UNSET
    attachments: list[EmailAttachment] | Unset = UNSET
    integration_link: None | str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        message_markdown = self.message_markdown

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        integration_link: None | str | Unset = self.integration_link

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if message_markdown is not UNSET:
            field_dict["message_markdown"] = message_markdown
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if integration_link is not UNSET:
            field_dict["integration_link"] = integration_link
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contact_id", UNSET)

        message_markdown = d.pop("message_markdown", UNSET)

        integration_link: None | str | Unset = d.pop("integration_link", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.contact_id = contact_id
        _model.message_markdown = message_markdown
        _model.integration_link = integration_link
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
    WhatsAppMessageUpdate,
    {
        "attachments": _convert_attachments,
        "activity_at": _convert_activity_at,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.email_attachment import EmailAttachment
