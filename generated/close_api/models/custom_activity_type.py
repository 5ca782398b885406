from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomActivityType")


@_attrs_define
class CustomActivityType(LazyModel):
    """A Custom Activity Type with the metadata of its custom fields."""

    id: str
    """ Type id (`actitype_` prefix). """
    name: str
    organization_id: str
    date_created: datetime.datetime | str
    """ When the type was created. Close sends it without a UTC offset (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    date_updated: datetime.datetime | str
    """ When the type last changed. Close sends it without a UTC offset (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    description: None | str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    """ Whether only API clients may create activities of this type. """
    editable_with_roles: list[str] | Unset = UNSET
    """ Roles allowed to edit activities of this type; empty means anyone. """
    is_archived: bool | Unset = UNSET
    fields: list[CustomField] | Unset = UNSET
    """ Custom fields of this type, in display order. """
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization_id = self.organization_id

        date_created: str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: str
        if isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        description: None | str | Unset = self.description

        api_create_only = self.api_create_only

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        is_archived = self.is_archived

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "organization_id": organization_id,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if fields is not UNSET:
            field_dict["fields"] = fields
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

        organization_id = d.pop("organization_id")

        description: None | str | Unset = d.pop("description", UNSET)

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
            "date_updated": d.pop("date_updated"),
            "fields": d.pop("fields", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.organization_id = organization_id
        _model.description = description
        _model.api_create_only = api_create_only
        _model.editable_with_roles = editable_with_roles
        _model.is_archived = is_archived
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


def _convert_date_created(_raw: Any) -> datetime.datetime | str:
    def _parse_date_created(data: object) -> datetime.datetime | str:
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
        return cast(datetime.datetime | str, data)

    date_created = _parse_date_created(_raw)

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | str:
    def _parse_date_updated(data: object) -> datetime.datetime | str:
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
        return cast(datetime.datetime | str, data)

    date_updated = _parse_date_updated(_raw)

    return date_updated


def _convert_fields(_raw: Any) -> list[CustomField] | Unset:
    _fields = _raw
    fields: list[CustomField] | Unset = (
        UNSET if _fields is UNSET else [CustomField.from_dict(item) for item in _fields]
    )

    return fields


lazy_fields(
    CustomActivityType,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
        "fields": _convert_fields,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_field import CustomField
