from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipBulkUpdateParams")


@_attrs_define
class MembershipBulkUpdateParams:
    id_in: str
    """ Comma-separated membership ids. """

    def to_dict(self) -> dict[str, Any]:
        id_in = self.id_in

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id__in": id_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_in = d.pop("id__in")

        membership_bulk_update_params = cls(
            id_in,
        )

        return membership_bulk_update_params
