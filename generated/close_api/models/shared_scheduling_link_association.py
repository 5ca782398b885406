from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SharedSchedulingLinkAssociation")


@_attrs_define
class SharedSchedulingLinkAssociation:
    """One member's mapping of a shared scheduling link to one of their links or to a URL."""

    id: str
    shared_scheduling_link_id: str
    user_id: str
    user_scheduling_link_id: None | str
    url: None | str
    """ The mapped URL """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        shared_scheduling_link_id = self.shared_scheduling_link_id

        user_id = self.user_id

        user_scheduling_link_id: None | str = self.user_scheduling_link_id

        url: None | str = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "shared_scheduling_link_id": shared_scheduling_link_id,
                "user_id": user_id,
                "user_scheduling_link_id": user_scheduling_link_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        shared_scheduling_link_id = d.pop("shared_scheduling_link_id")

        user_id = d.pop("user_id")

        user_scheduling_link_id: None | str = d.pop("user_scheduling_link_id")

        url: None | str = d.pop("url")

        shared_scheduling_link_association = cls(
            id,
            shared_scheduling_link_id,
            user_id,
            user_scheduling_link_id,
            url,
        )

        return shared_scheduling_link_association
