from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery(LazyModel):
    """What Close POSTs to a webhook subscription's URL for each matching event (signed
    with the subscription's `signature_key`, see the `close-sig-hash` and
    `close-sig-timestamp` headers).

    """

    event: Event
    """ One change recorded in the event log. `object_type` names the kind of object
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
    subscription_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "subscription_id": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "event": d.pop("event"),
        }
        _model.subscription_id = subscription_id

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


def _convert_event(_raw: Any) -> Event:
    event = Event.from_dict(_raw)

    return event


lazy_fields(
    WebhookDelivery,
    {
        "event": _convert_event,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.event import Event
