from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchPage")


@_attrs_define
class SearchPage(LazyModel):
    """One page of hits."""

    data: list[SearchHit]
    cursor: None | str
    """ Send it back for the next page; `null` on the last one. """
    count: SearchCount | Unset = UNSET
    """ How many objects match (`total`) and how many the request would return (`limited`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        cursor: None | str = self.cursor

        count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "cursor": cursor,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cursor: None | str = d.pop("cursor")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "data": d.pop("data"),
            "count": d.pop("count", UNSET),
        }
        _model.cursor = cursor

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _convert_data(_raw: Any) -> list[SearchHit]:
    data = [SearchHit.from_dict(item) for item in _raw]

    return data


def _convert_count(_raw: Any) -> SearchCount | Unset:
    _count = _raw
    count: SearchCount | Unset
    if _count is UNSET:
        count = UNSET
    else:
        count = SearchCount.from_dict(_count)

    return count


lazy_fields(
    SearchPage,
    {
        "data": _convert_data,
        "count": _convert_count,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_count import SearchCount
from ..models.search_hit import SearchHit
