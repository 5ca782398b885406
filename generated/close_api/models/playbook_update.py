from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaybookUpdate")


@_attrs_define
class PlaybookUpdate:
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    summary_guidance: None | str | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    custom_field_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset = self.description

        summary_guidance: None | str | Unset = self.summary_guidance

        outcome_ids: list[str] | Unset = UNSET
        if not isinstance(self.outcome_ids, Unset):
            outcome_ids = self.outcome_ids

        custom_field_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = self.custom_field_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if summary_guidance is not UNSET:
            field_dict["summary_guidance"] = summary_guidance
        if outcome_ids is not UNSET:
            field_dict["outcome_ids"] = outcome_ids
        if custom_field_ids is not UNSET:
            field_dict["custom_field_ids"] = custom_field_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        summary_guidance: None | str | Unset = d.pop("summary_guidance", UNSET)

        outcome_ids: list[str] | Unset = d.pop("outcome_ids", UNSET)

        custom_field_ids: list[str] | Unset = d.pop("custom_field_ids", UNSET)

        playbook_update = cls(
            name,
            description,
            summary_guidance,
            outcome_ids,
            custom_field_ids,
        )

        return playbook_update
