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
from ..models.search_offset_moment_direction import (
    SearchOffsetMomentDirection,
    check_search_offset_moment_direction,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchOffsetMoment")


@_attrs_define
class SearchOffsetMoment(LazyModel):
    """`moment` moved into the past or the future by `offset`; with `which_day_end` the start
    (or end) of that day in the caller's time zone.

    """

    type_: Literal["offset"]
    direction: SearchOffsetMomentDirection
    moment: (
        SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
    )
    """ A point in time, told apart by `type`; local days follow the caller's `X-TZ-Offset`. """
    offset: SearchOffset
    """ A length of time (months and years by calendar, days clamped to the month's end). """
    which_day_end: None | SearchDayEnd | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        direction: str = self.direction

        moment: dict[str, Any]
        if (
            isinstance(self.moment, SearchFixedLocalDate)
            or isinstance(self.moment, SearchFixedUtc)
            or isinstance(self.moment, SearchNow)
            or isinstance(self.moment, SearchOffsetMoment)
        ):
            moment = self.moment.to_dict()
        else:
            moment = self.moment.to_dict()

        offset = self.offset.to_dict()

        which_day_end: None | str | Unset
        if isinstance(self.which_day_end, Unset):
            which_day_end = UNSET
        elif isinstance(self.which_day_end, str):
            which_day_end = self.which_day_end
        else:
            which_day_end = self.which_day_end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "direction": direction,
                "moment": moment,
                "offset": offset,
            }
        )
        if which_day_end is not UNSET:
            field_dict["which_day_end"] = which_day_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["offset"], d.pop("type"))
        if type_ != "offset":
            raise ValueError(f"type must match const 'offset', got '{type_}'")

        direction = check_search_offset_moment_direction(d.pop("direction"))

        def _parse_which_day_end(data: object) -> None | SearchDayEnd | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                which_day_end_type_0 = check_search_day_end(data)

                return which_day_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchDayEnd | Unset, data)

        which_day_end = _parse_which_day_end(d.pop("which_day_end", UNSET))

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "moment": d.pop("moment"),
            "offset": d.pop("offset"),
        }
        _model.type_ = type_
        _model.direction = direction
        _model.which_day_end = which_day_end
        return _model

        return _model


def _convert_moment(
    _raw: Any,
) -> (
    SearchFixedLocalDate
    | SearchFixedUtc
    | SearchNow
    | SearchOffsetMoment
    | SearchRelativePeriod
):
    def _parse_moment(
        data: object,
    ) -> (
        SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_0 = SearchFixedLocalDate.from_dict(
                data
            )

            return componentsschemas_search_moment_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_1 = SearchFixedUtc.from_dict(data)

            return componentsschemas_search_moment_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_2 = SearchNow.from_dict(data)

            return componentsschemas_search_moment_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_3 = SearchOffsetMoment.from_dict(data)

            return componentsschemas_search_moment_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_search_moment_type_4 = SearchRelativePeriod.from_dict(data)

        return componentsschemas_search_moment_type_4

    moment = _parse_moment(_raw)

    return moment


def _convert_offset(_raw: Any) -> SearchOffset:
    offset = SearchOffset.from_dict(_raw)

    return offset


lazy_fields(
    SearchOffsetMoment,
    {
        "moment": _convert_moment,
        "offset": _convert_offset,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_fixed_local_date import SearchFixedLocalDate
from ..models.search_fixed_utc import SearchFixedUtc
from ..models.search_now import SearchNow
from ..models.search_offset import SearchOffset
from ..models.search_relative_period import SearchRelativePeriod
