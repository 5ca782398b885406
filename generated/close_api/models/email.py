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

from ..models.email_direction import EmailDirection, check_email_direction
from ..models.message_status import MessageStatus, check_message_status
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Email")


@_attrs_define
class Email(LazyModel):
    """An email on a lead, in one thread (`thread_id`, an `acti_` id). `direction` is
    `incoming` for received emails, else `outgoing`. `opens` stays empty here: the
    emulator never sends anything, so nothing is opened.

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["Email"] | Unset = UNSET
    """ Always `Email`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    thread_id: str | Unset = UNSET
    direction: EmailDirection | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    """ Where an email or SMS stands: `inbox` (received), `draft`, `scheduled` (sends at
    `date_scheduled`), `outbox` (sending), `sent`, `error`.
     """
    sender: None | str | Unset = UNSET
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    body_preview: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    attachments: list[EmailAttachment] | Unset = UNSET
    opens: list[EmailOpensItem] | Unset = UNSET
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

        thread_id = self.thread_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        sender: None | str | Unset = self.sender

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

        body_preview = self.body_preview

        template_id: None | str | Unset = self.template_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        opens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opens, Unset):
            opens = []
            for opens_item_data in self.opens:
                opens_item = opens_item_data.to_dict()
                opens.append(opens_item)

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
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
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
        if body_preview is not UNSET:
            field_dict["body_preview"] = body_preview
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if opens is not UNSET:
            field_dict["opens"] = opens
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

        type_ = cast(Literal["Email"] | Unset, d.pop("_type", UNSET))
        if type_ != "Email" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Email', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: EmailDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_email_direction(_direction)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_message_status(_status)

        sender: None | str | Unset = d.pop("sender", UNSET)

        to: list[str] | Unset = d.pop("to", UNSET)

        cc: list[str] | Unset = d.pop("cc", UNSET)

        bcc: list[str] | Unset = d.pop("bcc", UNSET)

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        body_preview = d.pop("body_preview", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "opens": d.pop("opens", UNSET),
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
        _model.thread_id = thread_id
        _model.direction = direction
        _model.status = status
        _model.sender = sender
        _model.to = to
        _model.cc = cc
        _model.bcc = bcc
        _model.subject = subject
        _model.body_text = body_text
        _model.body_html = body_html
        _model.body_preview = body_preview
        _model.template_id = template_id
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


def _convert_attachments(_raw: Any) -> list[EmailAttachment] | Unset:
    _attachments = _raw
    attachments: list[EmailAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [EmailAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


def _convert_opens(_raw: Any) -> list[EmailOpensItem] | Unset:
    _opens = _raw
    opens: list[EmailOpensItem] | Unset = (
        UNSET
        if _opens is UNSET
        else [EmailOpensItem.from_dict(item) for item in _opens]
    )

    return opens


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
    Email,
    {
        "attachments": _convert_attachments,
        "opens": _convert_opens,
        "date_sent": _convert_date_sent,
        "date_scheduled": _convert_date_scheduled,
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.email_attachment import EmailAttachment
from ..models.email_opens_item import EmailOpensItem
