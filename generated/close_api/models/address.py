from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address of a lead."""

    label: None | str | Unset = UNSET
    """ Kind of address, e.g. `business`, `mailing`, `other`. """
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code, e.g. `US`. """
    tz_ids: list[str] | Unset = UNSET
    """ Time zones of the address (set by Close). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset = self.label

        address_1: None | str | Unset = self.address_1

        address_2: None | str | Unset = self.address_2

        city: None | str | Unset = self.city

        state: None | str | Unset = self.state

        zipcode: None | str | Unset = self.zipcode

        country: None | str | Unset = self.country

        tz_ids: list[str] | Unset = UNSET
        if not isinstance(self.tz_ids, Unset):
            tz_ids = self.tz_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country
        if tz_ids is not UNSET:
            field_dict["tz_ids"] = tz_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label: None | str | Unset = d.pop("label", UNSET)

        address_1: None | str | Unset = d.pop("address_1", UNSET)

        address_2: None | str | Unset = d.pop("address_2", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        zipcode: None | str | Unset = d.pop("zipcode", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        tz_ids: list[str] | Unset = d.pop("tz_ids", UNSET)

        address = cls(
            label,
            address_1,
            address_2,
            city,
            state,
            zipcode,
            country,
            tz_ids,
        )

        address.additional_properties = d
        return address

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
