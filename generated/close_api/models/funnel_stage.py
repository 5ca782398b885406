from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelStage")


@_attrs_define
class FunnelStage:
    status_id: str
    entered: int
    converted: int
    value: int
    """ Cents. """
    status_label: str | Unset = UNSET
    status_type: str | Unset = UNSET
    conversion_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        entered = self.entered

        converted = self.converted

        value = self.value

        status_label = self.status_label

        status_type = self.status_type

        conversion_rate: float | None | Unset = self.conversion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_id": status_id,
                "entered": entered,
                "converted": converted,
                "value": value,
            }
        )
        if status_label is not UNSET:
            field_dict["status_label"] = status_label
        if status_type is not UNSET:
            field_dict["status_type"] = status_type
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_id = d.pop("status_id")

        entered = d.pop("entered")

        converted = d.pop("converted")

        value = d.pop("value")

        status_label = d.pop("status_label", UNSET)

        status_type = d.pop("status_type", UNSET)

        conversion_rate: float | None | Unset = d.pop("conversion_rate", UNSET)

        funnel_stage = cls(
            status_id,
            entered,
            converted,
            value,
            status_label,
            status_type,
            conversion_rate,
        )

        funnel_stage.additional_properties = d
        return funnel_stage

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
