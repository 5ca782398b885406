from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="StatusReport")


@_attrs_define
class StatusReport(LazyModel):
    status_overview: list[StatusOverviewRow]
    status_transitions: list[StatusTransition]
    status_transitions_summary: list[StatusTransition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_overview = []
        for status_overview_item_data in self.status_overview:
            status_overview_item = status_overview_item_data.to_dict()
            status_overview.append(status_overview_item)

        status_transitions = []
        for status_transitions_item_data in self.status_transitions:
            status_transitions_item = status_transitions_item_data.to_dict()
            status_transitions.append(status_transitions_item)

        status_transitions_summary = []
        for status_transitions_summary_item_data in self.status_transitions_summary:
            status_transitions_summary_item = (
                status_transitions_summary_item_data.to_dict()
            )
            status_transitions_summary.append(status_transitions_summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_overview": status_overview,
                "status_transitions": status_transitions,
                "status_transitions_summary": status_transitions_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "status_overview": d.pop("status_overview"),
            "status_transitions": d.pop("status_transitions"),
            "status_transitions_summary": d.pop("status_transitions_summary"),
        }

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


def _convert_status_overview(_raw: Any) -> list[StatusOverviewRow]:
    status_overview = [StatusOverviewRow.from_dict(item) for item in _raw]

    return status_overview


def _convert_status_transitions(_raw: Any) -> list[StatusTransition]:
    status_transitions = [StatusTransition.from_dict(item) for item in _raw]

    return status_transitions


def _convert_status_transitions_summary(_raw: Any) -> list[StatusTransition]:
    status_transitions_summary = [StatusTransition.from_dict(item) for item in _raw]

    return status_transitions_summary


lazy_fields(
    StatusReport,
    {
        "status_overview": _convert_status_overview,
        "status_transitions": _convert_status_transitions,
        "status_transitions_summary": _convert_status_transitions_summary,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.status_overview_row import StatusOverviewRow
from ..models.status_transition import StatusTransition
