from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="Playbook")


@_attrs_define
class Playbook(LazyModel):
    """A playbook. Its audit fields are named `created_at` / `created_by_id` (not `date_created`)."""

    id: str
    """ Playbook id (`playbook_` prefix, the emulator's choice [unverified]). """
    name: str
    description: None | str
    summary_guidance: None | str
    """ Guidance for AI summaries of its calls and meetings. """
    outcome_ids: list[str]
    """ Outcomes of the playbook (deleted outcomes drop out). """
    custom_field_ids: list[str]
    """ Shared custom fields of the playbook (deleted fields drop out). """
    position: int | None
    """ Order among active playbooks (from 1); null while archived [unverified]. """
    archived_at: datetime.datetime | None
    archived_by_id: None | str
    organization_id: str
    created_at: datetime.datetime
    created_by_id: str
    updated_at: datetime.datetime
    updated_by_id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str = self.description

        summary_guidance: None | str = self.summary_guidance

        outcome_ids = self.outcome_ids

        custom_field_ids = self.custom_field_ids

        position: int | None = self.position

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        archived_by_id: None | str = self.archived_by_id

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        created_by_id = self.created_by_id

        updated_at = self.updated_at.isoformat()

        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "summary_guidance": summary_guidance,
                "outcome_ids": outcome_ids,
                "custom_field_ids": custom_field_ids,
                "position": position,
                "archived_at": archived_at,
                "archived_by_id": archived_by_id,
                "organization_id": organization_id,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "updated_at": updated_at,
                "updated_by_id": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description: None | str = d.pop("description")

        summary_guidance: None | str = d.pop("summary_guidance")

        outcome_ids: list[str] = d.pop("outcome_ids")

        custom_field_ids: list[str] = d.pop("custom_field_ids")

        position: int | None = d.pop("position")

        archived_by_id: None | str = d.pop("archived_by_id")

        organization_id = d.pop("organization_id")

        created_by_id = d.pop("created_by_id")

        updated_by_id = d.pop("updated_by_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "archived_at": d.pop("archived_at"),
            "created_at": d.pop("created_at"),
            "updated_at": d.pop("updated_at"),
        }
        _model.id = id
        _model.name = name
        _model.description = description
        _model.summary_guidance = summary_guidance
        _model.outcome_ids = outcome_ids
        _model.custom_field_ids = custom_field_ids
        _model.position = position
        _model.archived_by_id = archived_by_id
        _model.organization_id = organization_id
        _model.created_by_id = created_by_id
        _model.updated_by_id = updated_by_id
        return _model

        return _model


def _convert_archived_at(_raw: Any) -> datetime.datetime | None:
    def _parse_archived_at(data: object) -> datetime.datetime | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            archived_at_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return archived_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None, data)

    archived_at = _parse_archived_at(_raw)

    return archived_at


def _convert_created_at(_raw: Any) -> datetime.datetime:
    created_at = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return created_at


def _convert_updated_at(_raw: Any) -> datetime.datetime:
    updated_at = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return updated_at


lazy_fields(
    Playbook,
    {
        "archived_at": _convert_archived_at,
        "created_at": _convert_created_at,
        "updated_at": _convert_updated_at,
    },
)
