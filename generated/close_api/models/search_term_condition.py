from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchTermCondition")


@_attrs_define
class SearchTermCondition:
    """The field (or one of a multi-value field's values) equals one of `values`."""

    type_: Literal["term"]
    values: list[float | str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        values = []
        for values_item_data in self.values:
            values_item: float | str = values_item_data

            values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["term"], d.pop("type"))
        if type_ != "term":
            raise ValueError(f"type must match const 'term', got '{type_}'")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item: float | str = values_item_data

            values.append(values_item)

        search_term_condition = cls(
            type_,
            values,
        )

        return search_term_condition
