from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SharedCustomField")


@_attrs_define
class SharedCustomField(LazyModel):
    """A Shared Custom Field: like a regular custom field, plus `associations`, the object
    kinds it can be set on. Role restrictions and `required` are per association.

    """

    id: str | Unset = UNSET
    """ Field id (`cf_` prefix). """
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Data type of the values (see `CustomField.type`). """
    choices: list[str] | None | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | None | Unset = UNSET
    is_shared: bool | Unset = UNSET
    """ Always true. """
    associations: list[SharedCustomFieldAssociation] | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset = self.description

        type_ = self.type_

        choices: list[str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        accepts_multiple_values = self.accepts_multiple_values

        referenced_custom_type_id: None | str | Unset = self.referenced_custom_type_id

        back_reference_is_visible: bool | None | Unset = self.back_reference_is_visible

        is_shared = self.is_shared

        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if associations is not UNSET:
            field_dict["associations"] = associations
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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_choices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0: list[str] = data

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        choices = _parse_choices(d.pop("choices", UNSET))

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        referenced_custom_type_id: None | str | Unset = d.pop(
            "referenced_custom_type_id", UNSET
        )

        back_reference_is_visible: bool | None | Unset = d.pop(
            "back_reference_is_visible", UNSET
        )

        is_shared = d.pop("is_shared", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "associations": d.pop("associations", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.description = description
        _model.type_ = type_
        _model.choices = choices
        _model.accepts_multiple_values = accepts_multiple_values
        _model.referenced_custom_type_id = referenced_custom_type_id
        _model.back_reference_is_visible = back_reference_is_visible
        _model.is_shared = is_shared
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


def _convert_associations(_raw: Any) -> list[SharedCustomFieldAssociation] | Unset:
    _associations = _raw
    associations: list[SharedCustomFieldAssociation] | Unset = (
        UNSET
        if _associations is UNSET
        else [SharedCustomFieldAssociation.from_dict(item) for item in _associations]
    )

    return associations


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
    SharedCustomField,
    {
        "associations": _convert_associations,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.shared_custom_field_association import SharedCustomFieldAssociation
