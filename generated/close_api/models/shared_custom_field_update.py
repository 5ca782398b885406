from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldUpdate")


@_attrs_define
class SharedCustomFieldUpdate:
    """Changes to a Shared Custom Field; only `name`, `choices` and `description` can change (never `type`)."""

    name: str | Unset = UNSET
    choices: list[str] | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        description: None | str | Unset = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if choices is not UNSET:
            field_dict["choices"] = choices
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        choices: list[str] | Unset = d.pop("choices", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        shared_custom_field_update = cls(
            name,
            choices,
            description,
        )

        return shared_custom_field_update
