from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="LeadUpdate")


@_attrs_define
class LeadUpdate(LazyModel):
    """Changes to a lead; only the properties sent change. `contacts` cannot be changed
    here. Send either `status_id` or `status` (a label), not both.

    Custom field values: `custom.cf_<field id>` keys set a value (a string, a number, or
    for a multi-value field a list, which replaces the whole value);
    `custom.cf_<field id>: null` unsets the field; `custom.cf_<field id>.add` adds ONE
    value to a multi-value field and `custom.cf_<field id>.remove` removes ONE value.

    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    """ The lead's website. """
    status_id: str | Unset = UNSET
    """ Id of a lead status (recommended over `status`). """
    status: str | Unset = UNSET
    """ Label of an existing lead status; not together with `status_id`. """
    addresses: list[Address] | Unset = UNSET
    """ Replaces the lead's addresses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        url: None | str | Unset = self.url

        status_id = self.status_id

        status = self.status

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status is not UNSET:
            field_dict["status"] = status
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        status_id = d.pop("status_id", UNSET)

        status = d.pop("status", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "addresses": d.pop("addresses", UNSET),
        }
        _model.name = name
        _model.description = description
        _model.url = url
        _model.status_id = status_id
        _model.status = status

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


def _convert_addresses(_raw: Any) -> list[Address] | Unset:
    _addresses = _raw
    addresses: list[Address] | Unset = (
        UNSET
        if _addresses is UNSET
        else [Address.from_dict(item) for item in _addresses]
    )

    return addresses


lazy_fields(
    LeadUpdate,
    {
        "addresses": _convert_addresses,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.address import Address
