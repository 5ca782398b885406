from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate(LazyModel):
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ ISO 4217 code, e.g. `EUR`. """
    lead_statuses: list[OrganizationUpdateLeadStatusesItem] | Unset = UNSET
    """ Existing lead statuses by id, in their new order. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "lead_statuses": d.pop("lead_statuses", UNSET),
        }
        _model.name = name
        _model.currency = currency
        return _model

        return _model


def _convert_lead_statuses(
    _raw: Any,
) -> list[OrganizationUpdateLeadStatusesItem] | Unset:
    _lead_statuses = _raw
    lead_statuses: list[OrganizationUpdateLeadStatusesItem] | Unset = (
        UNSET
        if _lead_statuses is UNSET
        else [
            OrganizationUpdateLeadStatusesItem.from_dict(item)
            for item in _lead_statuses
        ]
    )

    return lead_statuses


lazy_fields(
    OrganizationUpdate,
    {
        "lead_statuses": _convert_lead_statuses,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.organization_update_lead_statuses_item import (
    OrganizationUpdateLeadStatusesItem,
)
