from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPhone")


@_attrs_define
class ContactPhone:
    """A phone number of a contact. Close stores numbers in E.164 form (`8004445555` becomes
    `+18004445555`) and adds a formatted version.

    """

    phone: str
    phone_formatted: str | Unset = UNSET
    """ Display form set by Close. """
    type_: str | Unset = UNSET
    """ Kind of number, e.g. `office`, `mobile`, `home`, `fax`, `other`. """
    country: None | str | Unset = UNSET
    """ ISO country code of the number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        phone_formatted = self.phone_formatted

        type_ = self.type_

        country: None | str | Unset = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if phone_formatted is not UNSET:
            field_dict["phone_formatted"] = phone_formatted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        phone_formatted = d.pop("phone_formatted", UNSET)

        type_ = d.pop("type", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        contact_phone = cls(
            phone,
            phone_formatted,
            type_,
            country,
        )

        contact_phone.additional_properties = d
        return contact_phone

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
