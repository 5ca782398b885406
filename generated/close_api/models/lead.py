from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead(LazyModel):
    """A lead: a company or organization, with its contacts, opportunities, incomplete tasks
    and custom field values. Activities are not part of it.

    Custom field values: besides the properties below, the lead has one key per custom
    field that holds a value, `custom.cf_<field id>`. The value is a string (text,
    textarea, choices, date `YYYY-MM-DD`, datetime, and the ids held by `user`, `contact`
    and `custom_object` fields), a number (number fields), or a list of those for fields
    with `accepts_multiple_values: true`. Fields without a value are absent (never null);
    `user` fields always hold user ids. The deprecated `custom` object (keyed by field
    name) may also appear. Smart Fields appear only when requested with `_fields`.

    """

    id: str | Unset = UNSET
    """ Lead id (`lead_` prefix). """
    name: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    """ Name to display for the lead. """
    status_id: str | Unset = UNSET
    """ Id of the lead's status (`stat_` prefix). """
    status_label: str | Unset = UNSET
    """ Label of the lead's status. """
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    """ The lead's website. """
    addresses: list[Address] | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    contact_ids: list[str] | Unset = UNSET
    """ Ids of the lead's contacts. """
    opportunities: list[Opportunity] | Unset = UNSET
    tasks: list[Task] | Unset = UNSET
    """ The lead's incomplete tasks. """
    integration_links: list[IntegrationLink] | Unset = UNSET
    html_url: str | Unset = UNSET
    """ URL of the lead in the Close web app. """
    custom: LeadCustom | Unset = UNSET
    """ Deprecated: the lead's custom field values keyed by field *name* (every real lead
    carries it, `{}` when empty). Read `custom.cf_<id>` keys instead; field names
    are not unique across shared and regular fields.
     """
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    """ Id of the user who created the lead. """
    updated_by: None | str | Unset = UNSET
    """ Id of the user who last changed the lead. """
    created_by_name: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset = self.name

        display_name = self.display_name

        status_id = self.status_id

        status_label = self.status_label

        description: None | str | Unset = self.description

        url: None | str | Unset = self.url

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        opportunities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opportunities, Unset):
            opportunities = []
            for opportunities_item_data in self.opportunities:
                opportunities_item = opportunities_item_data.to_dict()
                opportunities.append(opportunities_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        html_url = self.html_url

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        created_by_name: None | str | Unset = self.created_by_name

        updated_by_name: None | str | Unset = self.updated_by_name

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
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status_label is not UNSET:
            field_dict["status_label"] = status_label
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if opportunities is not UNSET:
            field_dict["opportunities"] = opportunities
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if custom is not UNSET:
            field_dict["custom"] = custom
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        status_id = d.pop("status_id", UNSET)

        status_label = d.pop("status_label", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        contact_ids: list[str] | Unset = d.pop("contact_ids", UNSET)

        html_url = d.pop("html_url", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "addresses": d.pop("addresses", UNSET),
            "contacts": d.pop("contacts", UNSET),
            "opportunities": d.pop("opportunities", UNSET),
            "tasks": d.pop("tasks", UNSET),
            "integration_links": d.pop("integration_links", UNSET),
            "custom": d.pop("custom", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.display_name = display_name
        _model.status_id = status_id
        _model.status_label = status_label
        _model.description = description
        _model.url = url
        _model.contact_ids = contact_ids
        _model.html_url = html_url
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
        _model.created_by_name = created_by_name
        _model.updated_by_name = updated_by_name

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


def _convert_contacts(_raw: Any) -> list[Contact] | Unset:
    _contacts = _raw
    contacts: list[Contact] | Unset = (
        UNSET if _contacts is UNSET else [Contact.from_dict(item) for item in _contacts]
    )

    return contacts


def _convert_opportunities(_raw: Any) -> list[Opportunity] | Unset:
    _opportunities = _raw
    opportunities: list[Opportunity] | Unset = (
        UNSET
        if _opportunities is UNSET
        else [Opportunity.from_dict(item) for item in _opportunities]
    )

    return opportunities


def _convert_tasks(_raw: Any) -> list[Task] | Unset:
    _tasks = _raw
    tasks: list[Task] | Unset = (
        UNSET if _tasks is UNSET else [Task.from_dict(item) for item in _tasks]
    )

    return tasks


def _convert_integration_links(_raw: Any) -> list[IntegrationLink] | Unset:
    _integration_links = _raw
    integration_links: list[IntegrationLink] | Unset = (
        UNSET
        if _integration_links is UNSET
        else [IntegrationLink.from_dict(item) for item in _integration_links]
    )

    return integration_links


def _convert_custom(_raw: Any) -> LeadCustom | Unset:
    _custom = _raw
    custom: LeadCustom | Unset
    if _custom is UNSET:
        custom = UNSET
    else:
        custom = LeadCustom.from_dict(_custom)

    return custom


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
    Lead,
    {
        "addresses": _convert_addresses,
        "contacts": _convert_contacts,
        "opportunities": _convert_opportunities,
        "tasks": _convert_tasks,
        "integration_links": _convert_integration_links,
        "custom": _convert_custom,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.address import Address
from ..models.contact import Contact
from ..models.integration_link import IntegrationLink
from ..models.lead_custom import LeadCustom
from ..models.opportunity import Opportunity
from ..models.task import Task
