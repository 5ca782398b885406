from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityGroup")


@_attrs_define
class OpportunityGroup(LazyModel):
    """One group of a `GET /opportunity/?_group_by=…` page: the group's `key`, its
    opportunities on this page (`objects`; a group can continue on the next page, under
    the same `key`), and the count and aggregates of the whole group. Which of `year`,
    `month`, `quarter`, `weekyear` + `week` and `user_id` + `user_name` appear follows
    the grouping.

    """

    key: None | str
    """ The group's key (`2024-03`, a user id, …); null for the group of unassigned opportunities. """
    objects: list[Opportunity]
    total_results: int
    """ Number of opportunities in the whole group. """
    count_by_value_period: OpportunityGroupCountByValuePeriod | Unset = UNSET
    total_value_one_time: int | Unset = UNSET
    total_value_monthly: int | Unset = UNSET
    total_value_annual: int | Unset = UNSET
    total_value_annualized: int | Unset = UNSET
    expected_value_one_time: int | Unset = UNSET
    expected_value_monthly: int | Unset = UNSET
    expected_value_annual: int | Unset = UNSET
    expected_value_annualized: int | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    quarter: int | Unset = UNSET
    weekyear: int | Unset = UNSET
    """ ISO week-numbering year. """
    week: int | Unset = UNSET
    """ ISO week number. """
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    """ The user's full name. """

    def to_dict(self) -> dict[str, Any]:
        key: None | str = self.key

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        total_results = self.total_results

        count_by_value_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_by_value_period, Unset):
            count_by_value_period = self.count_by_value_period.to_dict()

        total_value_one_time = self.total_value_one_time

        total_value_monthly = self.total_value_monthly

        total_value_annual = self.total_value_annual

        total_value_annualized = self.total_value_annualized

        expected_value_one_time = self.expected_value_one_time

        expected_value_monthly = self.expected_value_monthly

        expected_value_annual = self.expected_value_annual

        expected_value_annualized = self.expected_value_annualized

        year = self.year

        month = self.month

        quarter = self.quarter

        weekyear = self.weekyear

        week = self.week

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "objects": objects,
                "total_results": total_results,
            }
        )
        if count_by_value_period is not UNSET:
            field_dict["count_by_value_period"] = count_by_value_period
        if total_value_one_time is not UNSET:
            field_dict["total_value_one_time"] = total_value_one_time
        if total_value_monthly is not UNSET:
            field_dict["total_value_monthly"] = total_value_monthly
        if total_value_annual is not UNSET:
            field_dict["total_value_annual"] = total_value_annual
        if total_value_annualized is not UNSET:
            field_dict["total_value_annualized"] = total_value_annualized
        if expected_value_one_time is not UNSET:
            field_dict["expected_value_one_time"] = expected_value_one_time
        if expected_value_monthly is not UNSET:
            field_dict["expected_value_monthly"] = expected_value_monthly
        if expected_value_annual is not UNSET:
            field_dict["expected_value_annual"] = expected_value_annual
        if expected_value_annualized is not UNSET:
            field_dict["expected_value_annualized"] = expected_value_annualized
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if quarter is not UNSET:
            field_dict["quarter"] = quarter
        if weekyear is not UNSET:
            field_dict["weekyear"] = weekyear
        if week is not UNSET:
            field_dict["week"] = week
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key: None | str = d.pop("key")

        total_results = d.pop("total_results")

        total_value_one_time = d.pop("total_value_one_time", UNSET)

        total_value_monthly = d.pop("total_value_monthly", UNSET)

        total_value_annual = d.pop("total_value_annual", UNSET)

        total_value_annualized = d.pop("total_value_annualized", UNSET)

        expected_value_one_time = d.pop("expected_value_one_time", UNSET)

        expected_value_monthly = d.pop("expected_value_monthly", UNSET)

        expected_value_annual = d.pop("expected_value_annual", UNSET)

        expected_value_annualized = d.pop("expected_value_annualized", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        quarter = d.pop("quarter", UNSET)

        weekyear = d.pop("weekyear", UNSET)

        week = d.pop("week", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "objects": d.pop("objects"),
            "count_by_value_period": d.pop("count_by_value_period", UNSET),
        }
        _model.key = key
        _model.total_results = total_results
        _model.total_value_one_time = total_value_one_time
        _model.total_value_monthly = total_value_monthly
        _model.total_value_annual = total_value_annual
        _model.total_value_annualized = total_value_annualized
        _model.expected_value_one_time = expected_value_one_time
        _model.expected_value_monthly = expected_value_monthly
        _model.expected_value_annual = expected_value_annual
        _model.expected_value_annualized = expected_value_annualized
        _model.year = year
        _model.month = month
        _model.quarter = quarter
        _model.weekyear = weekyear
        _model.week = week
        _model.user_id = user_id
        _model.user_name = user_name
        return _model

        return _model


def _convert_objects(_raw: Any) -> list[Opportunity]:
    objects = [Opportunity.from_dict(item) for item in _raw]

    return objects


def _convert_count_by_value_period(
    _raw: Any,
) -> OpportunityGroupCountByValuePeriod | Unset:
    _count_by_value_period = _raw
    count_by_value_period: OpportunityGroupCountByValuePeriod | Unset
    if _count_by_value_period is UNSET:
        count_by_value_period = UNSET
    else:
        count_by_value_period = OpportunityGroupCountByValuePeriod.from_dict(
            _count_by_value_period
        )

    return count_by_value_period


lazy_fields(
    OpportunityGroup,
    {
        "objects": _convert_objects,
        "count_by_value_period": _convert_count_by_value_period,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.opportunity import Opportunity
from ..models.opportunity_group_count_by_value_period import (
    OpportunityGroupCountByValuePeriod,
)
