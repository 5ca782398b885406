from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="FunnelStagesPerUserItem")


@_attrs_define
class FunnelStagesPerUserItem(LazyModel):
    user_id: str
    stages: list[FunnelStage]
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        user_name: None | str | Unset = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "stages": stages,
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
            "stages": d.pop("stages"),
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


def _convert_stages(_raw: Any) -> list[FunnelStage]:
    stages = [FunnelStage.from_dict(item) for item in _raw]

    return stages


lazy_fields(
    FunnelStagesPerUserItem,
    {
        "stages": _convert_stages,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.funnel_stage import FunnelStage
