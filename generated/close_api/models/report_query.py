from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.report_query_type import ReportQueryType, check_report_query_type

T = TypeVar("T", bound="ReportQuery")


@_attrs_define
class ReportQuery:
    """A lead Smart View to filter by; the report covers the leads it selects now (a missing view or a view of another type
    is a 400).

    """

    type_: ReportQueryType
    saved_search_id: str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        saved_search_id = self.saved_search_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "saved_search_id": saved_search_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_report_query_type(d.pop("type"))

        saved_search_id = d.pop("saved_search_id")

        report_query = cls(
            type_,
            saved_search_id,
        )

        return report_query
