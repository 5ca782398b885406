from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_create_applies_to_type_0_item import (
    OutcomeCreateAppliesToType0Item,
    check_outcome_create_applies_to_type_0_item,
)
from ..models.outcome_create_type import OutcomeCreateType, check_outcome_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeCreate")


@_attrs_define
class OutcomeCreate:
    name: str
    """ Shown wherever outcomes can be chosen. """
    description: None | str | Unset = UNSET
    """ What the outcome means and when to use it. """
    type_: OutcomeCreateType | Unset = "custom"
    applies_to: list[OutcomeCreateAppliesToType0Item] | None | Unset = UNSET
    """ Deprecated; derived from `type` when left out. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
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

        field_dict.update(
            {
                "name": name,
            }
        )
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
        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OutcomeCreateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_outcome_create_type(_type_)

        def _parse_applies_to(
            data: object,
        ) -> list[OutcomeCreateAppliesToType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applies_to_type_0 = [
                    check_outcome_create_applies_to_type_0_item(item) for item in data
                ]

                return applies_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutcomeCreateAppliesToType0Item] | None | Unset, data)

        applies_to = _parse_applies_to(d.pop("applies_to", UNSET))

        outcome_create = cls(
            name,
            description,
            type_,
            applies_to,
        )

        return outcome_create
