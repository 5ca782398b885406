from typing import Literal

CallUpdateDirection = Literal["inbound", "outbound"]

CALL_UPDATE_DIRECTION_VALUES: set[CallUpdateDirection] = {
    "inbound",
    "outbound",
}


def check_call_update_direction(value: str) -> CallUpdateDirection:
    if value in CALL_UPDATE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_UPDATE_DIRECTION_VALUES!r}"
    )
