from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization(LazyModel):
    id: str
    """ Organization id (`orga_` prefix). """
    name: str
    currency: str | Unset = UNSET
    """ Currency of opportunity values, e.g. `USD`. """
    lead_statuses: list[LeadStatus] | Unset = UNSET
    """ Lead statuses in order; the first is the default. """
    pipelines: list[Pipeline] | Unset = UNSET
    memberships: list[Membership] | Unset = UNSET
    inactive_memberships: list[Membership] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        pipelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipelines, Unset):
            pipelines = []
            for pipelines_item_data in self.pipelines:
                pipelines_item = pipelines_item_data.to_dict()
                pipelines.append(pipelines_item)

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        inactive_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_memberships, Unset):
            inactive_memberships = []
            for inactive_memberships_item_data in self.inactive_memberships:
                inactive_memberships_item = inactive_memberships_item_data.to_dict()
                inactive_memberships.append(inactive_memberships_item)

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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses
        if pipelines is not UNSET:
            field_dict["pipelines"] = pipelines
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if inactive_memberships is not UNSET:
            field_dict["inactive_memberships"] = inactive_memberships
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
        id = d.pop("id")

        name = d.pop("name")

        currency = d.pop("currency", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "lead_statuses": d.pop("lead_statuses", UNSET),
            "pipelines": d.pop("pipelines", UNSET),
            "memberships": d.pop("memberships", UNSET),
            "inactive_memberships": d.pop("inactive_memberships", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.currency = currency
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


def _convert_lead_statuses(_raw: Any) -> list[LeadStatus] | Unset:
    _lead_statuses = _raw
    lead_statuses: list[LeadStatus] | Unset = (
        UNSET
        if _lead_statuses is UNSET
        else [LeadStatus.from_dict(item) for item in _lead_statuses]
    )

    return lead_statuses


def _convert_pipelines(_raw: Any) -> list[Pipeline] | Unset:
    _pipelines = _raw
    pipelines: list[Pipeline] | Unset = (
        UNSET
        if _pipelines is UNSET
        else [Pipeline.from_dict(item) for item in _pipelines]
    )

    return pipelines


def _convert_memberships(_raw: Any) -> list[Membership] | Unset:
    _memberships = _raw
    memberships: list[Membership] | Unset = (
        UNSET
        if _memberships is UNSET
        else [Membership.from_dict(item) for item in _memberships]
    )

    return memberships


def _convert_inactive_memberships(_raw: Any) -> list[Membership] | Unset:
    _inactive_memberships = _raw
    inactive_memberships: list[Membership] | Unset = (
        UNSET
        if _inactive_memberships is UNSET
        else [Membership.from_dict(item) for item in _inactive_memberships]
    )

    return inactive_memberships


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
    Organization,
    {
        "lead_statuses": _convert_lead_statuses,
        "pipelines": _convert_pipelines,
        "memberships": _convert_memberships,
        "inactive_memberships": _convert_inactive_memberships,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.lead_status import LeadStatus
from ..models.membership import Membership
from ..models.pipeline import Pipeline
