from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="ActivityReport")


@_attrs_define
class ActivityReport(LazyModel):
    type_: str
    aggregations: ActivityReportAggregations
    data: list[ActivityReportDataItem]
    """ Per day (`overview`, key `date`) or per member (`comparison`, `user_id`). """
    date_start: datetime.datetime | Unset = UNSET
    date_end: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        aggregations = self.aggregations.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "aggregations": aggregations,
                "data": data,
            }
        )
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "aggregations": d.pop("aggregations"),
            "data": d.pop("data"),
            "date_start": d.pop("date_start", UNSET),
            "date_end": d.pop("date_end", UNSET),
        }
        _model.type_ = type_

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


def _convert_aggregations(_raw: Any) -> ActivityReportAggregations:
    aggregations = ActivityReportAggregations.from_dict(_raw)

    return aggregations


def _convert_data(_raw: Any) -> list[ActivityReportDataItem]:
    data = [ActivityReportDataItem.from_dict(item) for item in _raw]

    return data


def _convert_date_start(_raw: Any) -> datetime.datetime | Unset:
    _date_start = _raw
    date_start: datetime.datetime | Unset
    if _date_start is UNSET:
        date_start = UNSET
    else:
        date_start = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_start)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_start


def _convert_date_end(_raw: Any) -> datetime.datetime | Unset:
    _date_end = _raw
    date_end: datetime.datetime | Unset
    if _date_end is UNSET:
        date_end = UNSET
    else:
        date_end = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_end)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_end


lazy_fields(
    ActivityReport,
    {
        "aggregations": _convert_aggregations,
        "data": _convert_data,
        "date_start": _convert_date_start,
        "date_end": _convert_date_end,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.activity_report_aggregations import ActivityReportAggregations
from ..models.activity_report_data_item import ActivityReportDataItem
