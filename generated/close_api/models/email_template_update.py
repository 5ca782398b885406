from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="EmailTemplateUpdate")


@_attrs_define
class EmailTemplateUpdate(LazyModel):
    """Changes to an email template; only the properties sent change."""

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    attachments: list[TemplateAttachment] | Unset = UNSET
    id: str | Unset = UNSET
    """ Read-only: ignored. """
    organization_id: str | Unset = UNSET
    """ Read-only: ignored. """
    created_by: None | str | Unset = UNSET
    """ Read-only: ignored. """
    updated_by: None | str | Unset = UNSET
    """ Read-only: ignored. """
    date_created: str | Unset = UNSET
    """ Read-only: ignored. """
    date_updated: str | Unset = UNSET
    """ Read-only: ignored. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        body = self.body

        is_shared = self.is_shared

        is_archived = self.is_archived

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        id = self.id

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created = self.date_created

        date_updated = self.date_updated

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if id is not UNSET:
            field_dict["id"] = id
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
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        date_created = d.pop("date_created", UNSET)

        date_updated = d.pop("date_updated", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
        }
        _model.name = name
        _model.subject = subject
        _model.body = body
        _model.is_shared = is_shared
        _model.is_archived = is_archived
        _model.id = id
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
        _model.date_created = date_created
        _model.date_updated = date_updated
        return _model

        return _model


def _convert_attachments(_raw: Any) -> list[TemplateAttachment] | Unset:
    _attachments = _raw
    attachments: list[TemplateAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [TemplateAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


lazy_fields(
    EmailTemplateUpdate,
    {
        "attachments": _convert_attachments,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.template_attachment import TemplateAttachment
