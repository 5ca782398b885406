from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_status import (
    WebhookSubscriptionStatus,
    check_webhook_subscription_status,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="WebhookSubscriptionUpdate")


@_attrs_define
class WebhookSubscriptionUpdate(LazyModel):
    """The properties to change; others of a fetched subscription are accepted and ignored."""

    url: str | Unset = UNSET
    """ Where deliveries are POSTed: an absolute `http` or `https` URL (a host name or an
    IPv4 address, an optional port, then a path, query and fragment of RFC 3986
    characters). The emulator calls only the URLs subscribed, follows no redirect and
    uses no proxy.
     """
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
    verify_ssl: bool | Unset = UNSET
    status: WebhookSubscriptionStatus | Unset = UNSET
    """ `active` delivers; `paused` does not (set by a user, or by Close after 72 hours of failed deliveries). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        verify_ssl = self.verify_ssl

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        verify_ssl = d.pop("verify_ssl", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhookSubscriptionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_webhook_subscription_status(_status)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "events": d.pop("events", UNSET),
            "event_filter": d.pop("event_filter", UNSET),
        }
        _model.url = url
        _model.verify_ssl = verify_ssl
        _model.status = status

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


lazy_fields(
    WebhookSubscriptionUpdate,
    {
        "events": _convert_events,
        "event_filter": _convert_event_filter,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.webhook_filter_field_accessor import WebhookFilterFieldAccessor
from ..models.webhook_filter_group import WebhookFilterGroup
from ..models.webhook_filter_not import WebhookFilterNot
from ..models.webhook_filter_null import WebhookFilterNull
from ..models.webhook_filter_value import WebhookFilterValue
from ..models.webhook_subscription_event import WebhookSubscriptionEvent
