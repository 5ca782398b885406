from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="FunnelStages")


@_attrs_define
class FunnelStages(LazyModel):
    aggregated: FunnelStagesAggregated
    per_user: list[FunnelStagesPerUserItem]
    range_: FunnelRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregated = self.aggregated.to_dict()

        per_user = []
        for per_user_item_data in self.per_user:
            per_user_item = per_user_item_data.to_dict()
            per_user.append(per_user_item)

        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregated": aggregated,
                "per_user": per_user,
            }
        )
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "aggregated": d.pop("aggregated"),
            "per_user": d.pop("per_user"),
            "range_": d.pop("range", UNSET),
        }

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


def _convert_aggregated(_raw: Any) -> FunnelStagesAggregated:
    aggregated = FunnelStagesAggregated.from_dict(_raw)

    return aggregated


def _convert_per_user(_raw: Any) -> list[FunnelStagesPerUserItem]:
    per_user = [FunnelStagesPerUserItem.from_dict(item) for item in _raw]

    return per_user


def _convert_range_(_raw: Any) -> FunnelRange | Unset:
    _range_ = _raw
    range_: FunnelRange | Unset
    if _range_ is UNSET:
        range_ = UNSET
    else:
        range_ = FunnelRange.from_dict(_range_)

    return range_


lazy_fields(
    FunnelStages,
    {
        "aggregated": _convert_aggregated,
        "per_user": _convert_per_user,
        "range_": _convert_range_,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.funnel_range import FunnelRange
from ..models.funnel_stages_aggregated import FunnelStagesAggregated
from ..models.funnel_stages_per_user_item import FunnelStagesPerUserItem
