from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline(LazyModel):
    id: str
    """ Pipeline id (`pipe_` prefix). """
    name: str
    statuses: list[OpportunityStatus] | Unset = UNSET
    """ The pipeline's opportunity statuses, in order. """
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | str | Unset = UNSET
    """ When the pipeline was created. Close sends it without a UTC offset (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    date_updated: datetime.datetime | str | Unset = UNSET
    """ When the pipeline last changed. Close sends it without a UTC offset (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created: str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
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
        id = d.pop("id")

        name = d.pop("name")

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "statuses": d.pop("statuses", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
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


def _convert_statuses(_raw: Any) -> list[OpportunityStatus] | Unset:
    _statuses = _raw
    statuses: list[OpportunityStatus] | Unset = (
        UNSET
        if _statuses is UNSET
        else [OpportunityStatus.from_dict(item) for item in _statuses]
    )

    return statuses


def _convert_date_created(_raw: Any) -> datetime.datetime | str | Unset:
    def _parse_date_created(data: object) -> datetime.datetime | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_created_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_created_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | str | Unset, data)

    date_created = _parse_date_created(_raw)

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | str | Unset:
    def _parse_date_updated(data: object) -> datetime.datetime | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_updated_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_updated_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | str | Unset, data)

    date_updated = _parse_date_updated(_raw)

    return date_updated


lazy_fields(
    Pipeline,
    {
        "statuses": _convert_statuses,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.opportunity_status import OpportunityStatus
