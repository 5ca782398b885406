from typing import Literal

SMSDirection = Literal["inbound", "outbound"]

SMS_DIRECTION_VALUES: set[SMSDirection] = {
    "inbound",
    "outbound",
}


def check_sms_direction(value: str) -> SMSDirection:
    if value in SMS_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_DIRECTION_VALUES!r}"
    )
