from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCounts")


@_attrs_define
class SubscriptionCounts:
    """How many subscriptions of the sequence are in each status."""

    active: int | Unset = UNSET
    paused: int | Unset = UNSET
    finished: int | Unset = UNSET
    goal: int | Unset = UNSET
    error: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        paused = self.paused

        finished = self.finished

        goal = self.goal

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if paused is not UNSET:
            field_dict["paused"] = paused
        if finished is not UNSET:
            field_dict["finished"] = finished
        if goal is not UNSET:
            field_dict["goal"] = goal
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        paused = d.pop("paused", UNSET)

        finished = d.pop("finished", UNSET)

        goal = d.pop("goal", UNSET)

        error = d.pop("error", UNSET)

        subscription_counts = cls(
            active,
            paused,
            finished,
            goal,
            error,
        )

        subscription_counts.additional_properties = d
        return subscription_counts

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
