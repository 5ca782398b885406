from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact(LazyModel):
    """A person on a lead. Every contact belongs to exactly one lead.

    Custom field values: besides the properties below, the contact has one key per custom
    field that holds a value, `custom.cf_<field id>`: a string, a number, or a list for
    fields with `accepts_multiple_values: true`. Fields without a value are absent.

    """

    id: str | Unset = UNSET
    """ Contact id (`cont_` prefix). """
    lead_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    emails: list[ContactEmail] | Unset = UNSET
    phones: list[ContactPhone] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    integration_links: list[IntegrationLink] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lead_id = self.lead_id

        organization_id = self.organization_id

        name: None | str | Unset = self.name

        title: None | str | Unset = self.title

        display_name = self.display_name

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

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if urls is not UNSET:
            field_dict["urls"] = urls
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        lead_id = d.pop("lead_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        display_name = d.pop("display_name", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "emails": d.pop("emails", UNSET),
            "phones": d.pop("phones", UNSET),
            "urls": d.pop("urls", UNSET),
            "integration_links": d.pop("integration_links", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.lead_id = lead_id
        _model.organization_id = organization_id
        _model.name = name
        _model.title = title
        _model.display_name = display_name
        _model.created_by = created_by
        _model.updated_by = updated_by

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


def _convert_integration_links(_raw: Any) -> list[IntegrationLink] | Unset:
    _integration_links = _raw
    integration_links: list[IntegrationLink] | Unset = (
        UNSET
        if _integration_links is UNSET
        else [IntegrationLink.from_dict(item) for item in _integration_links]
    )

    return integration_links


def _convert_date_created(_raw: Any) -> datetime.datetime | Unset:
    _date_created = _raw
    date_created: datetime.datetime | Unset
    if _date_created is UNSET:
        date_created = UNSET
    else:
        date_created = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_created)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | Unset:
    _date_updated = _raw
    date_updated: datetime.datetime | Unset
    if _date_updated is UNSET:
        date_updated = UNSET
    else:
        date_updated = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_updated)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_updated


lazy_fields(
    Contact,
    {
        "emails": _convert_emails,
        "phones": _convert_phones,
        "urls": _convert_urls,
        "integration_links": _convert_integration_links,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.contact_email import ContactEmail
from ..models.contact_phone import ContactPhone
from ..models.contact_url import ContactUrl
from ..models.integration_link import IntegrationLink
