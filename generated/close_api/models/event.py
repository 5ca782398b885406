from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Event")


@_attrs_define
class Event(LazyModel):
    """One change recorded in the event log. `object_type` names the kind of object
    (`lead`, `contact`, `opportunity`, `task.<type>`, `activity.<type>` such as
    `activity.note` or `activity.task_completed`, `custom_fields.<kind>`,
    `custom_activity_type`, `custom_object_type`, `custom_object`, `status.lead`,
    `status.opportunity`, …) and `action` what happened (`created`, `updated`,
    `deleted`, and where Close has them `merged`, `completed`, `sent`, …).

    On `updated`, `changed_fields` lists the properties that changed and
    `previous_data` holds their old values; on `deleted`, `previous_data` is the whole
    object as it was (complete enough to create it again) and `data` is null;
    otherwise `data` is the object as the request left it. `data` and
    `previous_data` are left out for members who are not admins one hour after the
    event. Every event of one request shares its `request_id`.

    """

    id: str
    """ Event id (`ev_` prefix). """
    object_type: str
    object_id: str
    lead_id: None | str
    """ The lead the object belongs to (the lead itself for lead events), or null. """
    action: str
    changed_fields: list[str]
    """ On `updated`, the properties that changed; empty otherwise. """
    date_created: datetime.datetime | str
    """ When the event was recorded. Close sends event timestamps without a UTC offset
    (`2019-01-15T12:48:23.395000`, its webhook example); they are UTC. The generated
    client reads it, like every timestamp, as an aware UTC datetime.
     """
    date_updated: datetime.datetime | str
    """ When the event last changed (the order of the event log; equal to
    `date_created` unless Close consolidated later changes into it). Naive UTC,
    like `date_created`.
     """
    user_id: None | str
    """ The user who made the change; null when no user did (a clock, Close itself). """
    request_id: str
    """ The request that made the change (`req_` prefix). """
    api_key_id: None | str
    """ The API key the request used, or null when none was used. """
    organization_id: str
    meta: EventMeta
    """ Where an event came from: the request's method and path, and for a merge the two
    leads. Keys that do not apply are left out.
     """
    data: EventObject | None | Unset = UNSET
    """ The object now; null for `deleted`. """
    previous_data: EventObject | None | Unset = UNSET
    """ `updated`: the old values of `changed_fields`; `deleted`: the whole object; null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        object_id = self.object_id

        lead_id: None | str = self.lead_id

        action = self.action

        changed_fields = self.changed_fields

        date_created: str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: str
        if isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        user_id: None | str = self.user_id

        request_id = self.request_id

        api_key_id: None | str = self.api_key_id

        organization_id = self.organization_id

        meta = self.meta.to_dict()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EventObject):
            data = self.data.to_dict()
        else:
            data = self.data

        previous_data: dict[str, Any] | None | Unset
        if isinstance(self.previous_data, Unset):
            previous_data = UNSET
        elif isinstance(self.previous_data, EventObject):
            previous_data = self.previous_data.to_dict()
        else:
            previous_data = self.previous_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_type": object_type,
                "object_id": object_id,
                "lead_id": lead_id,
                "action": action,
                "changed_fields": changed_fields,
                "date_created": date_created,
                "date_updated": date_updated,
                "user_id": user_id,
                "request_id": request_id,
                "api_key_id": api_key_id,
                "organization_id": organization_id,
                "meta": meta,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if previous_data is not UNSET:
            field_dict["previous_data"] = previous_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        object_type = d.pop("object_type")

        object_id = d.pop("object_id")

        lead_id: None | str = d.pop("lead_id")

        action = d.pop("action")

        changed_fields: list[str] = d.pop("changed_fields")

        user_id: None | str = d.pop("user_id")

        request_id = d.pop("request_id")

        api_key_id: None | str = d.pop("api_key_id")

        organization_id = d.pop("organization_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
            "meta": d.pop("meta"),
            "data": d.pop("data", UNSET),
            "previous_data": d.pop("previous_data", UNSET),
        }
        _model.id = id
        _model.object_type = object_type
        _model.object_id = object_id
        _model.lead_id = lead_id
        _model.action = action
        _model.changed_fields = changed_fields
        _model.user_id = user_id
        _model.request_id = request_id
        _model.api_key_id = api_key_id
        _model.organization_id = organization_id

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


def _convert_date_created(_raw: Any) -> datetime.datetime | str:
    def _parse_date_created(data: object) -> datetime.datetime | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_created_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_created_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | str, data)

    date_created = _parse_date_created(_raw)

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | str:
    def _parse_date_updated(data: object) -> datetime.datetime | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_updated_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_updated_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | str, data)

    date_updated = _parse_date_updated(_raw)

    return date_updated


def _convert_meta(_raw: Any) -> EventMeta:
    meta = EventMeta.from_dict(_raw)

    return meta


def _convert_data(_raw: Any) -> EventObject | None | Unset:
    def _parse_data(data: object) -> EventObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            data_type_0 = EventObject.from_dict(data)

            return data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EventObject | None | Unset, data)

    data = _parse_data(_raw)

    return data


def _convert_previous_data(_raw: Any) -> EventObject | None | Unset:
    def _parse_previous_data(data: object) -> EventObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            previous_data_type_0 = EventObject.from_dict(data)

            return previous_data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EventObject | None | Unset, data)

    previous_data = _parse_previous_data(_raw)

    return previous_data


lazy_fields(
    Event,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
        "meta": _convert_meta,
        "data": _convert_data,
        "previous_data": _convert_previous_data,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.event_meta import EventMeta
from ..models.event_object import EventObject
