from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="IntegrationLinkDefinition")


@_attrs_define
class IntegrationLinkDefinition(LazyModel):
    """An integration link as the organization configures it (its `url` is a template)."""

    id: str
    """ Link id (`intlink_` prefix, the emulator's choice [unverified]). """
    name: str
    """ Link text. """
    url: str
    """ URL template, e.g. `https://example.com/crm?id={{ lead.id }}`. """
    type_: str
    """ Where the link shows: `lead`, `contact` or `opportunity`. """
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        type_ = self.type_

        organization_id = self.organization_id

        created_by: None | str = self.created_by

        updated_by: None | str = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "type": type_,
                "organization_id": organization_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        type_ = d.pop("type")

        organization_id = d.pop("organization_id")

        created_by: None | str = d.pop("created_by")

        updated_by: None | str = d.pop("updated_by")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
        }
        _model.id = id
        _model.name = name
        _model.url = url
        _model.type_ = type_
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
    IntegrationLinkDefinition,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
