from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityList")


@_attrs_define
class OpportunityList(LazyModel):
    """One page of opportunities plus aggregates over all matching opportunities (regardless
    of paging). Amounts are in cents; expected values are weighted by confidence;
    annualized values count monthly opportunities 12 times.

    """

    data: list[Opportunity | OpportunityGroup]
    """ The opportunities of the page; with `_group_by`, groups of them
    (`OpportunityGroup`, which always carries `key` and `objects`).
     """
    has_more: bool
    """ Whether another page follows. """
    total_results: int | Unset = UNSET
    """ Number of matching opportunities. """
    count_by_value_period: OpportunityListCountByValuePeriod | Unset = UNSET
    """ Number of matching opportunities per value period, e.g. `{"one_time": 2, "monthly": 1}`. """
    total_value_one_time: int | Unset = UNSET
    total_value_monthly: int | Unset = UNSET
    total_value_annual: int | Unset = UNSET
    total_value_annualized: int | Unset = UNSET
    expected_value_one_time: int | Unset = UNSET
    expected_value_monthly: int | Unset = UNSET
    expected_value_annual: int | Unset = UNSET
    expected_value_annualized: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, OpportunityGroup):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_more = d.pop("has_more")

        total_results = d.pop("total_results", UNSET)

        total_value_one_time = d.pop("total_value_one_time", UNSET)

        total_value_monthly = d.pop("total_value_monthly", UNSET)

        total_value_annual = d.pop("total_value_annual", UNSET)

        total_value_annualized = d.pop("total_value_annualized", UNSET)

        expected_value_one_time = d.pop("expected_value_one_time", UNSET)

        expected_value_monthly = d.pop("expected_value_monthly", UNSET)

        expected_value_annual = d.pop("expected_value_annual", UNSET)

        expected_value_annualized = d.pop("expected_value_annualized", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "data": d.pop("data"),
            "count_by_value_period": d.pop("count_by_value_period", UNSET),
        }
        _model.has_more = has_more
        _model.total_results = total_results
        _model.total_value_one_time = total_value_one_time
        _model.total_value_monthly = total_value_monthly
        _model.total_value_annual = total_value_annual
        _model.total_value_annualized = total_value_annualized
        _model.expected_value_one_time = expected_value_one_time
        _model.expected_value_monthly = expected_value_monthly
        _model.expected_value_annual = expected_value_annual
        _model.expected_value_annualized = expected_value_annualized

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


def _convert_data(_raw: Any) -> list[Opportunity | OpportunityGroup]:
    data = []
    _data = _raw
    for data_item_data in _data:

        def _parse_data_item(data: object) -> Opportunity | OpportunityGroup:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_0 = OpportunityGroup.from_dict(data)

                return data_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_item_type_1 = Opportunity.from_dict(data)

            return data_item_type_1

        data_item = _parse_data_item(data_item_data)

        data.append(data_item)

    return data


def _convert_count_by_value_period(
    _raw: Any,
) -> OpportunityListCountByValuePeriod | Unset:
    _count_by_value_period = _raw
    count_by_value_period: OpportunityListCountByValuePeriod | Unset
    if _count_by_value_period is UNSET:
        count_by_value_period = UNSET
    else:
        count_by_value_period = OpportunityListCountByValuePeriod.from_dict(
            _count_by_value_period
        )

    return count_by_value_period


lazy_fields(
    OpportunityList,
    {
        "data": _convert_data,
        "count_by_value_period": _convert_count_by_value_period,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.opportunity import Opportunity
from ..models.opportunity_group import OpportunityGroup
from ..models.opportunity_list_count_by_value_period import (
    OpportunityListCountByValuePeriod,
)
