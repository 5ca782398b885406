from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Opportunity")


@_attrs_define
class Opportunity(LazyModel):
    """A potential deal on a lead. Money amounts are integers in cents of the organization's
    currency (`value: 50000` is 500.00).

    Custom field values: besides the properties below, the opportunity has one key per
    custom field that holds a value, `custom.cf_<field id>`: a string, a number, or a
    list for fields with `accepts_multiple_values: true`. Fields without a value are
    absent.

    """

    id: str | Unset = UNSET
    """ Opportunity id (`oppo_` prefix). """
    lead_id: str | Unset = UNSET
    lead_name: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ Id of the user the opportunity is assigned to. """
    user_name: None | str | Unset = UNSET
    status_id: str | Unset = UNSET
    status_label: str | Unset = UNSET
    status_type: str | Unset = UNSET
    """ Type of the status; currently `active`, `won` or `lost`. """
    status_display_name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    value: int | None | Unset = UNSET
    """ Value in cents. """
    value_period: None | str | Unset = UNSET
    """ Currently `one_time`, `monthly` or `annual`. """
    value_currency: None | str | Unset = UNSET
    """ Currency code of the organization, e.g. `USD`. """
    value_formatted: None | str | Unset = UNSET
    """ Display form, e.g. `$500` or `$50 monthly`. """
    confidence: int | None | Unset = UNSET
    """ Likelihood of winning, in percent. """
    expected_value: int | None | Unset = UNSET
    """ Value times confidence, in cents. """
    annualized_value: int | None | Unset = UNSET
    """ Value per year (monthly values times 12), in cents. """
    annualized_expected_value: int | None | Unset = UNSET
    """ Annualized value times confidence, in cents. """
    date_won: datetime.date | None | Unset = UNSET
    date_lost: datetime.date | None | Unset = UNSET
    """ The day the opportunity moved to a lost status [unverified: null in every real record seen]; null otherwise.
    """
    note: None | str | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    """ Files attached to the opportunity. """
    integration_links: list[IntegrationLink] | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lead_id = self.lead_id

        lead_name: None | str | Unset = self.lead_name

        contact_id: None | str | Unset = self.contact_id

        contact_name: None | str | Unset = self.contact_name

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        status_id = self.status_id

        status_label = self.status_label

        status_type = self.status_type

        status_display_name = self.status_display_name

        pipeline_id = self.pipeline_id

        pipeline_name = self.pipeline_name

        value: int | None | Unset = self.value

        value_period: None | str | Unset = self.value_period

        value_currency: None | str | Unset = self.value_currency

        value_formatted: None | str | Unset = self.value_formatted

        confidence: int | None | Unset = self.confidence

        expected_value: int | None | Unset = self.expected_value

        annualized_value: int | None | Unset = self.annualized_value

        annualized_expected_value: int | None | Unset = self.annualized_expected_value

        date_won: None | str | Unset
        if isinstance(self.date_won, Unset):
            date_won = UNSET
        elif isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won

        date_lost: None | str | Unset
        if isinstance(self.date_lost, Unset):
            date_lost = UNSET
        elif isinstance(self.date_lost, datetime.date):
            date_lost = self.date_lost.isoformat()
        else:
            date_lost = self.date_lost

        note: None | str | Unset = self.note

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        created_by_name: None | str | Unset = self.created_by_name

        updated_by: None | str | Unset = self.updated_by

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
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_name is not UNSET:
            field_dict["lead_name"] = lead_name
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status_label is not UNSET:
            field_dict["status_label"] = status_label
        if status_type is not UNSET:
            field_dict["status_type"] = status_type
        if status_display_name is not UNSET:
            field_dict["status_display_name"] = status_display_name
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if pipeline_name is not UNSET:
            field_dict["pipeline_name"] = pipeline_name
        if value is not UNSET:
            field_dict["value"] = value
        if value_period is not UNSET:
            field_dict["value_period"] = value_period
        if value_currency is not UNSET:
            field_dict["value_currency"] = value_currency
        if value_formatted is not UNSET:
            field_dict["value_formatted"] = value_formatted
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value
        if annualized_value is not UNSET:
            field_dict["annualized_value"] = annualized_value
        if annualized_expected_value is not UNSET:
            field_dict["annualized_expected_value"] = annualized_expected_value
        if date_won is not UNSET:
            field_dict["date_won"] = date_won
        if date_lost is not UNSET:
            field_dict["date_lost"] = date_lost
        if note is not UNSET:
            field_dict["note"] = note
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
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

        lead_id = d.pop("lead_id", UNSET)

        lead_name: None | str | Unset = d.pop("lead_name", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        contact_name: None | str | Unset = d.pop("contact_name", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        status_id = d.pop("status_id", UNSET)

        status_label = d.pop("status_label", UNSET)

        status_type = d.pop("status_type", UNSET)

        status_display_name = d.pop("status_display_name", UNSET)

        pipeline_id = d.pop("pipeline_id", UNSET)

        pipeline_name = d.pop("pipeline_name", UNSET)

        value: int | None | Unset = d.pop("value", UNSET)

        value_period: None | str | Unset = d.pop("value_period", UNSET)

        value_currency: None | str | Unset = d.pop("value_currency", UNSET)

        value_formatted: None | str | Unset = d.pop("value_formatted", UNSET)

        confidence: int | None | Unset = d.pop("confidence", UNSET)

        expected_value: int | None | Unset = d.pop("expected_value", UNSET)

        annualized_value: int | None | Unset = d.pop("annualized_value", UNSET)

        annualized_expected_value: int | None | Unset = d.pop(
            "annualized_expected_value", UNSET
        )

        note: None | str | Unset = d.pop("note", UNSET)

        attachments: list[Any] | Unset = d.pop("attachments", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_won": d.pop("date_won", UNSET),
            "date_lost": d.pop("date_lost", UNSET),
            "integration_links": d.pop("integration_links", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.lead_id = lead_id
        _model.lead_name = lead_name
        _model.contact_id = contact_id
        _model.contact_name = contact_name
        _model.user_id = user_id
        _model.user_name = user_name
        _model.status_id = status_id
        _model.status_label = status_label
        _model.status_type = status_type
        _model.status_display_name = status_display_name
        _model.pipeline_id = pipeline_id
        _model.pipeline_name = pipeline_name
        _model.value = value
        _model.value_period = value_period
        _model.value_currency = value_currency
        _model.value_formatted = value_formatted
        _model.confidence = confidence
        _model.expected_value = expected_value
        _model.annualized_value = annualized_value
        _model.annualized_expected_value = annualized_expected_value
        _model.note = note
        _model.attachments = attachments
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.created_by_name = created_by_name
        _model.updated_by = updated_by
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


def _convert_date_won(_raw: Any) -> datetime.date | None | Unset:
    def _parse_date_won(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_won_type_0 = datetime.date.fromisoformat(data)

            return date_won_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    date_won = _parse_date_won(_raw)

    return date_won


def _convert_date_lost(_raw: Any) -> datetime.date | None | Unset:
    def _parse_date_lost(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_lost_type_0 = datetime.date.fromisoformat(data)

            return date_lost_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    date_lost = _parse_date_lost(_raw)

    return date_lost


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
    Opportunity,
    {
        "date_won": _convert_date_won,
        "date_lost": _convert_date_lost,
        "integration_links": _convert_integration_links,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.integration_link import IntegrationLink
