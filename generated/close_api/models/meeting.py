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
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting(LazyModel):
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

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        title: None | str | Unset = self.title

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

        user_note_html: None | str | Unset = self.user_note_html

        outcome_id: None | str | Unset = self.outcome_id

        source = self.source

        calendar_event_link: None | str | Unset = self.calendar_event_link

        provider_calendar_event_id: None | str | Unset = self.provider_calendar_event_id

        provider_calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_calendar_ids, Unset):
            provider_calendar_ids = self.provider_calendar_ids

        provider_calendar_type: None | str | Unset = self.provider_calendar_type

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

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: MeetingStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_meeting_status(_status)

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

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "starts_at": d.pop("starts_at", UNSET),
            "ends_at": d.pop("ends_at", UNSET),
            "attendees": d.pop("attendees", UNSET),
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
        _model.title = title
        _model.duration = duration
        _model.status = status
        _model.is_recurring = is_recurring
        _model.user_note_html = user_note_html
        _model.outcome_id = outcome_id
        _model.source = source
        _model.calendar_event_link = calendar_event_link
        _model.provider_calendar_event_id = provider_calendar_event_id
        _model.provider_calendar_ids = provider_calendar_ids
        _model.provider_calendar_type = provider_calendar_type
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


def _convert_starts_at(_raw: Any) -> datetime.datetime | Unset:
    _starts_at = _raw
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

    return starts_at


def _convert_ends_at(_raw: Any) -> datetime.datetime | None | Unset:
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
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return ends_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    ends_at = _parse_ends_at(_raw)

    return ends_at


def _convert_attendees(_raw: Any) -> list[MeetingAttendee] | Unset:
    _attendees = _raw
    attendees: list[MeetingAttendee] | Unset = (
        UNSET
        if _attendees is UNSET
        else [MeetingAttendee.from_dict(item) for item in _attendees]
    )

    return attendees


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
    Meeting,
    {
        "starts_at": _convert_starts_at,
        "ends_at": _convert_ends_at,
        "attendees": _convert_attendees,
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.meeting_attendee import MeetingAttendee
