from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SequenceSchedule")


@_attrs_define
class SequenceSchedule(LazyModel):
    """When steps may run (replaced `schedule_id` on 2023-08-29); the range shape is [unverified]."""

    ranges: list[SequenceScheduleRange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ranges, Unset):
            ranges = []
            for ranges_item_data in self.ranges:
                ranges_item = ranges_item_data.to_dict()
                ranges.append(ranges_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ranges is not UNSET:
            field_dict["ranges"] = ranges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "ranges": d.pop("ranges", UNSET),
        }
        return _model

        return _model


def _convert_ranges(_raw: Any) -> list[SequenceScheduleRange] | Unset:
    _ranges = _raw
    ranges: list[SequenceScheduleRange] | Unset = (
        UNSET
        if _ranges is UNSET
        else [SequenceScheduleRange.from_dict(item) for item in _ranges]
    )

    return ranges


lazy_fields(
    SequenceSchedule,
    {
        "ranges": _convert_ranges,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sequence_schedule_range import SequenceScheduleRange
