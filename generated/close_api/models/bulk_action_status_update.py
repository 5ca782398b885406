from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_action_status_update_status import (
    BulkActionStatusUpdateStatus,
    check_bulk_action_status_update_status,
)

T = TypeVar("T", bound="BulkActionStatusUpdate")


@_attrs_define
class BulkActionStatusUpdate:
    status: BulkActionStatusUpdateStatus

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = check_bulk_action_status_update_status(d.pop("status"))

        bulk_action_status_update = cls(
            status,
        )

        return bulk_action_status_update
