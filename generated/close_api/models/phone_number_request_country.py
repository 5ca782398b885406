from typing import Literal

PhoneNumberRequestCountry = Literal[
    "AU", "CA", "DE", "ES", "FR", "GB", "IE", "NL", "NZ", "US"
]

PHONE_NUMBER_REQUEST_COUNTRY_VALUES: set[PhoneNumberRequestCountry] = {
    "AU",
    "CA",
    "DE",
    "ES",
    "FR",
    "GB",
    "IE",
    "NL",
    "NZ",
    "US",
}


def check_phone_number_request_country(value: str) -> PhoneNumberRequestCountry:
    if value in PHONE_NUMBER_REQUEST_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_REQUEST_COUNTRY_VALUES!r}"
    )
