from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelTotalsValues")


@_attrs_define
class FunnelTotalsValues:
    count: int
    active: int
    won: int
    lost: int
    won_value: int
    """ Cents. """
    total_value: int
    """ Cents. """
    win_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        active = self.active

        won = self.won

        lost = self.lost

        won_value = self.won_value

        total_value = self.total_value

        win_rate: float | None | Unset = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "active": active,
                "won": won,
                "lost": lost,
                "won_value": won_value,
                "total_value": total_value,
            }
        )
        if win_rate is not UNSET:
            field_dict["win_rate"] = win_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        active = d.pop("active")

        won = d.pop("won")

        lost = d.pop("lost")

        won_value = d.pop("won_value")

        total_value = d.pop("total_value")

        win_rate: float | None | Unset = d.pop("win_rate", UNSET)

        funnel_totals_values = cls(
            count,
            active,
            won,
            lost,
            won_value,
            total_value,
            win_rate,
        )

        funnel_totals_values.additional_properties = d
        return funnel_totals_values

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
