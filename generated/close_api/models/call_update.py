from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.call_disposition import CallDisposition, check_call_disposition
from ..models.call_method import CallMethod, check_call_method
from ..models.call_status import CallStatus, check_call_status
from ..models.call_update_direction import (
    CallUpdateDirection,
    check_call_update_direction,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate(LazyModel):
    """Changes to a call; only the properties sent change. On Close-made calls `status`,
    `duration` and `direction` cannot change.

    """

    contact_id: None | str | Unset = UNSET
    direction: CallUpdateDirection | Unset = UNSET
    status: CallStatus | Unset = UNSET
    """ Where a call stands; logged calls default to `completed`. """
    disposition: CallDisposition | None | Unset = UNSET
    call_method: CallMethod | None | Unset = UNSET
    duration: int | Unset = UNSET
    phone: None | str | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    voicemail_url: None | str | Unset = UNSET
    voicemail_duration: int | None | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id: None | str | Unset = self.contact_id

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

        call_method: None | str | Unset
        if isinstance(self.call_method, Unset):
            call_method = UNSET
        elif isinstance(self.call_method, str):
            call_method = self.call_method
        else:
            call_method = self.call_method

        duration = self.duration

        phone: None | str | Unset = self.phone

        local_phone: None | str | Unset = self.local_phone

        remote_phone: None | str | Unset = self.remote_phone

        note = self.note

        note_html = self.note_html

        recording_url: None | str | Unset = self.recording_url

        voicemail_url: None | str | Unset = self.voicemail_url

        voicemail_duration: int | None | Unset = self.voicemail_duration

        outcome_id: None | str | Unset = self.outcome_id

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if call_method is not UNSET:
            field_dict["call_method"] = call_method
        if duration is not UNSET:
            field_dict["duration"] = duration
        if phone is not UNSET:
            field_dict["phone"] = phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
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
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: CallUpdateDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_call_update_direction(_direction)

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

        def _parse_call_method(data: object) -> CallMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_method_type_0 = check_call_method(data)

                return call_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMethod | None | Unset, data)

        call_method = _parse_call_method(d.pop("call_method", UNSET))

        duration = d.pop("duration", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        local_phone: None | str | Unset = d.pop("local_phone", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        recording_url: None | str | Unset = d.pop("recording_url", UNSET)

        voicemail_url: None | str | Unset = d.pop("voicemail_url", UNSET)

        voicemail_duration: int | None | Unset = d.pop("voicemail_duration", UNSET)

        outcome_id: None | str | Unset = d.pop("outcome_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.contact_id = contact_id
        _model.direction = direction
        _model.status = status
        _model.disposition = disposition
        _model.call_method = call_method
        _model.duration = duration
        _model.phone = phone
        _model.local_phone = local_phone
        _model.remote_phone = remote_phone
        _model.note = note
        _model.note_html = note_html
        _model.recording_url = recording_url
        _model.voicemail_url = voicemail_url
        _model.voicemail_duration = voicemail_duration
        _model.outcome_id = outcome_id
        return _model

        return _model


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
    CallUpdate,
    {
        "activity_at": _convert_activity_at,
    },
)
