from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate(LazyModel):
    """A new contact. Without `lead_id`, Close creates a new lead named after the contact.

    Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
    number, or for a multi-value field a list, which replaces the whole value).
    `contact` and `custom_object` fields only accept objects on the contact's lead.

    """

    lead_id: str | Unset = UNSET
    """ The lead the contact belongs to. """
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    emails: list[ContactEmail] | Unset = UNSET
    phones: list[ContactPhone] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        name: None | str | Unset = self.name

        title: None | str | Unset = self.title

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "emails": d.pop("emails", UNSET),
            "phones": d.pop("phones", UNSET),
            "urls": d.pop("urls", UNSET),
        }
        _model.lead_id = lead_id
        _model.name = name
        _model.title = title

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


def _convert_emails(_raw: Any) -> list[ContactEmail] | Unset:
    _emails = _raw
    emails: list[ContactEmail] | Unset = (
        UNSET
        if _emails is UNSET
        else [ContactEmail.from_dict(item) for item in _emails]
    )

    return emails


def _convert_phones(_raw: Any) -> list[ContactPhone] | Unset:
    _phones = _raw
    phones: list[ContactPhone] | Unset = (
        UNSET
        if _phones is UNSET
        else [ContactPhone.from_dict(item) for item in _phones]
    )

    return phones


def _convert_urls(_raw: Any) -> list[ContactUrl] | Unset:
    _urls = _raw
    urls: list[ContactUrl] | Unset = (
        UNSET if _urls is UNSET else [ContactUrl.from_dict(item) for item in _urls]
    )

    return urls


lazy_fields(
    ContactCreate,
    {
        "emails": _convert_emails,
        "phones": _convert_phones,
        "urls": _convert_urls,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.contact_email import ContactEmail
from ..models.contact_phone import ContactPhone
from ..models.contact_url import ContactUrl
