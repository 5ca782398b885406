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

    id: str | Unset = UNSET
    """ Export id (`expo_` prefix [unverified]). """
    object_type: str | Unset = UNSET
    """ `lead` or `opportunity`. """
    type_: None | str | Unset = UNSET
    """ `leads`, `contacts` or `lead_opps` (lead exports); null for opportunity exports. """
    format_: str | Unset = UNSET
    """ `csv` or `json`. """
    date_format: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ `created`, `started`, `in_progress`, `done` or `error`. """
    n_objects: int | None | Unset = UNSET
    """ Rows (CSV) or objects (JSON) in the file, once known [unverified]. """
    download_url: None | str | Unset = UNSET
    """ Where the gzip-compressed file is, once `done`. """
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        type_: None | str | Unset = self.type_

        format_ = self.format_

        date_format: None | str | Unset = self.date_format

        status = self.status

        n_objects: int | None | Unset = self.n_objects

        download_url: None | str | Unset = self.download_url

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if status is not UNSET:
            field_dict["status"] = status
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_type = d.pop("object_type", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        format_ = d.pop("format", UNSET)

        date_format: None | str | Unset = d.pop("date_format", UNSET)

        status = d.pop("status", UNSET)

        n_objects: int | None | Unset = d.pop("n_objects", UNSET)

        download_url: None | str | Unset = d.pop("download_url", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.object_type = object_type
        _model.type_ = type_
        _model.format_ = format_
        _model.date_format = date_format
        _model.status = status
        _model.n_objects = n_objects
        _model.download_url = download_url
        _model.organization_id = organization_id
        _model.created_by = created_by
        return _model

        return _model


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
    Export,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
