from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_filter_null_type import (
    WebhookFilterNullType,
    check_webhook_filter_null_type,
)

T = TypeVar("T", bound="WebhookFilterNull")


@_attrs_define
class WebhookFilterNull:
    """`is_null` or `non_null`."""

    type_: WebhookFilterNullType

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_webhook_filter_null_type(d.pop("type"))

        webhook_filter_null = cls(
            type_,
        )

        return webhook_filter_null
