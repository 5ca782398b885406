from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.search_sort_direction import (
    SearchSortDirection,
    check_search_sort_direction,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchSort")


@_attrs_define
class SearchSort(LazyModel):
    """One sort key."""

    field: SearchCustomField | SearchRegularField
    """ A regular field of an object type, or a custom field by id. """
    direction: SearchSortDirection | Unset = UNSET
    """ Ascending unless `desc`. """

    def to_dict(self) -> dict[str, Any]:
        field: dict[str, Any]
        if isinstance(self.field, SearchRegularField):
            field = self.field.to_dict()
        else:
            field = self.field.to_dict()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _direction = d.pop("direction", UNSET)
        direction: SearchSortDirection | Unset
        if _direction is UNSET:
            direction = UNSET
        else:
            direction = check_search_sort_direction(_direction)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "field": d.pop("field"),
        }
        _model.direction = direction
        return _model

        return _model


def _convert_field(_raw: Any) -> SearchCustomField | SearchRegularField:
    def _parse_field(data: object) -> SearchCustomField | SearchRegularField:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_field_type_0 = SearchRegularField.from_dict(data)

            return componentsschemas_search_field_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_search_field_type_1 = SearchCustomField.from_dict(data)

        return componentsschemas_search_field_type_1

    field = _parse_field(_raw)

    return field


lazy_fields(
    SearchSort,
    {
        "field": _convert_field,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_custom_field import SearchCustomField
from ..models.search_regular_field import SearchRegularField
