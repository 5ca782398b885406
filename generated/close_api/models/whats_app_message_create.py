from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.whats_app_message_create_direction import (
    WhatsAppMessageCreateDirection,
    check_whats_app_message_create_direction,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="WhatsAppMessageCreate")


@_attrs_define
class WhatsAppMessageCreate(LazyModel):
    """A WhatsApp message to log; `response_to_id` threads it under another one. Every
    field Close's spec requires is required here, `lead_id` included; `contact_id` must
    be a contact of that lead.

    """

    lead_id: str
    contact_id: str
    direction: WhatsAppMessageCreateDirection
    external_whatsapp_message_id: str
    message_markdown: str
    local_phone: str
    remote_phone: str
    activity_at: datetime.datetime
    user_id: str | Unset = UNSET
    attachments: list[EmailAttachment] | Unset = UNSET
    integration_link: None | str | Unset = UNSET
    response_to_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        contact_id = self.contact_id

        direction: str = self.direction

        external_whatsapp_message_id = self.external_whatsapp_message_id

        message_markdown = self.message_markdown

        local_phone = self.local_phone

        remote_phone = self.remote_phone

        activity_at = self.activity_at.isoformat()

        user_id = self.user_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        integration_link: None | str | Unset = self.integration_link

        response_to_id: None | str | Unset = self.response_to_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lead_id": lead_id,
                "contact_id": contact_id,
                "direction": direction,
                "external_whatsapp_message_id": external_whatsapp_message_id,
                "message_markdown": message_markdown,
                "local_phone": local_phone,
                "remote_phone": remote_phone,
                "activity_at": activity_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if integration_link is not UNSET:
            field_dict["integration_link"] = integration_link
        if response_to_id is not UNSET:
            field_dict["response_to_id"] = response_to_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        contact_id = d.pop("contact_id")

        direction = check_whats_app_message_create_direction(d.pop("direction"))

        external_whatsapp_message_id = d.pop("external_whatsapp_message_id")

        message_markdown = d.pop("message_markdown")

        local_phone = d.pop("local_phone")

        remote_phone = d.pop("remote_phone")

        user_id = d.pop("user_id", UNSET)

        integration_link: None | str | Unset = d.pop("integration_link", UNSET)

        response_to_id: None | str | Unset = d.pop("response_to_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at"),
            "attachments": d.pop("attachments", UNSET),
        }
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.direction = direction
        _model.external_whatsapp_message_id = external_whatsapp_message_id
        _model.message_markdown = message_markdown
        _model.local_phone = local_phone
        _model.remote_phone = remote_phone
        _model.user_id = user_id
        _model.integration_link = integration_link
        _model.response_to_id = response_to_id
        return _model

        return _model


def _convert_activity_at(_raw: Any) -> datetime.datetime:
    activity_at = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return activity_at


def _convert_attachments(_raw: Any) -> list[EmailAttachment] | Unset:
    _attachments = _raw
    attachments: list[EmailAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [EmailAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


lazy_fields(
    WhatsAppMessageCreate,
    {
        "activity_at": _convert_activity_at,
        "attachments": _convert_attachments,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.email_attachment import EmailAttachment
