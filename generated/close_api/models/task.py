from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Task")


@_attrs_define
class Task(LazyModel):
    """A task, as embedded in a lead. Real records show completed tasks there too
    (`is_complete: true`, `view: archive`).

    """

    id: str | Unset = UNSET
    """ Task id (`task_` prefix). """
    type_: str | Unset = UNSET
    """ Kind of task, e.g. `lead`. """
    lead_id: str | Unset = UNSET
    lead_name: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    """ Id of the assigned user. """
    assigned_to_name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    """ Due date, a date or a datetime. """
    due_date: None | str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    is_dateless: bool | None | Unset = UNSET
    """ Whether the task has no due date; null in most real records. """
    view: None | str | Unset = UNSET
    """ Where the task shows for its assignee: currently `inbox`, `future` or `archive`. """
    object_type: None | str | Unset = UNSET
    """ Kind of object the task was raised for, e.g. `taskcompleted`. """
    object_id: None | str | Unset = UNSET
    """ Id of that object (an `acti_` id, for instance). """
    phone: None | str | Unset = UNSET
    """ On `missed_call` and `answered_detached_call` tasks: the caller's number. """
    local_phone: None | str | Unset = UNSET
    """ On `missed_call` and `incoming_sms` tasks: the organization number that was reached. """
    remote_phone: None | str | Unset = UNSET
    """ On `incoming_sms` tasks: the sender's number. """
    voicemail_url: None | str | Unset = UNSET
    """ On `voicemail` tasks: the recording. """
    voicemail_duration: int | None | Unset = UNSET
    """ On `voicemail` tasks: its length in seconds. """
    emails: list[str] | Unset = UNSET
    """ On `incoming_email` tasks: the ids of the emails received (`acti_` ids). """
    subject: None | str | Unset = UNSET
    """ On `incoming_email` tasks: the subject of the thread. """
    attachments: list[TaskAttachmentsItem] | Unset = UNSET
    """ On `incoming_sms` tasks: the attachments of the message. """
    created_by_name: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        lead_id = self.lead_id

        lead_name: None | str | Unset = self.lead_name

        contact_id: None | str | Unset = self.contact_id

        contact_name: None | str | Unset = self.contact_name

        assigned_to: None | str | Unset = self.assigned_to

        assigned_to_name: None | str | Unset = self.assigned_to_name

        text: None | str | Unset = self.text

        date: None | str | Unset = self.date

        due_date: None | str | Unset = self.due_date

        is_complete = self.is_complete

        is_dateless: bool | None | Unset = self.is_dateless

        view: None | str | Unset = self.view

        object_type: None | str | Unset = self.object_type

        object_id: None | str | Unset = self.object_id

        phone: None | str | Unset = self.phone

        local_phone: None | str | Unset = self.local_phone

        remote_phone: None | str | Unset = self.remote_phone

        voicemail_url: None | str | Unset = self.voicemail_url

        voicemail_duration: int | None | Unset = self.voicemail_duration

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        subject: None | str | Unset = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        created_by_name: None | str | Unset = self.created_by_name

        updated_by_name: None | str | Unset = self.updated_by_name

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
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_name is not UNSET:
            field_dict["lead_name"] = lead_name
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if assigned_to_name is not UNSET:
            field_dict["assigned_to_name"] = assigned_to_name
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless
        if view is not UNSET:
            field_dict["view"] = view
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration
        if emails is not UNSET:
            field_dict["emails"] = emails
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
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

        type_ = d.pop("_type", UNSET)

        lead_id = d.pop("lead_id", UNSET)

        lead_name: None | str | Unset = d.pop("lead_name", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        contact_name: None | str | Unset = d.pop("contact_name", UNSET)

        assigned_to: None | str | Unset = d.pop("assigned_to", UNSET)

        assigned_to_name: None | str | Unset = d.pop("assigned_to_name", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        date: None | str | Unset = d.pop("date", UNSET)

        due_date: None | str | Unset = d.pop("due_date", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        is_dateless: bool | None | Unset = d.pop("is_dateless", UNSET)

        view: None | str | Unset = d.pop("view", UNSET)

        object_type: None | str | Unset = d.pop("object_type", UNSET)

        object_id: None | str | Unset = d.pop("object_id", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        voicemail_url: None | str | Unset = d.pop("voicemail_url", UNSET)

        voicemail_duration: int | None | Unset = d.pop("voicemail_duration", UNSET)

        emails: list[str] | Unset = d.pop("emails", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.type_ = type_
        _model.lead_id = lead_id
        _model.lead_name = lead_name
        _model.contact_id = contact_id
        _model.contact_name = contact_name
        _model.assigned_to = assigned_to
        _model.assigned_to_name = assigned_to_name
        _model.text = text
        _model.date = date
        _model.due_date = due_date
        _model.is_complete = is_complete
        _model.is_dateless = is_dateless
        _model.view = view
        _model.object_type = object_type
        _model.object_id = object_id
        _model.phone = phone
        _model.local_phone = local_phone
        _model.remote_phone = remote_phone
        _model.voicemail_url = voicemail_url
        _model.voicemail_duration = voicemail_duration
        _model.emails = emails
        _model.subject = subject
        _model.created_by_name = created_by_name
        _model.updated_by_name = updated_by_name
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


def _convert_attachments(_raw: Any) -> list[TaskAttachmentsItem] | Unset:
    _attachments = _raw
    attachments: list[TaskAttachmentsItem] | Unset = (
        UNSET
        if _attachments is UNSET
        else [TaskAttachmentsItem.from_dict(item) for item in _attachments]
    )

    return attachments


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
    Task,
    {
        "attachments": _convert_attachments,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.task_attachments_item import TaskAttachmentsItem
