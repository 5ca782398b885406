from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.field_enrichment_object_type import (
    FieldEnrichmentObjectType,
    check_field_enrichment_object_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldEnrichment")


@_attrs_define
class FieldEnrichment:
    organization_id: str
    object_type: FieldEnrichmentObjectType
    object_id: str
    field_id: str
    set_new_value: bool | Unset = True
    overwrite_existing_value: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        object_type: str = self.object_type

        object_id: str = self.object_id

        field_id = self.field_id

        set_new_value = self.set_new_value

        overwrite_existing_value = self.overwrite_existing_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "object_type": object_type,
                "object_id": object_id,
                "field_id": field_id,
            }
        )
        if set_new_value is not UNSET:
            field_dict["set_new_value"] = set_new_value
        if overwrite_existing_value is not UNSET:
            field_dict["overwrite_existing_value"] = overwrite_existing_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        object_type = check_field_enrichment_object_type(d.pop("object_type"))

        object_id: str = d.pop("object_id")

        field_id = d.pop("field_id")

        set_new_value = d.pop("set_new_value", UNSET)

        overwrite_existing_value = d.pop("overwrite_existing_value", UNSET)

        field_enrichment = cls(
            organization_id,
            object_type,
            object_id,
            field_id,
            set_new_value,
            overwrite_existing_value,
        )

        return field_enrichment
