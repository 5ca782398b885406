from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_create_type import TaskCreateType, check_task_create_type
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate(LazyModel):
    """A new task; `lead_id` is required."""

    lead_id: str
    type_: TaskCreateType | Unset = "lead"
    """ Only these two types can be created. """
    contact_id: None | str | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    """ The user to do it (default: the caller) [unverified default]. """
    text: str | Unset = UNSET
    date: datetime.date | datetime.datetime | None | Unset = UNSET
    """ When it is due, a date or a datetime; null for a dateless task. """
    due_date: datetime.date | datetime.datetime | None | Unset = UNSET
    is_complete: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        contact_id: None | str | Unset = self.contact_id

        assigned_to: None | str | Unset = self.assigned_to

        text = self.text

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date) or isinstance(
            self.date, datetime.datetime
        ):
            date = self.date.isoformat()
        else:
            date = self.date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date) or isinstance(
            self.due_date, datetime.datetime
        ):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        is_complete = self.is_complete

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lead_id": lead_id,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        _type_ = d.pop("_type", UNSET)
        type_: TaskCreateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_task_create_type(_type_)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        assigned_to: None | str | Unset = d.pop("assigned_to", UNSET)

        text = d.pop("text", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date": d.pop("date", UNSET),
            "due_date": d.pop("due_date", UNSET),
        }
        _model.lead_id = lead_id
        _model.type_ = type_
        _model.contact_id = contact_id
        _model.assigned_to = assigned_to
        _model.text = text
        _model.is_complete = is_complete
        return _model

        return _model


def _convert_date(_raw: Any) -> datetime.date | datetime.datetime | None | Unset:
    def _parse_date(data: object) -> datetime.date | datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_1 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | datetime.datetime | None | Unset, data)

    date = _parse_date(_raw)

    return date


def _convert_due_date(_raw: Any) -> datetime.date | datetime.datetime | None | Unset:
    def _parse_due_date(
        data: object,
    ) -> datetime.date | datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            due_date_type_0 = datetime.date.fromisoformat(data)

            return due_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            due_date_type_1 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return due_date_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | datetime.datetime | None | Unset, data)

    due_date = _parse_due_date(_raw)

    return due_date


lazy_fields(
    TaskCreate,
    {
        "date": _convert_date,
        "due_date": _convert_due_date,
    },
)
