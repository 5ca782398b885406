from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomReportSeriesItem")


@_attrs_define
class CustomReportSeriesItem(LazyModel):
    data: list[CustomReportSeriesItemDataItem]
    group: Any | Unset = UNSET
    """ The group_by value of this series (null without group_by). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "data": d.pop("data"),
        }
        _model.group = group

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


def _convert_data(_raw: Any) -> list[CustomReportSeriesItemDataItem]:
    data = [CustomReportSeriesItemDataItem.from_dict(item) for item in _raw]

    return data


lazy_fields(
    CustomReportSeriesItem,
    {
        "data": _convert_data,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_report_series_item_data_item import CustomReportSeriesItemDataItem
