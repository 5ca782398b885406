from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityStatusChangeCreate")


@_attrs_define
class OpportunityStatusChangeCreate(LazyModel):
    """A past status change of the opportunity `opportunity_id`, recorded as history only.
    `lead_id`, when sent, must be the opportunity's lead; left out, it is (Close's
    guide lists it as required [unverified]).

    """

    opportunity_id: str
    lead_id: str | Unset = UNSET
    old_status_id: None | str | Unset = UNSET
    """ The status before (`null` or left out: none). """
    new_status_id: str | Unset = UNSET
    """ The status after (default: the opportunity's status now). """
    user_id: str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    """ When it happened (default: now). """

    def to_dict(self) -> dict[str, Any]:
        opportunity_id = self.opportunity_id

        lead_id = self.lead_id

        old_status_id: None | str | Unset = self.old_status_id

        new_status_id = self.new_status_id

        user_id = self.user_id

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "opportunity_id": opportunity_id,
            }
        )
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if old_status_id is not UNSET:
            field_dict["old_status_id"] = old_status_id
        if new_status_id is not UNSET:
            field_dict["new_status_id"] = new_status_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        opportunity_id = d.pop("opportunity_id")

        lead_id = d.pop("lead_id", UNSET)

        old_status_id: None | str | Unset = d.pop("old_status_id", UNSET)

        new_status_id = d.pop("new_status_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "activity_at": d.pop("activity_at", UNSET),
        }
        _model.opportunity_id = opportunity_id
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
    OpportunityStatusChangeCreate,
    {
        "activity_at": _convert_activity_at,
    },
)
