from typing import Literal

EmailDirection = Literal["incoming", "outgoing"]

EMAIL_DIRECTION_VALUES: set[EmailDirection] = {
    "incoming",
    "outgoing",
}


def check_email_direction(value: str) -> EmailDirection:
    if value in EMAIL_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_DIRECTION_VALUES!r}"
    )
