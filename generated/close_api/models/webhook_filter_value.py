from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_filter_value_type import (
    WebhookFilterValueType,
    check_webhook_filter_value_type,
)

T = TypeVar("T", bound="WebhookFilterValue")


@_attrs_define
class WebhookFilterValue:
    """`equals`, `not_equals` or `contains` a `value`."""

    type_: WebhookFilterValueType
    value: Any
    """ Any JSON value. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_webhook_filter_value_type(d.pop("type"))

        value = d.pop("value")

        webhook_filter_value = cls(
            type_,
            value,
        )

        return webhook_filter_value
