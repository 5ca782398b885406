from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_filter_group_type import (
    WebhookFilterGroupType,
    check_webhook_filter_group_type,
)
from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="WebhookFilterGroup")


@_attrs_define
class WebhookFilterGroup(LazyModel):
    """`and` (every filter matches) or `or` (at least one does)."""

    type_: WebhookFilterGroupType
    filters: list[
        WebhookFilterFieldAccessor
        | WebhookFilterGroup
        | WebhookFilterNot
        | WebhookFilterNull
        | WebhookFilterValue
    ]

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        filters = []
        for filters_item_data in self.filters:
            filters_item: dict[str, Any]
            if (
                isinstance(filters_item_data, WebhookFilterValue)
                or isinstance(filters_item_data, WebhookFilterNull)
                or isinstance(filters_item_data, WebhookFilterGroup)
                or isinstance(filters_item_data, WebhookFilterNot)
            ):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data.to_dict()

            filters.append(filters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_webhook_filter_group_type(d.pop("type"))

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "filters": d.pop("filters"),
        }
        _model.type_ = type_
        return _model

        return _model


def _convert_filters(
    _raw: Any,
) -> list[
    WebhookFilterFieldAccessor
    | WebhookFilterGroup
    | WebhookFilterNot
    | WebhookFilterNull
    | WebhookFilterValue
]:
    filters = []
    _filters = _raw
    for filters_item_data in _filters:

        def _parse_filters_item(
            data: object,
        ) -> (
            WebhookFilterFieldAccessor
            | WebhookFilterGroup
            | WebhookFilterNot
            | WebhookFilterNull
            | WebhookFilterValue
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_filter_type_0 = WebhookFilterValue.from_dict(
                    data
                )

                return componentsschemas_webhook_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_filter_type_1 = WebhookFilterNull.from_dict(
                    data
                )

                return componentsschemas_webhook_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_filter_type_2 = WebhookFilterGroup.from_dict(
                    data
                )

                return componentsschemas_webhook_filter_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_filter_type_3 = WebhookFilterNot.from_dict(
                    data
                )

                return componentsschemas_webhook_filter_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_filter_type_4 = (
                WebhookFilterFieldAccessor.from_dict(data)
            )

            return componentsschemas_webhook_filter_type_4

        filters_item = _parse_filters_item(filters_item_data)

        filters.append(filters_item)

    return filters


lazy_fields(
    WebhookFilterGroup,
    {
        "filters": _convert_filters,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.webhook_filter_field_accessor import WebhookFilterFieldAccessor
from ..models.webhook_filter_not import WebhookFilterNot
from ..models.webhook_filter_null import WebhookFilterNull
from ..models.webhook_filter_value import WebhookFilterValue
