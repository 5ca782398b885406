from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="FormSubmission")


@_attrs_define
class FormSubmission(LazyModel):
    """A submission of one of the organization's forms; only Close makes them."""

    id: str | Unset = UNSET
    """ Activity id (`acti_` prefix). """
    type_: Literal["FormSubmission"] | Unset = UNSET
    """ Always `FormSubmission`. """
    lead_id: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    form_id: str | Unset = UNSET
    form_name: None | str | Unset = UNSET
    form_configuration_id: None | str | Unset = UNSET
    values: FormSubmissionValues | Unset = UNSET
    """ Answers keyed by `formfld_…` id. """
    values_by_name: FormSubmissionValuesByName | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    source_url_normalized: None | str | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
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

        type_ = self.type_

        lead_id = self.lead_id

        contact_id: None | str | Unset = self.contact_id

        user_id: None | str | Unset = self.user_id

        user_name: None | str | Unset = self.user_name

        form_id = self.form_id

        form_name: None | str | Unset = self.form_name

        form_configuration_id: None | str | Unset = self.form_configuration_id

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        values_by_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values_by_name, Unset):
            values_by_name = self.values_by_name.to_dict()

        ip_address: None | str | Unset = self.ip_address

        origin: None | str | Unset = self.origin

        source_url: None | str | Unset = self.source_url

        source_url_normalized: None | str | Unset = self.source_url_normalized

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

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
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if form_name is not UNSET:
            field_dict["form_name"] = form_name
        if form_configuration_id is not UNSET:
            field_dict["form_configuration_id"] = form_configuration_id
        if values is not UNSET:
            field_dict["values"] = values
        if values_by_name is not UNSET:
            field_dict["values_by_name"] = values_by_name
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if origin is not UNSET:
            field_dict["origin"] = origin
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_url_normalized is not UNSET:
            field_dict["source_url_normalized"] = source_url_normalized
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
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

        type_ = cast(Literal["FormSubmission"] | Unset, d.pop("_type", UNSET))
        if type_ != "FormSubmission" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'FormSubmission', got '{type_}'")

        lead_id = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        form_id = d.pop("form_id", UNSET)

        form_name: None | str | Unset = d.pop("form_name", UNSET)

        form_configuration_id: None | str | Unset = d.pop(
            "form_configuration_id", UNSET
        )

        ip_address: None | str | Unset = d.pop("ip_address", UNSET)

        origin: None | str | Unset = d.pop("origin", UNSET)

        source_url: None | str | Unset = d.pop("source_url", UNSET)

        source_url_normalized: None | str | Unset = d.pop(
            "source_url_normalized", UNSET
        )

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "values": d.pop("values", UNSET),
            "values_by_name": d.pop("values_by_name", UNSET),
            "activity_at": d.pop("activity_at", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.type_ = type_
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.user_id = user_id
        _model.user_name = user_name
        _model.form_id = form_id
        _model.form_name = form_name
        _model.form_configuration_id = form_configuration_id
        _model.ip_address = ip_address
        _model.origin = origin
        _model.source_url = source_url
        _model.source_url_normalized = source_url_normalized
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


def _convert_values(_raw: Any) -> FormSubmissionValues | Unset:
    _values = _raw
    values: FormSubmissionValues | Unset
    if _values is UNSET:
        values = UNSET
    else:
        values = FormSubmissionValues.from_dict(_values)

    return values


def _convert_values_by_name(_raw: Any) -> FormSubmissionValuesByName | Unset:
    _values_by_name = _raw
    values_by_name: FormSubmissionValuesByName | Unset
    if _values_by_name is UNSET:
        values_by_name = UNSET
    else:
        values_by_name = FormSubmissionValuesByName.from_dict(_values_by_name)

    return values_by_name


def _convert_activity_at(_raw: Any) -> datetime.datetime | Unset:
    _activity_at = _raw
    activity_at: datetime.datetime | Unset
    if _activity_at is UNSET:
        activity_at = UNSET
    else:
        activity_at = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_activity_at)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return activity_at


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
    FormSubmission,
    {
        "values": _convert_values,
        "values_by_name": _convert_values_by_name,
        "activity_at": _convert_activity_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.form_submission_values import FormSubmissionValues
from ..models.form_submission_values_by_name import FormSubmissionValuesByName
