from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_filter_field_accessor_type import (
    WebhookFilterFieldAccessorType,
    check_webhook_filter_field_accessor_type,
)
from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="WebhookFilterFieldAccessor")


@_attrs_define
class WebhookFilterFieldAccessor(LazyModel):
    """`field_accessor`: the `filter` applies to the value of `field`."""

    type_: WebhookFilterFieldAccessorType
    field: str
    filter_: (
        WebhookFilterFieldAccessor
        | WebhookFilterGroup
        | WebhookFilterNot
        | WebhookFilterNull
        | WebhookFilterValue
    )
    """ One node of Close's webhook filter language, evaluated against the event (the
    envelope `/event/` returns). Comparisons: `equals` / `not_equals` (the whole value),
    `is_null` / `non_null`, `contains` (an element of an array, or part of a string).
    Logic: `and` / `or` (`filters`), `not` (`filter`). Navigation: `field_accessor` (the
    value of `field` in an object; a missing field is null) and `any_array_value` (some
    element of an array matches `filter`).
     """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field = self.field

        filter_: dict[str, Any]
        if (
            isinstance(self.filter_, WebhookFilterValue)
            or isinstance(self.filter_, WebhookFilterNull)
            or isinstance(self.filter_, WebhookFilterGroup)
            or isinstance(self.filter_, WebhookFilterNot)
        ):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "field": field,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_webhook_filter_field_accessor_type(d.pop("type"))

        field = d.pop("field")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "filter_": d.pop("filter"),
        }
        _model.type_ = type_
        _model.field = field
        return _model

        return _model


def _convert_filter_(
    _raw: Any,
) -> (
    WebhookFilterFieldAccessor
    | WebhookFilterGroup
    | WebhookFilterNot
    | WebhookFilterNull
    | WebhookFilterValue
):
    def _parse_filter_(
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
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_webhook_filter_type_4 = WebhookFilterFieldAccessor.from_dict(
            data
        )

        return componentsschemas_webhook_filter_type_4

    filter_ = _parse_filter_(_raw)

    return filter_


lazy_fields(
    WebhookFilterFieldAccessor,
    {
        "filter_": _convert_filter_,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.webhook_filter_group import WebhookFilterGroup
from ..models.webhook_filter_not import WebhookFilterNot
from ..models.webhook_filter_null import WebhookFilterNull
from ..models.webhook_filter_value import WebhookFilterValue
