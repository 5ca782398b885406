from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedSchedulingLinkAssociationCreate")


@_attrs_define
class SharedSchedulingLinkAssociationCreate:
    shared_scheduling_link_id: str
    user_scheduling_link_id: str | Unset = UNSET
    """ One of the caller's links (or send `url`). """
    url: str | Unset = UNSET
    """ A URL (or send `user_scheduling_link_id`). """

    def to_dict(self) -> dict[str, Any]:
        shared_scheduling_link_id = self.shared_scheduling_link_id

        user_scheduling_link_id = self.user_scheduling_link_id

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shared_scheduling_link_id": shared_scheduling_link_id,
            }
        )
        if user_scheduling_link_id is not UNSET:
            field_dict["user_scheduling_link_id"] = user_scheduling_link_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shared_scheduling_link_id = d.pop("shared_scheduling_link_id")

        user_scheduling_link_id = d.pop("user_scheduling_link_id", UNSET)

        url = d.pop("url", UNSET)

        shared_scheduling_link_association_create = cls(
            shared_scheduling_link_id,
            user_scheduling_link_id,
            url,
        )

        return shared_scheduling_link_association_create
