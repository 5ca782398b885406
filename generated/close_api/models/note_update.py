from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="NoteUpdate")


@_attrs_define
class NoteUpdate(LazyModel):
    """Changes to a note; only the properties sent change."""

    contact_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    attachments: list[NoteAttachment] | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id: None | str | Unset = self.contact_id

        title: None | str | Unset = self.title

        note = self.note

        note_html = self.note_html

        pinned = self.pinned

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if title is not UNSET:
            field_dict["title"] = title
        if note is not UNSET:
            field_dict["note"] = note
        if note_html is not UNSET:
            field_dict["note_html"] = note_html
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        pinned = d.pop("pinned", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.contact_id = contact_id
        _model.title = title
        _model.note = note
        _model.note_html = note_html
        _model.pinned = pinned
        return _model

        return _model


def _convert_attachments(_raw: Any) -> list[NoteAttachment] | Unset:
    _attachments = _raw
    attachments: list[NoteAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [NoteAttachment.from_dict(item) for item in _attachments]
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
    NoteUpdate,
    {
        "attachments": _convert_attachments,
        "activity_at": _convert_activity_at,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.note_attachment import NoteAttachment
