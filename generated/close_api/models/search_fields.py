from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchFields")


@_attrs_define
class SearchFields:
    """The properties each object type's hits carry, keyed by object type."""

    lead: list[str] | Unset = UNSET
    contact: list[str] | Unset = UNSET
    opportunity: list[str] | Unset = UNSET
    custom_object: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lead: list[str] | Unset = UNSET
        if not isinstance(self.lead, Unset):
            lead = self.lead

        contact: list[str] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact

        opportunity: list[str] | Unset = UNSET
        if not isinstance(self.opportunity, Unset):
            opportunity = self.opportunity

        custom_object: list[str] | Unset = UNSET
        if not isinstance(self.custom_object, Unset):
            custom_object = self.custom_object

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lead is not UNSET:
            field_dict["lead"] = lead
        if contact is not UNSET:
            field_dict["contact"] = contact
        if opportunity is not UNSET:
            field_dict["opportunity"] = opportunity
        if custom_object is not UNSET:
            field_dict["custom_object"] = custom_object

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead: list[str] | Unset = d.pop("lead", UNSET)

        contact: list[str] | Unset = d.pop("contact", UNSET)

        opportunity: list[str] | Unset = d.pop("opportunity", UNSET)

        custom_object: list[str] | Unset = d.pop("custom_object", UNSET)

        search_fields = cls(
            lead,
            contact,
            opportunity,
            custom_object,
        )

        return search_fields
