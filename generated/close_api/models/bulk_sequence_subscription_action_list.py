from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="BulkSequenceSubscriptionActionList")


@_attrs_define
class BulkSequenceSubscriptionActionList(LazyModel):
    data: list[BulkSequenceSubscriptionAction]
    has_more: bool

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_more = d.pop("has_more")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "data": d.pop("data"),
        }
        _model.has_more = has_more
        return _model

        return _model


def _convert_data(_raw: Any) -> list[BulkSequenceSubscriptionAction]:
    data = [BulkSequenceSubscriptionAction.from_dict(item) for item in _raw]

    return data


lazy_fields(
    BulkSequenceSubscriptionActionList,
    {
        "data": _convert_data,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.bulk_sequence_subscription_action import BulkSequenceSubscriptionAction
