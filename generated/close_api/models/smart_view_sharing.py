from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartViewSharing")


@_attrs_define
class SmartViewSharing:
    """Who besides its owner sees a Smart View."""

    whole_org: bool | Unset = UNSET
    """ Everyone in the organization. """
    user_ids: list[str] | Unset = UNSET
    group_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        whole_org = self.whole_org

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if whole_org is not UNSET:
            field_dict["whole_org"] = whole_org
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        whole_org = d.pop("whole_org", UNSET)

        user_ids: list[str] | Unset = d.pop("user_ids", UNSET)

        group_ids: list[str] | Unset = d.pop("group_ids", UNSET)

        smart_view_sharing = cls(
            whole_org,
            user_ids,
            group_ids,
        )

        return smart_view_sharing
