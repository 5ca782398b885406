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

from ..types import UNSET, Unset

T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A note on a lead. `note` is the plain text and `note_html` the rich text of the same
    content. How Close turns one into the other is not documented [unverified]: here
    plain text becomes one `<p>` per line inside `<body>`, and rich text becomes its
    text with one line per paragraph or line break.

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["Note"] | Unset = UNSET
    """ Always `Note`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    attachments: list[NoteAttachment] | Unset = UNSET
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

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        organization_id = self.organization_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

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

        type_ = cast(Literal["Note"] | Unset, d.pop("_type", UNSET))
        if type_ != "Note" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Note', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        pinned = d.pop("pinned", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[NoteAttachment] | Unset = (
            UNSET
            if _attachments is UNSET
            else [NoteAttachment.from_dict(item) for item in _attachments]
        )

        _activity_at = d.pop("activity_at", UNSET)
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

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _date_created = d.pop("date_created", UNSET)
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

        _date_updated = d.pop("date_updated", UNSET)
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

        note = cls(
            id,
            type_,
            lead_id,
            contact_id,
            user_id,
            user_name,
            title,
            note,
            note_html,
            pinned,
            attachments,
            activity_at,
            organization_id,
            created_by,
            created_by_name,
            updated_by,
            updated_by_name,
            date_created,
            date_updated,
        )

        note.additional_properties = d
        return note

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


# Imported after the class, once, so that models referring to each other can import one another.
from ..models.note_attachment import NoteAttachment
