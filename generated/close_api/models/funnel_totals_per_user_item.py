from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="FunnelTotalsPerUserItem")


@_attrs_define
class FunnelTotalsPerUserItem(LazyModel):
    user_id: str
    totals: FunnelTotalsValues
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        totals = self.totals.to_dict()

        user_name: None | str | Unset = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "totals": totals,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "totals": d.pop("totals"),
        }
        _model.user_id = user_id
        _model.user_name = user_name

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


def _convert_totals(_raw: Any) -> FunnelTotalsValues:
    totals = FunnelTotalsValues.from_dict(_raw)

    return totals


lazy_fields(
    FunnelTotalsPerUserItem,
    {
        "totals": _convert_totals,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.funnel_totals_values import FunnelTotalsValues
