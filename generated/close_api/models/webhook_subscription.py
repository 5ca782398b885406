from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_status import (
    WebhookSubscriptionStatus,
    check_webhook_subscription_status,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription(LazyModel):
    id: str | Unset = UNSET
    """ `whsub_` plus 22 characters. """
    url: str | Unset = UNSET
    events: list[WebhookSubscriptionEvent] | Unset = UNSET
    event_filter: (
        None
        | Unset
        | WebhookFilterFieldAccessor
        | WebhookFilterGroup
        | WebhookFilterNot
        | WebhookFilterNull
        | WebhookFilterValue
    ) = UNSET
    """ A filter every delivered event must match as well (Close's published spec lists it beside the per-event
    `extra_filter`). """
    status: WebhookSubscriptionStatus | Unset = UNSET
    """ `active` delivers; `paused` does not (set by a user, or by Close after 72 hours of failed deliveries). """
    verify_ssl: bool | Unset = UNSET
    """ Whether deliveries check the TLS certificate of an `https` URL. """
    signature_key: str | Unset = UNSET
    """ Hex key of the deliveries' HMAC-SHA256 signature. Close documents it in the answer
    to create; the emulator shows it in every answer [unverified].
     """
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        event_filter: dict[str, Any] | None | Unset
        if isinstance(self.event_filter, Unset):
            event_filter = UNSET
        elif (
            isinstance(self.event_filter, WebhookFilterValue)
            or isinstance(self.event_filter, WebhookFilterNull)
            or isinstance(self.event_filter, WebhookFilterGroup)
            or isinstance(self.event_filter, WebhookFilterNot)
            or isinstance(self.event_filter, WebhookFilterFieldAccessor)
        ):
            event_filter = self.event_filter.to_dict()
        else:
            event_filter = self.event_filter

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        verify_ssl = self.verify_ssl

        signature_key = self.signature_key

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
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter
        if status is not UNSET:
            field_dict["status"] = status
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if signature_key is not UNSET:
            field_dict["signature_key"] = signature_key
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

        url = d.pop("url", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhookSubscriptionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_webhook_subscription_status(_status)

        verify_ssl = d.pop("verify_ssl", UNSET)

        signature_key = d.pop("signature_key", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "events": d.pop("events", UNSET),
            "event_filter": d.pop("event_filter", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.url = url
        _model.status = status
        _model.verify_ssl = verify_ssl
        _model.signature_key = signature_key
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


def _convert_events(_raw: Any) -> list[WebhookSubscriptionEvent] | Unset:
    _events = _raw
    events: list[WebhookSubscriptionEvent] | Unset = (
        UNSET
        if _events is UNSET
        else [WebhookSubscriptionEvent.from_dict(item) for item in _events]
    )

    return events


def _convert_event_filter(
    _raw: Any,
) -> (
    None
    | Unset
    | WebhookFilterFieldAccessor
    | WebhookFilterGroup
    | WebhookFilterNot
    | WebhookFilterNull
    | WebhookFilterValue
):
    def _parse_event_filter(
        data: object,
    ) -> (
        None
        | Unset
        | WebhookFilterFieldAccessor
        | WebhookFilterGroup
        | WebhookFilterNot
        | WebhookFilterNull
        | WebhookFilterValue
    ):
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_0 = WebhookFilterValue.from_dict(data)

            return componentsschemas_webhook_filter_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_1 = WebhookFilterNull.from_dict(data)

            return componentsschemas_webhook_filter_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_2 = WebhookFilterGroup.from_dict(data)

            return componentsschemas_webhook_filter_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_3 = WebhookFilterNot.from_dict(data)

            return componentsschemas_webhook_filter_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_4 = (
                WebhookFilterFieldAccessor.from_dict(data)
            )

            return componentsschemas_webhook_filter_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            None
            | Unset
            | WebhookFilterFieldAccessor
            | WebhookFilterGroup
            | WebhookFilterNot
            | WebhookFilterNull
            | WebhookFilterValue,
            data,
        )

    event_filter = _parse_event_filter(_raw)

    return event_filter


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
    WebhookSubscription,
    {
        "events": _convert_events,
        "event_filter": _convert_event_filter,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.webhook_filter_field_accessor import WebhookFilterFieldAccessor
from ..models.webhook_filter_group import WebhookFilterGroup
from ..models.webhook_filter_not import WebhookFilterNot
from ..models.webhook_filter_null import WebhookFilterNull
from ..models.webhook_filter_value import WebhookFilterValue
from ..models.webhook_subscription_event import WebhookSubscriptionEvent
