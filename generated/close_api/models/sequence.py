from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence(LazyModel):
    """A sequence (a workflow), whose steps run one by one for each subscribed contact."""

    id: str | Unset = UNSET
    """ Sequence id (`seq_` prefix). """
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    """ `active`, `paused` or `draft`. """
    schedule: None | SequenceSchedule | Unset = UNSET
    steps: list[SequenceStep] | Unset = UNSET
    subscription_counts_by_status: SubscriptionCounts | Unset = UNSET
    """ How many subscriptions of the sequence are in each status. """
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, SequenceSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

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
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if steps is not UNSET:
            field_dict["steps"] = steps
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "schedule": d.pop("schedule", UNSET),
            "steps": d.pop("steps", UNSET),
            "subscription_counts_by_status": d.pop(
                "subscription_counts_by_status", UNSET
            ),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.status = status
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by

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


def _convert_schedule(_raw: Any) -> None | SequenceSchedule | Unset:
    def _parse_schedule(data: object) -> None | SequenceSchedule | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            schedule_type_0 = SequenceSchedule.from_dict(data)

            return schedule_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SequenceSchedule | Unset, data)

    schedule = _parse_schedule(_raw)

    return schedule


def _convert_steps(_raw: Any) -> list[SequenceStep] | Unset:
    _steps = _raw
    steps: list[SequenceStep] | Unset = (
        UNSET if _steps is UNSET else [SequenceStep.from_dict(item) for item in _steps]
    )

    return steps


def _convert_subscription_counts_by_status(_raw: Any) -> SubscriptionCounts | Unset:
    _subscription_counts_by_status = _raw
    subscription_counts_by_status: SubscriptionCounts | Unset
    if _subscription_counts_by_status is UNSET:
        subscription_counts_by_status = UNSET
    else:
        subscription_counts_by_status = SubscriptionCounts.from_dict(
            _subscription_counts_by_status
        )

    return subscription_counts_by_status


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
    Sequence,
    {
        "schedule": _convert_schedule,
        "steps": _convert_steps,
        "subscription_counts_by_status": _convert_subscription_counts_by_status,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sequence_schedule import SequenceSchedule
from ..models.sequence_step import SequenceStep
from ..models.subscription_counts import SubscriptionCounts
