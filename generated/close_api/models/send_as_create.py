from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendAsCreate")


@_attrs_define
class SendAsCreate:
    allowing_user_id: str
    """ Must be the caller. """
    allowed_user_id: str

    def to_dict(self) -> dict[str, Any]:
        allowing_user_id = self.allowing_user_id

        allowed_user_id = self.allowed_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "allowing_user_id": allowing_user_id,
                "allowed_user_id": allowed_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allowing_user_id = d.pop("allowing_user_id")

        allowed_user_id = d.pop("allowed_user_id")

        send_as_create = cls(
            allowing_user_id,
            allowed_user_id,
        )

        return send_as_create
