from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LeadMerge")


@_attrs_define
class LeadMerge:
    """The two leads to merge; `source` is merged into `destination` and then deleted."""

    source: str
    """ Lead that is merged away and deleted. """
    destination: str
    """ Lead that receives the source's data and remains. """

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        destination = self.destination

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        destination = d.pop("destination")

        lead_merge = cls(
            source,
            destination,
        )

        return lead_merge
