from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadStatusCreate")


@_attrs_define
class LeadStatusCreate:
    label: str
    color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        color = d.pop("color", UNSET)

        lead_status_create = cls(
            label,
            color,
        )

        return lead_status_create
