from typing import Literal

PhoneNumberRequestCarrierTypeType0 = Literal["local", "mobile", "national", "tollfree"]

PHONE_NUMBER_REQUEST_CARRIER_TYPE_TYPE_0_VALUES: set[
    PhoneNumberRequestCarrierTypeType0
] = {
    "local",
    "mobile",
    "national",
    "tollfree",
}


def check_phone_number_request_carrier_type_type_0(
    value: str,
) -> PhoneNumberRequestCarrierTypeType0:
    if value in PHONE_NUMBER_REQUEST_CARRIER_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_REQUEST_CARRIER_TYPE_TYPE_0_VALUES!r}"
    )
