from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="User")


@_attrs_define
class User(LazyModel):
    id: str | Unset = UNSET
    """ User id (`user_` prefix). """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: str | Unset = UNSET
    image: None | str | Unset = UNSET
    """ URL of the user's picture. """
    organizations: list[str] | Unset = UNSET
    """ Ids of the organizations the user belongs to. """
    last_used_timezone: None | str | Unset = UNSET
    """ The IANA time zone the user last worked in, e.g. `America/New_York`. """
    email_verified_at: datetime.datetime | None | Unset = UNSET
    google_profile_image_url: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name: None | str | Unset = self.first_name

        last_name: None | str | Unset = self.last_name

        email = self.email

        image: None | str | Unset = self.image

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        last_used_timezone: None | str | Unset = self.last_used_timezone

        email_verified_at: None | str | Unset
        if isinstance(self.email_verified_at, Unset):
            email_verified_at = UNSET
        elif isinstance(self.email_verified_at, datetime.datetime):
            email_verified_at = self.email_verified_at.isoformat()
        else:
            email_verified_at = self.email_verified_at

        google_profile_image_url: None | str | Unset = self.google_profile_image_url

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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if image is not UNSET:
            field_dict["image"] = image
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if last_used_timezone is not UNSET:
            field_dict["last_used_timezone"] = last_used_timezone
        if email_verified_at is not UNSET:
            field_dict["email_verified_at"] = email_verified_at
        if google_profile_image_url is not UNSET:
            field_dict["google_profile_image_url"] = google_profile_image_url
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        image: None | str | Unset = d.pop("image", UNSET)

        organizations: list[str] | Unset = d.pop("organizations", UNSET)

        last_used_timezone: None | str | Unset = d.pop("last_used_timezone", UNSET)

        google_profile_image_url: None | str | Unset = d.pop(
            "google_profile_image_url", UNSET
        )

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "email_verified_at": d.pop("email_verified_at", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.first_name = first_name
        _model.last_name = last_name
        _model.email = email
        _model.image = image
        _model.organizations = organizations
        _model.last_used_timezone = last_used_timezone
        _model.google_profile_image_url = google_profile_image_url

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


def _convert_email_verified_at(_raw: Any) -> datetime.datetime | None | Unset:
    def _parse_email_verified_at(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            email_verified_at_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return email_verified_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    email_verified_at = _parse_email_verified_at(_raw)

    return email_verified_at


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
    User,
    {
        "email_verified_at": _convert_email_verified_at,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
