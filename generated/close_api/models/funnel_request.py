from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.funnel_request_type import FunnelRequestType, check_funnel_request_type
from ..models.relative_range import RelativeRange, check_relative_range
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="FunnelRequest")


@_attrs_define
class FunnelRequest(LazyModel):
    """A `created-cohort` funnel needs `cohort_relative_range` or `cohort_datetime_range`.
    Close also takes `compared_relative_range`, `compared_datetime_range` and
    `compared_custom_range` (the answer is then the compared report); the emulator does
    not compute comparisons yet, so they are left out here and refused as unknown.

    """

    pipeline: str
    type_: FunnelRequestType
    report_relative_range: RelativeRange | Unset = UNSET
    report_datetime_range: DatetimeRange | Unset = UNSET
    """ A time range; either end may be left out (the epoch, now). """
    cohort_relative_range: RelativeRange | Unset = UNSET
    cohort_datetime_range: DatetimeRange | Unset = UNSET
    """ A time range; either end may be left out (the epoch, now). """
    query: ReportQuery | Unset = UNSET
    """ A lead Smart View to filter by; the report covers the leads it selects now (a missing view or a view of
    another type is a 400). """
    users: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pipeline = self.pipeline

        type_: str = self.type_

        report_relative_range: str | Unset = UNSET
        if not isinstance(self.report_relative_range, Unset):
            report_relative_range = self.report_relative_range

        report_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_datetime_range, Unset):
            report_datetime_range = self.report_datetime_range.to_dict()

        cohort_relative_range: str | Unset = UNSET
        if not isinstance(self.cohort_relative_range, Unset):
            cohort_relative_range = self.cohort_relative_range

        cohort_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cohort_datetime_range, Unset):
            cohort_datetime_range = self.cohort_datetime_range.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pipeline": pipeline,
                "type": type_,
            }
        )
        if report_relative_range is not UNSET:
            field_dict["report_relative_range"] = report_relative_range
        if report_datetime_range is not UNSET:
            field_dict["report_datetime_range"] = report_datetime_range
        if cohort_relative_range is not UNSET:
            field_dict["cohort_relative_range"] = cohort_relative_range
        if cohort_datetime_range is not UNSET:
            field_dict["cohort_datetime_range"] = cohort_datetime_range
        if query is not UNSET:
            field_dict["query"] = query
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pipeline = d.pop("pipeline")

        type_ = check_funnel_request_type(d.pop("type"))

        _report_relative_range = d.pop("report_relative_range", UNSET)
        report_relative_range: RelativeRange | Unset
        if _report_relative_range is UNSET:
            report_relative_range = UNSET
        else:
            report_relative_range = check_relative_range(_report_relative_range)

        _cohort_relative_range = d.pop("cohort_relative_range", UNSET)
        cohort_relative_range: RelativeRange | Unset
        if _cohort_relative_range is UNSET:
            cohort_relative_range = UNSET
        else:
            cohort_relative_range = check_relative_range(_cohort_relative_range)

        users: list[str] | Unset = d.pop("users", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "report_datetime_range": d.pop("report_datetime_range", UNSET),
            "cohort_datetime_range": d.pop("cohort_datetime_range", UNSET),
            "query": d.pop("query", UNSET),
        }
        _model.pipeline = pipeline
        _model.type_ = type_
        _model.report_relative_range = report_relative_range
        _model.cohort_relative_range = cohort_relative_range
        _model.users = users
        return _model

        return _model


def _convert_report_datetime_range(_raw: Any) -> DatetimeRange | Unset:
    _report_datetime_range = _raw
    report_datetime_range: DatetimeRange | Unset
    if _report_datetime_range is UNSET:
        report_datetime_range = UNSET
    else:
        report_datetime_range = DatetimeRange.from_dict(_report_datetime_range)

    return report_datetime_range


def _convert_cohort_datetime_range(_raw: Any) -> DatetimeRange | Unset:
    _cohort_datetime_range = _raw
    cohort_datetime_range: DatetimeRange | Unset
    if _cohort_datetime_range is UNSET:
        cohort_datetime_range = UNSET
    else:
        cohort_datetime_range = DatetimeRange.from_dict(_cohort_datetime_range)

    return cohort_datetime_range


def _convert_query(_raw: Any) -> ReportQuery | Unset:
    _query = _raw
    query: ReportQuery | Unset
    if _query is UNSET:
        query = UNSET
    else:
        query = ReportQuery.from_dict(_query)

    return query


lazy_fields(
    FunnelRequest,
    {
        "report_datetime_range": _convert_report_datetime_range,
        "cohort_datetime_range": _convert_cohort_datetime_range,
        "query": _convert_query,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.datetime_range import DatetimeRange
from ..models.report_query import ReportQuery
