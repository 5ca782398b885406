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

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchMomentRangeCondition")


@_attrs_define
class SearchMomentRangeCondition(LazyModel):
    """The date lies on or after `on_or_after` and before `before` (either may be null). A
    date without a time (`date_won`, date custom fields) counts as the start of that day
    in the caller's `X-TZ-Offset`.

    """

    type_: Literal["moment_range"]
    on_or_after: (
        None
        | SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
        | Unset
    ) = UNSET
    before: (
        None
        | SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        on_or_after: dict[str, Any] | None | Unset
        if isinstance(self.on_or_after, Unset):
            on_or_after = UNSET
        elif (
            isinstance(self.on_or_after, SearchFixedLocalDate)
            or isinstance(self.on_or_after, SearchFixedUtc)
            or isinstance(self.on_or_after, SearchNow)
            or isinstance(self.on_or_after, SearchOffsetMoment)
            or isinstance(self.on_or_after, SearchRelativePeriod)
        ):
            on_or_after = self.on_or_after.to_dict()
        else:
            on_or_after = self.on_or_after

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif (
            isinstance(self.before, SearchFixedLocalDate)
            or isinstance(self.before, SearchFixedUtc)
            or isinstance(self.before, SearchNow)
            or isinstance(self.before, SearchOffsetMoment)
            or isinstance(self.before, SearchRelativePeriod)
        ):
            before = self.before.to_dict()
        else:
            before = self.before

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if on_or_after is not UNSET:
            field_dict["on_or_after"] = on_or_after
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["moment_range"], d.pop("type"))
        if type_ != "moment_range":
            raise ValueError(f"type must match const 'moment_range', got '{type_}'")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "on_or_after": d.pop("on_or_after", UNSET),
            "before": d.pop("before", UNSET),
        }
        _model.type_ = type_
        return _model

        return _model


def _convert_on_or_after(
    _raw: Any,
) -> (
    None
    | SearchFixedLocalDate
    | SearchFixedUtc
    | SearchNow
    | SearchOffsetMoment
    | SearchRelativePeriod
    | Unset
):
    def _parse_on_or_after(
        data: object,
    ) -> (
        None
        | SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
        | Unset
    ):
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
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
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_4 = SearchRelativePeriod.from_dict(
                data
            )

            return componentsschemas_search_moment_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            None
            | SearchFixedLocalDate
            | SearchFixedUtc
            | SearchNow
            | SearchOffsetMoment
            | SearchRelativePeriod
            | Unset,
            data,
        )

    on_or_after = _parse_on_or_after(_raw)

    return on_or_after


def _convert_before(
    _raw: Any,
) -> (
    None
    | SearchFixedLocalDate
    | SearchFixedUtc
    | SearchNow
    | SearchOffsetMoment
    | SearchRelativePeriod
    | Unset
):
    def _parse_before(
        data: object,
    ) -> (
        None
        | SearchFixedLocalDate
        | SearchFixedUtc
        | SearchNow
        | SearchOffsetMoment
        | SearchRelativePeriod
        | Unset
    ):
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
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
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_moment_type_4 = SearchRelativePeriod.from_dict(
                data
            )

            return componentsschemas_search_moment_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            None
            | SearchFixedLocalDate
            | SearchFixedUtc
            | SearchNow
            | SearchOffsetMoment
            | SearchRelativePeriod
            | Unset,
            data,
        )

    before = _parse_before(_raw)

    return before


lazy_fields(
    SearchMomentRangeCondition,
    {
        "on_or_after": _convert_on_or_after,
        "before": _convert_before,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_fixed_local_date import SearchFixedLocalDate
from ..models.search_fixed_utc import SearchFixedUtc
from ..models.search_now import SearchNow
from ..models.search_offset_moment import SearchOffsetMoment
from ..models.search_relative_period import SearchRelativePeriod
