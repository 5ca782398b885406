from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_update_applies_to_type_0_item import (
    OutcomeUpdateAppliesToType0Item,
    check_outcome_update_applies_to_type_0_item,
)
from ..models.outcome_update_type_type_0 import (
    OutcomeUpdateTypeType0,
    check_outcome_update_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeUpdate")


@_attrs_define
class OutcomeUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | OutcomeUpdateTypeType0 | Unset = UNSET
    applies_to: list[OutcomeUpdateAppliesToType0Item] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        applies_to: list[str] | None | Unset
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        elif isinstance(self.applies_to, list):
            applies_to = []
            for applies_to_type_0_item_data in self.applies_to:
                applies_to_type_0_item: str = applies_to_type_0_item_data
                applies_to.append(applies_to_type_0_item)

        else:
            applies_to = self.applies_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_type_(data: object) -> None | OutcomeUpdateTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_outcome_update_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomeUpdateTypeType0 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_applies_to(
            data: object,
        ) -> list[OutcomeUpdateAppliesToType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applies_to_type_0 = [
                    check_outcome_update_applies_to_type_0_item(item) for item in data
                ]

                return applies_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutcomeUpdateAppliesToType0Item] | None | Unset, data)

        applies_to = _parse_applies_to(d.pop("applies_to", UNSET))

        outcome_update = cls(
            name,
            description,
            type_,
            applies_to,
        )

        return outcome_update
