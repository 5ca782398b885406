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
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityStatusChange")


@_attrs_define
class OpportunityStatusChange(LazyModel):
    """An opportunity's move from one status to another, with the pipelines and the
    opportunity's value at the time (`opportunity_value` in cents).

    """

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["OpportunityStatusChange"] | Unset = UNSET
    """ Always `OpportunityStatusChange`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    opportunity_id: str | Unset = UNSET
    old_status_id: None | str | Unset = UNSET
    old_status_label: None | str | Unset = UNSET
    old_status_type: None | str | Unset = UNSET
    new_status_id: None | str | Unset = UNSET
    new_status_label: None | str | Unset = UNSET
    new_status_type: None | str | Unset = UNSET
    old_pipeline_id: None | str | Unset = UNSET
    old_pipeline_name: None | str | Unset = UNSET
    new_pipeline_id: None | str | Unset = UNSET
    new_pipeline_name: None | str | Unset = UNSET
    opportunity_value: int | None | Unset = UNSET
    opportunity_value_period: None | str | Unset = UNSET
    opportunity_value_currency: None | str | Unset = UNSET
    opportunity_value_formatted: None | str | Unset = UNSET
    opportunity_confidence: int | None | Unset = UNSET
    opportunity_date_won: datetime.datetime | None | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        lead_id = self.lead_id

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        opportunity_id = self.opportunity_id

        old_status_id: None | str | Unset = self.old_status_id

        old_status_label: None | str | Unset = self.old_status_label

        old_status_type: None | str | Unset = self.old_status_type

        new_status_id: None | str | Unset = self.new_status_id

        new_status_label: None | str | Unset = self.new_status_label

        new_status_type: None | str | Unset = self.new_status_type

        old_pipeline_id: None | str | Unset = self.old_pipeline_id

        old_pipeline_name: None | str | Unset = self.old_pipeline_name

        new_pipeline_id: None | str | Unset = self.new_pipeline_id

        new_pipeline_name: None | str | Unset = self.new_pipeline_name

        opportunity_value: int | None | Unset = self.opportunity_value

        opportunity_value_period: None | str | Unset = self.opportunity_value_period

        opportunity_value_currency: None | str | Unset = self.opportunity_value_currency

        opportunity_value_formatted: None | str | Unset = (
            self.opportunity_value_formatted
        )

        opportunity_confidence: int | None | Unset = self.opportunity_confidence

        opportunity_date_won: None | str | Unset
        if isinstance(self.opportunity_date_won, Unset):
            opportunity_date_won = UNSET
        elif isinstance(self.opportunity_date_won, datetime.datetime):
            opportunity_date_won = self.opportunity_date_won.isoformat()
        else:
            opportunity_date_won = self.opportunity_date_won

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        created_by_name: None | str | Unset = self.created_by_name

        updated_by: None | str | Unset = self.updated_by

        updated_by_name: None | str | Unset = self.updated_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if old_status_id is not UNSET:
            field_dict["old_status_id"] = old_status_id
        if old_status_label is not UNSET:
            field_dict["old_status_label"] = old_status_label
        if old_status_type is not UNSET:
            field_dict["old_status_type"] = old_status_type
        if new_status_id is not UNSET:
            field_dict["new_status_id"] = new_status_id
        if new_status_label is not UNSET:
            field_dict["new_status_label"] = new_status_label
        if new_status_type is not UNSET:
            field_dict["new_status_type"] = new_status_type
        if old_pipeline_id is not UNSET:
            field_dict["old_pipeline_id"] = old_pipeline_id
        if old_pipeline_name is not UNSET:
            field_dict["old_pipeline_name"] = old_pipeline_name
        if new_pipeline_id is not UNSET:
            field_dict["new_pipeline_id"] = new_pipeline_id
        if new_pipeline_name is not UNSET:
            field_dict["new_pipeline_name"] = new_pipeline_name
        if opportunity_value is not UNSET:
            field_dict["opportunity_value"] = opportunity_value
        if opportunity_value_period is not UNSET:
            field_dict["opportunity_value_period"] = opportunity_value_period
        if opportunity_value_currency is not UNSET:
            field_dict["opportunity_value_currency"] = opportunity_value_currency
        if opportunity_value_formatted is not UNSET:
            field_dict["opportunity_value_formatted"] = opportunity_value_formatted
        if opportunity_confidence is not UNSET:
            field_dict["opportunity_confidence"] = opportunity_confidence
        if opportunity_date_won is not UNSET:
            field_dict["opportunity_date_won"] = opportunity_date_won
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = cast(Literal["OpportunityStatusChange"] | Unset, d.pop("_type", UNSET))
        if type_ != "OpportunityStatusChange" and not isinstance(type_, Unset):
            raise ValueError(
                f"_type must match const 'OpportunityStatusChange', got '{type_}'"
            )

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        opportunity_id = d.pop("opportunity_id", UNSET)

        old_status_id: None | str | Unset = d.pop("old_status_id", UNSET)

        old_status_label: None | str | Unset = d.pop("old_status_label", UNSET)

        old_status_type: None | str | Unset = d.pop("old_status_type", UNSET)

        new_status_id: None | str | Unset = d.pop("new_status_id", UNSET)

        new_status_label: None | str | Unset = d.pop("new_status_label", UNSET)

        new_status_type: None | str | Unset = d.pop("new_status_type", UNSET)

        old_pipeline_id: None | str | Unset = d.pop("old_pipeline_id", UNSET)

        old_pipeline_name: None | str | Unset = d.pop("old_pipeline_name", UNSET)

        new_pipeline_id: None | str | Unset = d.pop("new_pipeline_id", UNSET)

        new_pipeline_name: None | str | Unset = d.pop("new_pipeline_name", UNSET)

        opportunity_value: int | None | Unset = d.pop("opportunity_value", UNSET)

        opportunity_value_period: None | str | Unset = d.pop(
            "opportunity_value_period", UNSET
        )

        opportunity_value_currency: None | str | Unset = d.pop(
            "opportunity_value_currency", UNSET
        )

        opportunity_value_formatted: None | str | Unset = d.pop(
            "opportunity_value_formatted", UNSET
        )

        opportunity_confidence: int | None | Unset = d.pop(
            "opportunity_confidence", UNSET
        )

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "opportunity_date_won": d.pop("opportunity_date_won", UNSET),
            "activity_at": d.pop("activity_at", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.type_ = type_
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.user_name = user_name
        _model.opportunity_id = opportunity_id
        _model.old_status_id = old_status_id
        _model.old_status_label = old_status_label
        _model.old_status_type = old_status_type
        _model.new_status_id = new_status_id
        _model.new_status_label = new_status_label
        _model.new_status_type = new_status_type
        _model.old_pipeline_id = old_pipeline_id
        _model.old_pipeline_name = old_pipeline_name
        _model.new_pipeline_id = new_pipeline_id
        _model.new_pipeline_name = new_pipeline_name
        _model.opportunity_value = opportunity_value
        _model.opportunity_value_period = opportunity_value_period
        _model.opportunity_value_currency = opportunity_value_currency
        _model.opportunity_value_formatted = opportunity_value_formatted
        _model.opportunity_confidence = opportunity_confidence
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.created_by_name = created_by_name
        _model.updated_by = updated_by
        _model.updated_by_name = updated_by_name

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


def _convert_opportunity_date_won(_raw: Any) -> datetime.datetime | None | Unset:
    def _parse_opportunity_date_won(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            opportunity_date_won_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return opportunity_date_won_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    opportunity_date_won = _parse_opportunity_date_won(_raw)

    return opportunity_date_won


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


def _convert_date_created(_raw: Any) -> datetime.datetime | Unset:
    _date_created = _raw
    date_created: datetime.datetime | Unset
    if _date_created is UNSET:
        date_created = UNSET
    else:
        date_created = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_created)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | Unset:
    _date_updated = _raw
    date_updated: datetime.datetime | Unset
    if _date_updated is UNSET:
        date_updated = UNSET
    else:
        date_updated = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_updated)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_updated


lazy_fields(
    OpportunityStatusChange,
    {
        "opportunity_date_won": _convert_opportunity_date_won,
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
