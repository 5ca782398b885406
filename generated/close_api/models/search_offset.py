from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchOffset")


@_attrs_define
class SearchOffset:
    """A length of time (months and years by calendar, days clamped to the month's end)."""

    years: int | Unset = UNSET
    months: int | Unset = UNSET
    weeks: int | Unset = UNSET
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        years = self.years

        months = self.months

        weeks = self.weeks

        days = self.days

        hours = self.hours

        minutes = self.minutes

        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if years is not UNSET:
            field_dict["years"] = years
        if months is not UNSET:
            field_dict["months"] = months
        if weeks is not UNSET:
            field_dict["weeks"] = weeks
        if days is not UNSET:
            field_dict["days"] = days
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        years = d.pop("years", UNSET)

        months = d.pop("months", UNSET)

        weeks = d.pop("weeks", UNSET)

        days = d.pop("days", UNSET)

        hours = d.pop("hours", UNSET)

        minutes = d.pop("minutes", UNSET)

        seconds = d.pop("seconds", UNSET)

        search_offset = cls(
            years,
            months,
            weeks,
            days,
            hours,
            minutes,
            seconds,
        )

        return search_offset
