from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_create_value_period import (
    OpportunityCreateValuePeriod,
    check_opportunity_create_value_period,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate(LazyModel):
    """A new opportunity. Without `lead_id` a new, untitled lead is created for it. Without
    `status_id`, the default status (or the first status of `pipeline_id`) is used.

    Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
    number, or for a multi-value field a list, which replaces the whole value).

    """

    lead_id: str | Unset = UNSET
    status_id: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    """ Pipeline whose first status to use when `status_id` is not sent; must contain `status_id` when both are
    sent. """
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ User the opportunity is assigned to. """
    value: int | None | Unset = UNSET
    """ Value in cents. """
    value_period: OpportunityCreateValuePeriod | Unset = UNSET
    confidence: int | None | Unset = UNSET
    """ Likelihood of winning, in percent. """
    note: None | str | Unset = UNSET
    date_won: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        status_id = self.status_id

        pipeline_id = self.pipeline_id

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        value: int | None | Unset = self.value

        value_period: str | Unset = UNSET
        if not isinstance(self.value_period, Unset):
            value_period = self.value_period

        confidence: int | None | Unset = self.confidence

        note: None | str | Unset = self.note

        date_won: None | str | Unset
        if isinstance(self.date_won, Unset):
            date_won = UNSET
        elif isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if value is not UNSET:
            field_dict["value"] = value
        if value_period is not UNSET:
            field_dict["value_period"] = value_period
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if note is not UNSET:
            field_dict["note"] = note
        if date_won is not UNSET:
            field_dict["date_won"] = date_won

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        pipeline_id = d.pop("pipeline_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        value: int | None | Unset = d.pop("value", UNSET)

        _value_period = d.pop("value_period", UNSET)
        value_period: OpportunityCreateValuePeriod | Unset
        if _value_period is UNSET:
            value_period = UNSET
        else:
            value_period = check_opportunity_create_value_period(_value_period)

        confidence: int | None | Unset = d.pop("confidence", UNSET)

        note: None | str | Unset = d.pop("note", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_won": d.pop("date_won", UNSET),
        }
        _model.lead_id = lead_id
        _model.status_id = status_id
        _model.pipeline_id = pipeline_id
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.value = value
        _model.value_period = value_period
        _model.confidence = confidence
        _model.note = note

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


def _convert_date_won(_raw: Any) -> datetime.date | None | Unset:
    def _parse_date_won(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_won_type_0 = datetime.date.fromisoformat(data)

            return date_won_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    date_won = _parse_date_won(_raw)

    return date_won


lazy_fields(
    OpportunityCreate,
    {
        "date_won": _convert_date_won,
    },
)
