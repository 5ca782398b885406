from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Export")


@_attrs_define
class Export(LazyModel):
    """An export and where it stands."""

    id: str
    """ Export id (`expo_` prefix [unverified]). """
    object_type: str
    """ `lead` or `opportunity`. """
    type_: None | str
    """ `leads`, `contacts` or `lead_opps` (lead exports); null for opportunity exports. """
    format_: str
    """ `csv` or `json`. """
    status: str
    """ `created`, `started`, `in_progress`, `done` or `error`. """
    download_url: None | str
    """ Where the gzip-compressed file is, once `done`. """
    organization_id: str
    created_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    date_format: None | str | Unset = UNSET
    n_objects: int | None | Unset = UNSET
    """ Rows (CSV) or objects (JSON) in the file, once known [unverified]. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        type_: None | str = self.type_

        format_ = self.format_

        status = self.status

        download_url: None | str = self.download_url

        organization_id = self.organization_id

        created_by: None | str = self.created_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        date_format: None | str | Unset = self.date_format

        n_objects: int | None | Unset = self.n_objects

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object_type": object_type,
                "type": type_,
                "format": format_,
                "status": status,
                "download_url": download_url,
                "organization_id": organization_id,
                "created_by": created_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        object_type = d.pop("object_type")

        type_: None | str = d.pop("type")

        format_ = d.pop("format")

        status = d.pop("status")

        download_url: None | str = d.pop("download_url")

        organization_id = d.pop("organization_id")

        created_by: None | str = d.pop("created_by")

        date_format: None | str | Unset = d.pop("date_format", UNSET)

        n_objects: int | None | Unset = d.pop("n_objects", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
        }
        _model.id = id
        _model.object_type = object_type
        _model.type_ = type_
        _model.format_ = format_
        _model.status = status
        _model.download_url = download_url
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.date_format = date_format
        _model.n_objects = n_objects
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
    Export,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
