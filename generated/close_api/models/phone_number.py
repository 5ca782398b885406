from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber(LazyModel):
    """A phone number of the organization (no `required`, as `_fields` may drop any)."""

    id: str | Unset = UNSET
    """ Id (`phon_` prefix [unverified]). """
    number: str | Unset = UNSET
    """ E.164. """
    number_formatted: str | Unset = UNSET
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ `internal` (rented from Close), `external` or `virtual`. """
    is_group_number: bool | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ The owner of a personal number; null on group numbers. """
    participants: list[str] | Unset = UNSET
    """ Members of a group number. """
    phone_numbers: list[str] | Unset = UNSET
    """ Outside numbers (E.164) that also ring for a group number. """
    phone_numbers_formatted: list[str] | Unset = UNSET
    forward_to: None | str | Unset = UNSET
    forward_to_formatted: None | str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: None | str | Unset = UNSET
    press_1_to_accept: bool | Unset = UNSET
    country: None | str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    """ `twilio` or `plivo`. """
    carrier_type: None | str | Unset = UNSET
    """ `local`, `national`, `mobile`, `tollfree` or `shortcode`. """
    sms_enabled: bool | Unset = UNSET
    mms_enabled: bool | Unset = UNSET
    supports_sms_to_countries: list[str] | Unset = UNSET
    supports_mms_to_countries: list[str] | Unset = UNSET
    is_premium: bool | Unset = UNSET
    is_verified: bool | Unset = UNSET
    was_ported: bool | Unset = UNSET
    address_id: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    last_billed_price: float | None | Unset = UNSET
    next_billing_on: datetime.datetime | None | Unset = UNSET
    organization_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        number_formatted = self.number_formatted

        label = self.label

        type_ = self.type_

        is_group_number = self.is_group_number

        user_id: None | str | Unset = self.user_id

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        phone_numbers_formatted: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers_formatted, Unset):
            phone_numbers_formatted = self.phone_numbers_formatted

        forward_to: None | str | Unset = self.forward_to

        forward_to_formatted: None | str | Unset = self.forward_to_formatted

        forward_to_enabled = self.forward_to_enabled

        voicemail_greeting_url: None | str | Unset = self.voicemail_greeting_url

        press_1_to_accept = self.press_1_to_accept

        country: None | str | Unset = self.country

        carrier: None | str | Unset = self.carrier

        carrier_type: None | str | Unset = self.carrier_type

        sms_enabled = self.sms_enabled

        mms_enabled = self.mms_enabled

        supports_sms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_sms_to_countries, Unset):
            supports_sms_to_countries = self.supports_sms_to_countries

        supports_mms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_mms_to_countries, Unset):
            supports_mms_to_countries = self.supports_mms_to_countries

        is_premium = self.is_premium

        is_verified = self.is_verified

        was_ported = self.was_ported

        address_id: None | str | Unset = self.address_id

        bundle_id: None | str | Unset = self.bundle_id

        last_billed_price: float | None | Unset = self.last_billed_price

        next_billing_on: None | str | Unset
        if isinstance(self.next_billing_on, Unset):
            next_billing_on = UNSET
        elif isinstance(self.next_billing_on, datetime.datetime):
            next_billing_on = self.next_billing_on.isoformat()
        else:
            next_billing_on = self.next_billing_on

        organization_id = self.organization_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if number_formatted is not UNSET:
            field_dict["number_formatted"] = number_formatted
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_group_number is not UNSET:
            field_dict["is_group_number"] = is_group_number
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if participants is not UNSET:
            field_dict["participants"] = participants
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if phone_numbers_formatted is not UNSET:
            field_dict["phone_numbers_formatted"] = phone_numbers_formatted
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if forward_to_formatted is not UNSET:
            field_dict["forward_to_formatted"] = forward_to_formatted
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if mms_enabled is not UNSET:
            field_dict["mms_enabled"] = mms_enabled
        if supports_sms_to_countries is not UNSET:
            field_dict["supports_sms_to_countries"] = supports_sms_to_countries
        if supports_mms_to_countries is not UNSET:
            field_dict["supports_mms_to_countries"] = supports_mms_to_countries
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if was_ported is not UNSET:
            field_dict["was_ported"] = was_ported
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if last_billed_price is not UNSET:
            field_dict["last_billed_price"] = last_billed_price
        if next_billing_on is not UNSET:
            field_dict["next_billing_on"] = next_billing_on
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        number_formatted = d.pop("number_formatted", UNSET)

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        is_group_number = d.pop("is_group_number", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        participants: list[str] | Unset = d.pop("participants", UNSET)

        phone_numbers: list[str] | Unset = d.pop("phone_numbers", UNSET)

        phone_numbers_formatted: list[str] | Unset = d.pop(
            "phone_numbers_formatted", UNSET
        )

        forward_to: None | str | Unset = d.pop("forward_to", UNSET)

        forward_to_formatted: None | str | Unset = d.pop("forward_to_formatted", UNSET)

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        voicemail_greeting_url: None | str | Unset = d.pop(
            "voicemail_greeting_url", UNSET
        )

        press_1_to_accept = d.pop("press_1_to_accept", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        carrier: None | str | Unset = d.pop("carrier", UNSET)

        carrier_type: None | str | Unset = d.pop("carrier_type", UNSET)

        sms_enabled = d.pop("sms_enabled", UNSET)

        mms_enabled = d.pop("mms_enabled", UNSET)

        supports_sms_to_countries: list[str] | Unset = d.pop(
            "supports_sms_to_countries", UNSET
        )

        supports_mms_to_countries: list[str] | Unset = d.pop(
            "supports_mms_to_countries", UNSET
        )

        is_premium = d.pop("is_premium", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        was_ported = d.pop("was_ported", UNSET)

        address_id: None | str | Unset = d.pop("address_id", UNSET)

        bundle_id: None | str | Unset = d.pop("bundle_id", UNSET)

        last_billed_price: float | None | Unset = d.pop("last_billed_price", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "next_billing_on": d.pop("next_billing_on", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.number = number
        _model.number_formatted = number_formatted
        _model.label = label
        _model.type_ = type_
        _model.is_group_number = is_group_number
        _model.user_id = user_id
        _model.participants = participants
        _model.phone_numbers = phone_numbers
        _model.phone_numbers_formatted = phone_numbers_formatted
        _model.forward_to = forward_to
        _model.forward_to_formatted = forward_to_formatted
        _model.forward_to_enabled = forward_to_enabled
        _model.voicemail_greeting_url = voicemail_greeting_url
        _model.press_1_to_accept = press_1_to_accept
        _model.country = country
        _model.carrier = carrier
        _model.carrier_type = carrier_type
        _model.sms_enabled = sms_enabled
        _model.mms_enabled = mms_enabled
        _model.supports_sms_to_countries = supports_sms_to_countries
        _model.supports_mms_to_countries = supports_mms_to_countries
        _model.is_premium = is_premium
        _model.is_verified = is_verified
        _model.was_ported = was_ported
        _model.address_id = address_id
        _model.bundle_id = bundle_id
        _model.last_billed_price = last_billed_price
        _model.organization_id = organization_id
        return _model

        return _model


def _convert_next_billing_on(_raw: Any) -> datetime.datetime | None | Unset:
    def _parse_next_billing_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            next_billing_on_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return next_billing_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    next_billing_on = _parse_next_billing_on(_raw)

    return next_billing_on


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
    PhoneNumber,
    {
        "next_billing_on": _convert_next_billing_on,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
