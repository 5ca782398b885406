from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldEnrichmentResult")


@_attrs_define
class FieldEnrichmentResult:
    """The answer of a field enrichment; its shape is [unverified]."""

    object_type: str
    object_id: str
    field_id: str
    value: Any
    """ The value found, typed as the field's values are. """
    value_set: bool
    """ Whether the value was stored on the record. """
    previous_value: Any | Unset = UNSET
    """ The value the record held before, or null. """
    source: str | Unset = UNSET
    """ `emulator` for the emulator's deterministic values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        object_id = self.object_id

        field_id = self.field_id

        value = self.value

        value_set = self.value_set

        previous_value = self.previous_value

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "object_id": object_id,
                "field_id": field_id,
                "value": value,
                "value_set": value_set,
            }
        )
        if previous_value is not UNSET:
            field_dict["previous_value"] = previous_value
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_type = d.pop("object_type")

        object_id = d.pop("object_id")

        field_id = d.pop("field_id")

        value = d.pop("value")

        value_set = d.pop("value_set")

        previous_value = d.pop("previous_value", UNSET)

        source = d.pop("source", UNSET)

        field_enrichment_result = cls(
            object_type,
            object_id,
            field_id,
            value,
            value_set,
            previous_value,
            source,
        )

        field_enrichment_result.additional_properties = d
        return field_enrichment_result

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
