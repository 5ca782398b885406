from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name = self.display_name

        status_id = self.status_id

        status_label = self.status_label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

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

        _addresses = d.pop("addresses", UNSET)
        addresses: list[Address] | Unset = (
            UNSET
            if _addresses is UNSET
            else [Address.from_dict(item) for item in _addresses]
        )

        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = (
            UNSET
            if _contacts is UNSET
            else [Contact.from_dict(item) for item in _contacts]
        )

        contact_ids: list[str] | Unset = d.pop("contact_ids", UNSET)

        _opportunities = d.pop("opportunities", UNSET)
        opportunities: list[Opportunity] | Unset = (
            UNSET
            if _opportunities is UNSET
            else [Opportunity.from_dict(item) for item in _opportunities]
        )

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Task] | Unset = (
            UNSET if _tasks is UNSET else [Task.from_dict(item) for item in _tasks]
        )

        _integration_links = d.pop("integration_links", UNSET)
        integration_links: list[IntegrationLink] | Unset = (
            UNSET
            if _integration_links is UNSET
            else [IntegrationLink.from_dict(item) for item in _integration_links]
        )

        html_url = d.pop("html_url", UNSET)

        _custom = d.pop("custom", UNSET)
        custom: LeadCustom | Unset
        if _custom is UNSET:
            custom = UNSET
        else:
            custom = LeadCustom.from_dict(_custom)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _date_created = d.pop("date_created", UNSET)
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

        _date_updated = d.pop("date_updated", UNSET)
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

        lead = cls(
            id,
            name,
            display_name,
            status_id,
            status_label,
            description,
            url,
            addresses,
            contacts,
            contact_ids,
            opportunities,
            tasks,
            integration_links,
            html_url,
            custom,
            organization_id,
            created_by,
            updated_by,
            created_by_name,
            updated_by_name,
            date_created,
            date_updated,
        )

        lead.additional_properties = d
        return lead

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


# Imported after the class, once, so that models referring to each other can import one another.
from ..models.address import Address
from ..models.contact import Contact
from ..models.integration_link import IntegrationLink
from ..models.lead_custom import LeadCustom
from ..models.opportunity import Opportunity
from ..models.task import Task
