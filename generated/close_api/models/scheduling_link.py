from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SchedulingLink")


@_attrs_define
class SchedulingLink(LazyModel):
    """A member's scheduling link."""

    id: str
    name: str
    """ Shown in Close's app. """
    url: str
    """ The external booking URL. """
    description: None | str
    source: str
    """ `MANUAL` (made in the app or through `/scheduling_link/`), `THIRD_PARTY` (an OAuth app's) or `CALENDLY`. """
    source_id: None | str
    """ The OAuth app's own id (THIRD_PARTY only). """
    source_type: None | str
    """ The OAuth app's short kind of link (THIRD_PARTY only). """
    duration_in_minutes: int | None
    """ Meeting length (THIRD_PARTY only). """
    user_id: str
    organization_id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        description: None | str = self.description

        source = self.source

        source_id: None | str = self.source_id

        source_type: None | str = self.source_type

        duration_in_minutes: int | None = self.duration_in_minutes

        user_id = self.user_id

        organization_id = self.organization_id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "description": description,
                "source": source,
                "source_id": source_id,
                "source_type": source_type,
                "duration_in_minutes": duration_in_minutes,
                "user_id": user_id,
                "organization_id": organization_id,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        description: None | str = d.pop("description")

        source = d.pop("source")

        source_id: None | str = d.pop("source_id")

        source_type: None | str = d.pop("source_type")

        duration_in_minutes: int | None = d.pop("duration_in_minutes")

        user_id = d.pop("user_id")

        organization_id = d.pop("organization_id")

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
        }
        _model.id = id
        _model.name = name
        _model.url = url
        _model.description = description
        _model.source = source
        _model.source_id = source_id
        _model.source_type = source_type
        _model.duration_in_minutes = duration_in_minutes
        _model.user_id = user_id
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
        return _model

        return _model


def _convert_date_created(_raw: Any) -> datetime.datetime:
    date_created = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime:
    date_updated = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return date_updated


lazy_fields(
    SchedulingLink,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
