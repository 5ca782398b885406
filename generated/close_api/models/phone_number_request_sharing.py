from typing import Literal

PhoneNumberRequestSharing = Literal["group", "personal"]

PHONE_NUMBER_REQUEST_SHARING_VALUES: set[PhoneNumberRequestSharing] = {
    "group",
    "personal",
}


def check_phone_number_request_sharing(value: str) -> PhoneNumberRequestSharing:
    if value in PHONE_NUMBER_REQUEST_SHARING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_REQUEST_SHARING_VALUES!r}"
    )
