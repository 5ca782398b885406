from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingLinkIntegration")


@_attrs_define
class SchedulingLinkIntegration:
    source_id: str
    name: str | Unset = UNSET
    """ Required when the link is new. """
    url: str | Unset = UNSET
    """ Required when the link is new. """
    description: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    duration_in_minutes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        name = self.name

        url = self.url

        description: None | str | Unset = self.description

        source_type: None | str | Unset = self.source_type

        duration_in_minutes: int | None | Unset = self.duration_in_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_id": source_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_id = d.pop("source_id")

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        source_type: None | str | Unset = d.pop("source_type", UNSET)

        duration_in_minutes: int | None | Unset = d.pop("duration_in_minutes", UNSET)

        scheduling_link_integration = cls(
            source_id,
            name,
            url,
            description,
            source_type,
            duration_in_minutes,
        )

        return scheduling_link_integration
