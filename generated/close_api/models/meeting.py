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

from ..models.meeting_status import MeetingStatus, check_meeting_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting synced from a calendar (`source: calendar`); `activity_at` is its start.
    Only Close makes meetings; the API reads, updates and deletes them.

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["Meeting"] | Unset = UNSET
    """ Always `Meeting`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    duration: int | Unset = UNSET
    """ Seconds. """
    status: MeetingStatus | Unset = UNSET
    attendees: list[MeetingAttendee] | Unset = UNSET
    is_recurring: bool | Unset = UNSET
    user_note_html: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    source: str | Unset = UNSET
    calendar_event_link: None | str | Unset = UNSET
    provider_calendar_event_id: None | str | Unset = UNSET
    """ The calendar provider's id of the event. """
    provider_calendar_ids: list[str] | Unset = UNSET
    """ The provider's ids of the calendars the event is on. """
    provider_calendar_type: None | str | Unset = UNSET
    """ The calendar provider, e.g. `google`. """
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

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        duration = self.duration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        is_recurring = self.is_recurring

        user_note_html: None | str | Unset
        if isinstance(self.user_note_html, Unset):
            user_note_html = UNSET
        else:
            user_note_html = self.user_note_html

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        source = self.source

        calendar_event_link: None | str | Unset
        if isinstance(self.calendar_event_link, Unset):
            calendar_event_link = UNSET
        else:
            calendar_event_link = self.calendar_event_link

        provider_calendar_event_id: None | str | Unset
        if isinstance(self.provider_calendar_event_id, Unset):
            provider_calendar_event_id = UNSET
        else:
            provider_calendar_event_id = self.provider_calendar_event_id

        provider_calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_calendar_ids, Unset):
            provider_calendar_ids = self.provider_calendar_ids

        provider_calendar_type: None | str | Unset
        if isinstance(self.provider_calendar_type, Unset):
            provider_calendar_type = UNSET
        else:
            provider_calendar_type = self.provider_calendar_type

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
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if is_recurring is not UNSET:
            field_dict["is_recurring"] = is_recurring
        if user_note_html is not UNSET:
            field_dict["user_note_html"] = user_note_html
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if source is not UNSET:
            field_dict["source"] = source
        if calendar_event_link is not UNSET:
            field_dict["calendar_event_link"] = calendar_event_link
        if provider_calendar_event_id is not UNSET:
            field_dict["provider_calendar_event_id"] = provider_calendar_event_id
        if provider_calendar_ids is not UNSET:
            field_dict["provider_calendar_ids"] = provider_calendar_ids
        if provider_calendar_type is not UNSET:
            field_dict["provider_calendar_type"] = provider_calendar_type
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

        type_ = cast(Literal["Meeting"] | Unset, d.pop("_type", UNSET))
        if type_ != "Meeting" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Meeting', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if _starts_at is UNSET:
            starts_at = UNSET
        else:
            starts_at = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(_starts_at)).tzinfo
                is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = (
                    _moment
                    if (_moment := datetime.datetime.fromisoformat(data)).tzinfo
                    is not None
                    else _moment.replace(tzinfo=datetime.UTC)
                )

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: MeetingStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_meeting_status(_status)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[MeetingAttendee] | Unset = (
            UNSET
            if _attendees is UNSET
            else [MeetingAttendee.from_dict(item) for item in _attendees]
        )

        is_recurring = d.pop("is_recurring", UNSET)

        user_note_html: None | str | Unset = d.pop("user_note_html", UNSET)

        outcome_id: None | str | Unset = d.pop("outcome_id", UNSET)

        source = d.pop("source", UNSET)

        calendar_event_link: None | str | Unset = d.pop("calendar_event_link", UNSET)

        provider_calendar_event_id: None | str | Unset = d.pop(
            "provider_calendar_event_id", UNSET
        )

        provider_calendar_ids: list[str] | Unset = d.pop("provider_calendar_ids", UNSET)

        provider_calendar_type: None | str | Unset = d.pop(
            "provider_calendar_type", UNSET
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

        meeting = cls(
            id,
            type_,
            lead_id,
            contact_id,
            user_id,
            user_name,
            title,
            starts_at,
            ends_at,
            duration,
            status,
            attendees,
            is_recurring,
            user_note_html,
            outcome_id,
            source,
            calendar_event_link,
            provider_calendar_event_id,
            provider_calendar_ids,
            provider_calendar_type,
            activity_at,
            organization_id,
            created_by,
            created_by_name,
            updated_by,
            updated_by_name,
            date_created,
            date_updated,
        )

        meeting.additional_properties = d
        return meeting

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
from ..models.meeting_attendee import MeetingAttendee
