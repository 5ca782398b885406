from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="Dialer")


@_attrs_define
class Dialer(LazyModel):
    """A dialer session ([unverified] beyond the source, the type and the members)."""

    id: str
    """ Id (`dialer_` prefix [unverified]). """
    type_: str
    """ `power` or `predictive`. """
    status: str
    """ `active`, `paused` or `ended` [unverified]. """
    source_type: str
    """ `saved-search` (a Smart View) or `shared-entry`. """
    source_value: str
    user_id: str
    """ The member who started the session. """
    user_ids: list[str]
    """ The members in the session. """
    organization_id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        source_type = self.source_type

        source_value = self.source_value

        user_id = self.user_id

        user_ids = self.user_ids

        organization_id = self.organization_id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "source_type": source_type,
                "source_value": source_value,
                "user_id": user_id,
                "user_ids": user_ids,
                "organization_id": organization_id,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        status = d.pop("status")

        source_type = d.pop("source_type")

        source_value = d.pop("source_value")

        user_id = d.pop("user_id")

        user_ids: list[str] = d.pop("user_ids")

        organization_id = d.pop("organization_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
        }
        _model.id = id
        _model.type_ = type_
        _model.status = status
        _model.source_type = source_type
        _model.source_value = source_value
        _model.user_id = user_id
        _model.user_ids = user_ids
        _model.organization_id = organization_id
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
    Dialer,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
