from __future__ import annotations

import datetime
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
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchFixedLocalDate")


@_attrs_define
class SearchFixedLocalDate(LazyModel):
    """The start or end of a day in the caller's time zone."""

    type_: Literal["fixed_local_date"]
    value: datetime.date
    which: SearchDayEnd | Unset = UNSET
    """ `start`: the start of the day; `end`: the start of the next day. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value.isoformat()

        which: str | Unset = UNSET
        if not isinstance(self.which, Unset):
            which = self.which

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if which is not UNSET:
            field_dict["which"] = which

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["fixed_local_date"], d.pop("type"))
        if type_ != "fixed_local_date":
            raise ValueError(f"type must match const 'fixed_local_date', got '{type_}'")

        _which = d.pop("which", UNSET)
        which: SearchDayEnd | Unset
        if _which is UNSET:
            which = UNSET
        else:
            which = check_search_day_end(_which)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "value": d.pop("value"),
        }
        _model.type_ = type_
        _model.which = which
        return _model

        return _model


def _convert_value(_raw: Any) -> datetime.date:
    value = datetime.date.fromisoformat(_raw)

    return value


lazy_fields(
    SearchFixedLocalDate,
    {
        "value": _convert_value,
    },
)
