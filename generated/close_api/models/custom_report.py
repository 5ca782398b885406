from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomReport")


@_attrs_define
class CustomReport(LazyModel):
    x: str
    y: str
    interval: str
    series: list[CustomReportSeriesItem]
    transform_y: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        interval = self.interval

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        transform_y = self.transform_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
                "interval": interval,
                "series": series,
            }
        )
        if transform_y is not UNSET:
            field_dict["transform_y"] = transform_y

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        interval = d.pop("interval")

        transform_y = d.pop("transform_y", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "series": d.pop("series"),
        }
        _model.x = x
        _model.y = y
        _model.interval = interval
        _model.transform_y = transform_y

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


def _convert_series(_raw: Any) -> list[CustomReportSeriesItem]:
    series = [CustomReportSeriesItem.from_dict(item) for item in _raw]

    return series


lazy_fields(
    CustomReport,
    {
        "series": _convert_series,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_report_series_item import CustomReportSeriesItem
