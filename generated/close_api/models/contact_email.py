from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactEmail")


@_attrs_define
class ContactEmail:
    """An email address of a contact."""

    email: str
    """ An email address; Close refuses one that is not. """
    type_: str | Unset = UNSET
    """ Kind of address, e.g. `office`, `home`, `other`. """
    is_unsubscribed: bool | Unset = UNSET
    """ Whether the address unsubscribed from emails sent through Close. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        type_ = self.type_

        is_unsubscribed = self.is_unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_unsubscribed is not UNSET:
            field_dict["is_unsubscribed"] = is_unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        type_ = d.pop("type", UNSET)

        is_unsubscribed = d.pop("is_unsubscribed", UNSET)

        contact_email = cls(
            email,
            type_,
            is_unsubscribed,
        )

        contact_email.additional_properties = d
        return contact_email

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
