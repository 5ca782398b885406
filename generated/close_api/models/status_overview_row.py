from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusOverviewRow")


@_attrs_define
class StatusOverviewRow:
    status_id: str
    status_label: None | str
    status_is_deleted: bool
    ended: int
    entered: int
    left: int
    started: int | Unset = UNSET
    change: int | Unset = UNSET
    change_percent: float | None | Unset = UNSET
    gained: int | Unset = UNSET
    lost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        status_label: None | str = self.status_label

        status_is_deleted = self.status_is_deleted

        ended = self.ended

        entered = self.entered

        left = self.left

        started = self.started

        change = self.change

        change_percent: float | None | Unset = self.change_percent

        gained = self.gained

        lost = self.lost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_id": status_id,
                "status_label": status_label,
                "status_is_deleted": status_is_deleted,
                "ended": ended,
                "entered": entered,
                "left": left,
            }
        )
        if started is not UNSET:
            field_dict["started"] = started
        if change is not UNSET:
            field_dict["change"] = change
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if gained is not UNSET:
            field_dict["gained"] = gained
        if lost is not UNSET:
            field_dict["lost"] = lost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_id = d.pop("status_id")

        status_label: None | str = d.pop("status_label")

        status_is_deleted = d.pop("status_is_deleted")

        ended = d.pop("ended")

        entered = d.pop("entered")

        left = d.pop("left")

        started = d.pop("started", UNSET)

        change = d.pop("change", UNSET)

        change_percent: float | None | Unset = d.pop("change_percent", UNSET)

        gained = d.pop("gained", UNSET)

        lost = d.pop("lost", UNSET)

        status_overview_row = cls(
            status_id,
            status_label,
            status_is_deleted,
            ended,
            entered,
            left,
            started,
            change,
            change_percent,
            gained,
            lost,
        )

        status_overview_row.additional_properties = d
        return status_overview_row

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
