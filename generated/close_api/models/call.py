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

from ..models.call_direction import CallDirection, check_call_direction
from ..models.call_disposition import CallDisposition, check_call_disposition
from ..models.call_status import CallStatus, check_call_status
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Call")


@_attrs_define
class Call(LazyModel):
    """A call on a lead: logged through the API (`source: External`) or made through Close's
    own phone system (`source: Close.io`). Phones are E.164 with a `_formatted` twin;
    `duration` is in seconds, `cost` in US cents.

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["Call"] | Unset = UNSET
    """ Always `Call`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    direction: CallDirection | Unset = UNSET
    status: CallStatus | Unset = UNSET
    """ Where a call stands; logged calls default to `completed`. """
    disposition: CallDisposition | None | Unset = UNSET
    call_method: None | str | Unset = UNSET
    """ `regular`, `power`, `predictive`; logged calls default to `external` [unverified]. """
    source: str | Unset = UNSET
    """ `External` for logged calls, `Close.io` for calls made through Close. """
    duration: int | Unset = UNSET
    phone: None | str | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    local_phone_formatted: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    remote_phone_formatted: None | str | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    voicemail_url: None | str | Unset = UNSET
    voicemail_duration: int | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
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

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        disposition: None | str | Unset
        if isinstance(self.disposition, Unset):
            disposition = UNSET
        elif isinstance(self.disposition, str):
            disposition = self.disposition
        else:
            disposition = self.disposition

        call_method: None | str | Unset = self.call_method

        source = self.source

        duration = self.duration

        phone: None | str | Unset = self.phone

        local_phone: None | str | Unset = self.local_phone

        local_phone_formatted: None | str | Unset = self.local_phone_formatted

        remote_phone: None | str | Unset = self.remote_phone

        remote_phone_formatted: None | str | Unset = self.remote_phone_formatted

        note = self.note

        note_html = self.note_html

        recording_url: None | str | Unset = self.recording_url

        voicemail_url: None | str | Unset = self.voicemail_url

        voicemail_duration: int | None | Unset = self.voicemail_duration

        cost: None | str | Unset = self.cost

        outcome_id: None | str | Unset = self.outcome_id

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
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if call_method is not UNSET:
            field_dict["call_method"] = call_method
        if source is not UNSET:
            field_dict["source"] = source
        if duration is not UNSET:
            field_dict["duration"] = duration
        if phone is not UNSET:
            field_dict["phone"] = phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if note is not UNSET:
            field_dict["note"] = note
        if note_html is not UNSET:
            field_dict["note_html"] = note_html
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration
        if cost is not UNSET:
            field_dict["cost"] = cost
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
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

        type_ = cast(Literal["Call"] | Unset, d.pop("_type", UNSET))
        if type_ != "Call" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Call', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: CallDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_call_direction(_direction)

        _status = d.pop("status", UNSET)
        status: CallStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_call_status(_status)

        def _parse_disposition(data: object) -> CallDisposition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disposition_type_0 = check_call_disposition(data)

                return disposition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDisposition | None | Unset, data)

        disposition = _parse_disposition(d.pop("disposition", UNSET))

        call_method: None | str | Unset = d.pop("call_method", UNSET)

        source = d.pop("source", UNSET)

        duration = d.pop("duration", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        local_phone_formatted: None | str | Unset = d.pop(
            "local_phone_formatted", UNSET
        )

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        remote_phone_formatted: None | str | Unset = d.pop(
            "remote_phone_formatted", UNSET
        )

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        recording_url: None | str | Unset = d.pop("recording_url", UNSET)

        voicemail_url: None | str | Unset = d.pop("voicemail_url", UNSET)

        voicemail_duration: int | None | Unset = d.pop("voicemail_duration", UNSET)

        cost: None | str | Unset = d.pop("cost", UNSET)

        outcome_id: None | str | Unset = d.pop("outcome_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
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
        _model.direction = direction
        _model.status = status
        _model.disposition = disposition
        _model.call_method = call_method
        _model.source = source
        _model.duration = duration
        _model.phone = phone
        _model.local_phone = local_phone
        _model.local_phone_formatted = local_phone_formatted
        _model.remote_phone = remote_phone
        _model.remote_phone_formatted = remote_phone_formatted
        _model.note = note
        _model.note_html = note_html
        _model.recording_url = recording_url
        _model.voicemail_url = voicemail_url
        _model.voicemail_duration = voicemail_duration
        _model.cost = cost
        _model.outcome_id = outcome_id
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
    Call,
    {
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
