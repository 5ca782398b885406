from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.activity_report_request_metrics_item import (
    ActivityReportRequestMetricsItem,
    check_activity_report_request_metrics_item,
)
from ..models.activity_report_request_type import (
    ActivityReportRequestType,
    check_activity_report_request_type,
)
from ..models.relative_range import RelativeRange, check_relative_range
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="ActivityReportRequest")


@_attrs_define
class ActivityReportRequest(LazyModel):
    """One of `relative_range` and `datetime_range` is required."""

    type_: ActivityReportRequestType
    metrics: list[ActivityReportRequestMetricsItem]
    """ Keys from `GET /report/activity/metrics/`. """
    relative_range: RelativeRange | Unset = UNSET
    datetime_range: DatetimeRange | Unset = UNSET
    """ A time range; either end may be left out (the epoch, now). """
    users: list[str] | Unset = UNSET
    query: ReportQuery | Unset = UNSET
    """ A lead Smart View to filter by; the report covers the leads it selects now (a missing view or a view of
    another type is a 400). """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item: str = metrics_item_data
            metrics.append(metrics_item)

        relative_range: str | Unset = UNSET
        if not isinstance(self.relative_range, Unset):
            relative_range = self.relative_range

        datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datetime_range, Unset):
            datetime_range = self.datetime_range.to_dict()

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "metrics": metrics,
            }
        )
        if relative_range is not UNSET:
            field_dict["relative_range"] = relative_range
        if datetime_range is not UNSET:
            field_dict["datetime_range"] = datetime_range
        if users is not UNSET:
            field_dict["users"] = users
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_activity_report_request_type(d.pop("type"))

        metrics = [
            check_activity_report_request_metrics_item(item)
            for item in d.pop("metrics")
        ]

        _relative_range = d.pop("relative_range", UNSET)
        relative_range: RelativeRange | Unset
        if _relative_range is UNSET:
            relative_range = UNSET
        else:
            relative_range = check_relative_range(_relative_range)

        users: list[str] | Unset = d.pop("users", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "datetime_range": d.pop("datetime_range", UNSET),
            "query": d.pop("query", UNSET),
        }
        _model.type_ = type_
        _model.metrics = metrics
        _model.relative_range = relative_range
        _model.users = users
        return _model

        return _model


def _convert_datetime_range(_raw: Any) -> DatetimeRange | Unset:
    _datetime_range = _raw
    datetime_range: DatetimeRange | Unset
    if _datetime_range is UNSET:
        datetime_range = UNSET
    else:
        datetime_range = DatetimeRange.from_dict(_datetime_range)

    return datetime_range


def _convert_query(_raw: Any) -> ReportQuery | Unset:
    _query = _raw
    query: ReportQuery | Unset
    if _query is UNSET:
        query = UNSET
    else:
        query = ReportQuery.from_dict(_query)

    return query


lazy_fields(
    ActivityReportRequest,
    {
        "datetime_range": _convert_datetime_range,
        "query": _convert_query,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.datetime_range import DatetimeRange
from ..models.report_query import ReportQuery
