from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="WebhookSubscriptionEvent")


@_attrs_define
class WebhookSubscriptionEvent(LazyModel):
    """Events to deliver: those of `object_type` (`lead`, `contact`, `activity.call`, …)
    with `action` (`created`, `updated`, `deleted`, `merged`, …), as the event log names
    them, that also match `extra_filter` when one is given.

    """

    object_type: str
    action: str
    extra_filter: (
        None
        | Unset
        | WebhookFilterFieldAccessor
        | WebhookFilterGroup
        | WebhookFilterNot
        | WebhookFilterNull
        | WebhookFilterValue
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        action = self.action

        extra_filter: dict[str, Any] | None | Unset
        if isinstance(self.extra_filter, Unset):
            extra_filter = UNSET
        elif (
            isinstance(self.extra_filter, WebhookFilterValue)
            or isinstance(self.extra_filter, WebhookFilterNull)
            or isinstance(self.extra_filter, WebhookFilterGroup)
            or isinstance(self.extra_filter, WebhookFilterNot)
            or isinstance(self.extra_filter, WebhookFilterFieldAccessor)
        ):
            extra_filter = self.extra_filter.to_dict()
        else:
            extra_filter = self.extra_filter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "object_type": object_type,
                "action": action,
            }
        )
        if extra_filter is not UNSET:
            field_dict["extra_filter"] = extra_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_type = d.pop("object_type")

        action = d.pop("action")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "extra_filter": d.pop("extra_filter", UNSET),
        }
        _model.object_type = object_type
        _model.action = action
        return _model

        return _model


def _convert_extra_filter(
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
    def _parse_extra_filter(
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

    extra_filter = _parse_extra_filter(_raw)

    return extra_filter


lazy_fields(
    WebhookSubscriptionEvent,
    {
        "extra_filter": _convert_extra_filter,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.webhook_filter_field_accessor import WebhookFilterFieldAccessor
from ..models.webhook_filter_group import WebhookFilterGroup
from ..models.webhook_filter_not import WebhookFilterNot
from ..models.webhook_filter_null import WebhookFilterNull
from ..models.webhook_filter_value import WebhookFilterValue
