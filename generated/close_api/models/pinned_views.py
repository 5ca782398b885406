from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PinnedViews")


@_attrs_define
class PinnedViews:
    saved_view_ids: list[str]
    """ Smart View ids, in the order shown. """

    def to_dict(self) -> dict[str, Any]:
        saved_view_ids = self.saved_view_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "saved_view_ids": saved_view_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        saved_view_ids: list[str] = d.pop("saved_view_ids")

        pinned_views = cls(
            saved_view_ids,
        )

        return pinned_views
