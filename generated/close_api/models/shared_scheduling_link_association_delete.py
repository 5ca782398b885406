from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SharedSchedulingLinkAssociationDelete")


@_attrs_define
class SharedSchedulingLinkAssociationDelete:
    shared_scheduling_link_id: str

    def to_dict(self) -> dict[str, Any]:
        shared_scheduling_link_id = self.shared_scheduling_link_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shared_scheduling_link_id": shared_scheduling_link_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shared_scheduling_link_id = d.pop("shared_scheduling_link_id")

        shared_scheduling_link_association_delete = cls(
            shared_scheduling_link_id,
        )

        return shared_scheduling_link_association_delete
