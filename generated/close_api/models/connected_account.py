from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="ConnectedAccount")


@_attrs_define
class ConnectedAccount(LazyModel):
    """A connected account. `_type` is `google`, `microsoft`, `custom_email`, `zoom` or
    `calendly`. The emulator fills the email properties; which properties each type
    carries beyond those is [unverified]. No `required`, as `_fields` may drop any.

    """

    id: str | Unset = UNSET
    """ Id (`emailacct_` prefix for email accounts). """
    type_: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: None | str | Unset = UNSET
    identities: list[ConnectedAccountIdentitiesItem] | Unset = UNSET
    """ The addresses and names the account sends as. """
    default_identity: ConnectedAccountDefaultIdentityType0 | None | Unset = UNSET
    available_features: list[str] | Unset = UNSET
    enabled_features: list[str] | Unset = UNSET
    send_status: None | str | Unset = UNSET
    receive_status: None | str | Unset = UNSET
    email_receive_status: None | str | Unset = UNSET
    calendar_receive_status: None | str | Unset = UNSET
    latest_send_error: None | str | Unset = UNSET
    latest_receive_error: None | str | Unset = UNSET
    synced_calendars: list[ConnectedAccountSyncedCalendarsItem] | Unset = UNSET
    organization_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        user_id = self.user_id

        email: None | str | Unset = self.email

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        default_identity: dict[str, Any] | None | Unset
        if isinstance(self.default_identity, Unset):
            default_identity = UNSET
        elif isinstance(self.default_identity, ConnectedAccountDefaultIdentityType0):
            default_identity = self.default_identity.to_dict()
        else:
            default_identity = self.default_identity

        available_features: list[str] | Unset = UNSET
        if not isinstance(self.available_features, Unset):
            available_features = self.available_features

        enabled_features: list[str] | Unset = UNSET
        if not isinstance(self.enabled_features, Unset):
            enabled_features = self.enabled_features

        send_status: None | str | Unset = self.send_status

        receive_status: None | str | Unset = self.receive_status

        email_receive_status: None | str | Unset = self.email_receive_status

        calendar_receive_status: None | str | Unset = self.calendar_receive_status

        latest_send_error: None | str | Unset = self.latest_send_error

        latest_receive_error: None | str | Unset = self.latest_receive_error

        synced_calendars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.synced_calendars, Unset):
            synced_calendars = []
            for synced_calendars_item_data in self.synced_calendars:
                synced_calendars_item = synced_calendars_item_data.to_dict()
                synced_calendars.append(synced_calendars_item)

        organization_id = self.organization_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if identities is not UNSET:
            field_dict["identities"] = identities
        if default_identity is not UNSET:
            field_dict["default_identity"] = default_identity
        if available_features is not UNSET:
            field_dict["available_features"] = available_features
        if enabled_features is not UNSET:
            field_dict["enabled_features"] = enabled_features
        if send_status is not UNSET:
            field_dict["send_status"] = send_status
        if receive_status is not UNSET:
            field_dict["receive_status"] = receive_status
        if email_receive_status is not UNSET:
            field_dict["email_receive_status"] = email_receive_status
        if calendar_receive_status is not UNSET:
            field_dict["calendar_receive_status"] = calendar_receive_status
        if latest_send_error is not UNSET:
            field_dict["latest_send_error"] = latest_send_error
        if latest_receive_error is not UNSET:
            field_dict["latest_receive_error"] = latest_receive_error
        if synced_calendars is not UNSET:
            field_dict["synced_calendars"] = synced_calendars
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("_type", UNSET)

        user_id = d.pop("user_id", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        available_features: list[str] | Unset = d.pop("available_features", UNSET)

        enabled_features: list[str] | Unset = d.pop("enabled_features", UNSET)

        send_status: None | str | Unset = d.pop("send_status", UNSET)

        receive_status: None | str | Unset = d.pop("receive_status", UNSET)

        email_receive_status: None | str | Unset = d.pop("email_receive_status", UNSET)

        calendar_receive_status: None | str | Unset = d.pop(
            "calendar_receive_status", UNSET
        )

        latest_send_error: None | str | Unset = d.pop("latest_send_error", UNSET)

        latest_receive_error: None | str | Unset = d.pop("latest_receive_error", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "identities": d.pop("identities", UNSET),
            "default_identity": d.pop("default_identity", UNSET),
            "synced_calendars": d.pop("synced_calendars", UNSET),
            "date_created": d.pop("date_created", UNSET),
        }
        _model.id = id
        _model.type_ = type_
        _model.user_id = user_id
        _model.email = email
        _model.available_features = available_features
        _model.enabled_features = enabled_features
        _model.send_status = send_status
        _model.receive_status = receive_status
        _model.email_receive_status = email_receive_status
        _model.calendar_receive_status = calendar_receive_status
        _model.latest_send_error = latest_send_error
        _model.latest_receive_error = latest_receive_error
        _model.organization_id = organization_id

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


def _convert_identities(_raw: Any) -> list[ConnectedAccountIdentitiesItem] | Unset:
    _identities = _raw
    identities: list[ConnectedAccountIdentitiesItem] | Unset = (
        UNSET
        if _identities is UNSET
        else [ConnectedAccountIdentitiesItem.from_dict(item) for item in _identities]
    )

    return identities


def _convert_default_identity(
    _raw: Any,
) -> ConnectedAccountDefaultIdentityType0 | None | Unset:
    def _parse_default_identity(
        data: object,
    ) -> ConnectedAccountDefaultIdentityType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            default_identity_type_0 = ConnectedAccountDefaultIdentityType0.from_dict(
                data
            )

            return default_identity_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ConnectedAccountDefaultIdentityType0 | None | Unset, data)

    default_identity = _parse_default_identity(_raw)

    return default_identity


def _convert_synced_calendars(
    _raw: Any,
) -> list[ConnectedAccountSyncedCalendarsItem] | Unset:
    _synced_calendars = _raw
    synced_calendars: list[ConnectedAccountSyncedCalendarsItem] | Unset = (
        UNSET
        if _synced_calendars is UNSET
        else [
            ConnectedAccountSyncedCalendarsItem.from_dict(item)
            for item in _synced_calendars
        ]
    )

    return synced_calendars


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


lazy_fields(
    ConnectedAccount,
    {
        "identities": _convert_identities,
        "default_identity": _convert_default_identity,
        "synced_calendars": _convert_synced_calendars,
        "date_created": _convert_date_created,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.connected_account_default_identity_type_0 import (
    ConnectedAccountDefaultIdentityType0,
)
from ..models.connected_account_identities_item import ConnectedAccountIdentitiesItem
from ..models.connected_account_synced_calendars_item import (
    ConnectedAccountSyncedCalendarsItem,
)
