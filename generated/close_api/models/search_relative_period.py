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

from ..models.search_day_end import SearchDayEnd, check_search_day_end
from ..models.search_relative_period_range import (
    SearchRelativePeriodRange,
    check_search_relative_period_range,
)

T = TypeVar("T", bound="SearchRelativePeriod")


@_attrs_define
class SearchRelativePeriod:
    """The start or end of a period around today in the caller's time zone."""

    type_: Literal["start_end_of_predefined_relative_period"]
    range_: SearchRelativePeriodRange
    which: SearchDayEnd
    """ `start`: the start of the day; `end`: the start of the next day. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        range_: str = self.range_

        which: str = self.which

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "range": range_,
                "which": which,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["start_end_of_predefined_relative_period"], d.pop("type"))
        if type_ != "start_end_of_predefined_relative_period":
            raise ValueError(
                f"type must match const 'start_end_of_predefined_relative_period', got '{type_}'"
            )

        range_ = check_search_relative_period_range(d.pop("range"))

        which = check_search_day_end(d.pop("which"))

        search_relative_period = cls(
            type_,
            range_,
            which,
        )

        return search_relative_period
