from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendAsBulkUpdate")


@_attrs_define
class SendAsBulkUpdate:
    allow_user_ids: list[str] | Unset = UNSET
    disallow_user_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allow_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.allow_user_ids, Unset):
            allow_user_ids = self.allow_user_ids

        disallow_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.disallow_user_ids, Unset):
            disallow_user_ids = self.disallow_user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_user_ids is not UNSET:
            field_dict["allow_user_ids"] = allow_user_ids
        if disallow_user_ids is not UNSET:
            field_dict["disallow_user_ids"] = disallow_user_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allow_user_ids: list[str] | Unset = d.pop("allow_user_ids", UNSET)

        disallow_user_ids: list[str] | Unset = d.pop("disallow_user_ids", UNSET)

        send_as_bulk_update = cls(
            allow_user_ids,
            disallow_user_ids,
        )

        return send_as_bulk_update
