from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="CustomActivityTypeUpdate")


@_attrs_define
class CustomActivityTypeUpdate(LazyModel):
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    is_archived: bool | Unset = UNSET
    fields: list[CustomFieldReference] | Unset = UNSET
    """ Display order of the type's fields (display only). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles: list[str] | Unset = d.pop("editable_with_roles", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "fields": d.pop("fields", UNSET),
        }
        _model.name = name
        _model.description = description
        _model.api_create_only = api_create_only
        _model.editable_with_roles = editable_with_roles
        _model.is_archived = is_archived
        return _model

        return _model


def _convert_fields(_raw: Any) -> list[CustomFieldReference] | Unset:
    _fields = _raw
    fields: list[CustomFieldReference] | Unset = (
        UNSET
        if _fields is UNSET
        else [CustomFieldReference.from_dict(item) for item in _fields]
    )

    return fields


lazy_fields(
    CustomActivityTypeUpdate,
    {
        "fields": _convert_fields,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_field_reference import CustomFieldReference
