from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="CustomFieldSchemaReorder")


@_attrs_define
class CustomFieldSchemaReorder(LazyModel):
    """The new display order. Fields of the schema that are not listed keep their relative
    order and follow the listed ones.

    """

    fields: list[CustomFieldReference]

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "fields": d.pop("fields"),
        }
        return _model

        return _model


def _convert_fields(_raw: Any) -> list[CustomFieldReference]:
    fields = [CustomFieldReference.from_dict(item) for item in _raw]

    return fields


lazy_fields(
    CustomFieldSchemaReorder,
    {
        "fields": _convert_fields,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_field_reference import CustomFieldReference
