from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sequence_update_status import (
    SequenceUpdateStatus,
    check_sequence_update_status,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SequenceUpdate")


@_attrs_define
class SequenceUpdate(LazyModel):
    """Changes to a sequence; `steps`, when sent, replaces every step."""

    name: str | Unset = UNSET
    status: SequenceUpdateStatus | Unset = UNSET
    schedule: None | SequenceSchedule | Unset = UNSET
    steps: list[SequenceStepWrite] | Unset = UNSET
    id: str | Unset = UNSET
    """ Read-only: ignored. """
    organization_id: str | Unset = UNSET
    """ Read-only: ignored. """
    created_by: None | str | Unset = UNSET
    """ Read-only: ignored. """
    updated_by: None | str | Unset = UNSET
    """ Read-only: ignored. """
    date_created: str | Unset = UNSET
    """ Read-only: ignored. """
    date_updated: str | Unset = UNSET
    """ Read-only: ignored. """
    subscription_counts_by_status: SequenceUpdateSubscriptionCountsByStatus | Unset = (
        UNSET
    )
    """ Read-only: ignored. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
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

        id = self.id

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created = self.date_created

        date_updated = self.date_updated

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if steps is not UNSET:
            field_dict["steps"] = steps
        if id is not UNSET:
            field_dict["id"] = id
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
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: SequenceUpdateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_sequence_update_status(_status)

        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        date_created = d.pop("date_created", UNSET)

        date_updated = d.pop("date_updated", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "schedule": d.pop("schedule", UNSET),
            "steps": d.pop("steps", UNSET),
            "subscription_counts_by_status": d.pop(
                "subscription_counts_by_status", UNSET
            ),
        }
        _model.name = name
        _model.status = status
        _model.id = id
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
        _model.date_created = date_created
        _model.date_updated = date_updated
        return _model

        return _model


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


def _convert_steps(_raw: Any) -> list[SequenceStepWrite] | Unset:
    _steps = _raw
    steps: list[SequenceStepWrite] | Unset = (
        UNSET
        if _steps is UNSET
        else [SequenceStepWrite.from_dict(item) for item in _steps]
    )

    return steps


def _convert_subscription_counts_by_status(
    _raw: Any,
) -> SequenceUpdateSubscriptionCountsByStatus | Unset:
    _subscription_counts_by_status = _raw
    subscription_counts_by_status: SequenceUpdateSubscriptionCountsByStatus | Unset
    if _subscription_counts_by_status is UNSET:
        subscription_counts_by_status = UNSET
    else:
        subscription_counts_by_status = (
            SequenceUpdateSubscriptionCountsByStatus.from_dict(
                _subscription_counts_by_status
            )
        )

    return subscription_counts_by_status


lazy_fields(
    SequenceUpdate,
    {
        "schedule": _convert_schedule,
        "steps": _convert_steps,
        "subscription_counts_by_status": _convert_subscription_counts_by_status,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.sequence_schedule import SequenceSchedule
from ..models.sequence_step_write import SequenceStepWrite
from ..models.sequence_update_subscription_counts_by_status import (
    SequenceUpdateSubscriptionCountsByStatus,
)
