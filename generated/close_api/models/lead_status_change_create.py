from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="LeadStatusChangeCreate")


@_attrs_define
class LeadStatusChangeCreate(LazyModel):
    """A past status change of the lead `lead_id`, recorded as history only."""

    lead_id: str
    old_status_id: str
    new_status_id: str
    user_id: str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    """ When it happened (default: now). """

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        old_status_id = self.old_status_id

        new_status_id = self.new_status_id

        user_id = self.user_id

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lead_id": lead_id,
                "old_status_id": old_status_id,
                "new_status_id": new_status_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        old_status_id = d.pop("old_status_id")

        new_status_id = d.pop("new_status_id")

        user_id = d.pop("user_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.lead_id = lead_id
        _model.old_status_id = old_status_id
        _model.new_status_id = new_status_id
        _model.user_id = user_id
        return _model

        return _model


def _convert_activity_at(_raw: Any) -> datetime.datetime | Unset:
    _activity_at = _raw
    activity_at: datetime.datetime | Unset
    if _activity_at is UNSET:
        activity_at = UNSET
    else:
        activity_at = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_activity_at)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return activity_at


lazy_fields(
    LeadStatusChangeCreate,
    {
        "activity_at": _convert_activity_at,
    },
)
