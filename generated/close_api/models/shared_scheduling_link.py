from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="SharedSchedulingLink")


@_attrs_define
class SharedSchedulingLink(LazyModel):
    """A shared scheduling link with its mappings (fields beyond `name` are [unverified])."""

    id: str
    name: str
    description: None | str
    associations: list[SharedSchedulingLinkAssociation]
    """ Each member's mapping of the link. """
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str = self.description

        associations = []
        for associations_item_data in self.associations:
            associations_item = associations_item_data.to_dict()
            associations.append(associations_item)

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
                "description": description,
                "associations": associations,
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

        description: None | str = d.pop("description")

        organization_id = d.pop("organization_id")

        created_by: None | str = d.pop("created_by")

        updated_by: None | str = d.pop("updated_by")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "associations": d.pop("associations"),
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
        }
        _model.id = id
        _model.name = name
        _model.description = description
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
        return _model

        return _model


def _convert_associations(_raw: Any) -> list[SharedSchedulingLinkAssociation]:
    associations = [SharedSchedulingLinkAssociation.from_dict(item) for item in _raw]

    return associations


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
    SharedSchedulingLink,
    {
        "associations": _convert_associations,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
