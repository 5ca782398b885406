from typing import Literal

SMSCreateDirection = Literal["inbound", "outbound"]

SMS_CREATE_DIRECTION_VALUES: set[SMSCreateDirection] = {
    "inbound",
    "outbound",
}


def check_sms_create_direction(value: str) -> SMSCreateDirection:
    if value in SMS_CREATE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_CREATE_DIRECTION_VALUES!r}"
    )
