from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomFieldSchemaReorder")


@_attrs_define
class CustomFieldSchemaReorder:
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
        fields = [CustomFieldReference.from_dict(item) for item in d.pop("fields")]

        custom_field_schema_reorder = cls(
            fields,
        )

        return custom_field_schema_reorder


# Imported after the class, once, so that models referring to each other can import one another.
from ..models.custom_field_reference import CustomFieldReference
