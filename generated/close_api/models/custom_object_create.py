from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomObjectCreate")


@_attrs_define
class CustomObjectCreate:
    """A new custom object: `custom_object_type_id`, `lead_id` and `name` are required.

    Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
    number, or for a multi-value field a list, which replaces the whole value). The type
    decides which fields can be set; fields required on the type must get a value.

    """

    custom_object_type_id: str
    """ The type of the object; it decides which custom fields can be set. """
    lead_id: str
    """ The lead the object belongs to. """
    name: str
    """ Display name of the object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_object_type_id = self.custom_object_type_id

        lead_id = self.lead_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_object_type_id": custom_object_type_id,
                "lead_id": lead_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_object_type_id = d.pop("custom_object_type_id")

        lead_id = d.pop("lead_id")

        name = d.pop("name")

        custom_object_create = cls(
            custom_object_type_id,
            lead_id,
            name,
        )

        custom_object_create.additional_properties = d
        return custom_object_create

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
