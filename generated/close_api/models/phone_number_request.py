from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.phone_number_request_carrier_type_type_0 import (
    PhoneNumberRequestCarrierTypeType0,
    check_phone_number_request_carrier_type_type_0,
)
from ..models.phone_number_request_country import (
    PhoneNumberRequestCountry,
    check_phone_number_request_country,
)
from ..models.phone_number_request_sharing import (
    PhoneNumberRequestSharing,
    check_phone_number_request_sharing,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberRequest")


@_attrs_define
class PhoneNumberRequest:
    country: PhoneNumberRequestCountry
    """ Two-letter ISO country code; the emulator rents in these countries. """
    sharing: PhoneNumberRequestSharing
    prefix: str | Unset = ""
    """ Digits after the country code (an area code). """
    with_sms: bool | None | Unset = UNSET
    with_mms: bool | None | Unset = UNSET
    carrier_type: None | PhoneNumberRequestCarrierTypeType0 | Unset = UNSET
    bundle_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country: str = self.country

        sharing: str = self.sharing

        prefix = self.prefix

        with_sms: bool | None | Unset = self.with_sms

        with_mms: bool | None | Unset = self.with_mms

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, str):
            carrier_type = self.carrier_type
        else:
            carrier_type = self.carrier_type

        bundle_id: None | str | Unset = self.bundle_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "sharing": sharing,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if with_sms is not UNSET:
            field_dict["with_sms"] = with_sms
        if with_mms is not UNSET:
            field_dict["with_mms"] = with_mms
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = check_phone_number_request_country(d.pop("country"))

        sharing = check_phone_number_request_sharing(d.pop("sharing"))

        prefix = d.pop("prefix", UNSET)

        with_sms: bool | None | Unset = d.pop("with_sms", UNSET)

        with_mms: bool | None | Unset = d.pop("with_mms", UNSET)

        def _parse_carrier_type(
            data: object,
        ) -> None | PhoneNumberRequestCarrierTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_type_0 = check_phone_number_request_carrier_type_type_0(
                    data
                )

                return carrier_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumberRequestCarrierTypeType0 | Unset, data)

        carrier_type = _parse_carrier_type(d.pop("carrier_type", UNSET))

        bundle_id: None | str | Unset = d.pop("bundle_id", UNSET)

        phone_number_request = cls(
            country,
            sharing,
            prefix,
            with_sms,
            with_mms,
            carrier_type,
            bundle_id,
        )

        return phone_number_request
