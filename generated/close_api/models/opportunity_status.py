from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityStatus")


@_attrs_define
class OpportunityStatus:
    id: str | Unset = UNSET
    """ Status id (`stat_` prefix). """
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Currently `active`, `won` or `lost`. """
    pipeline_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        type_ = self.type_

        pipeline_id = self.pipeline_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        pipeline_id = d.pop("pipeline_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        opportunity_status = cls(
            id,
            label,
            type_,
            pipeline_id,
            organization_id,
        )

        opportunity_status.additional_properties = d
        return opportunity_status

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
