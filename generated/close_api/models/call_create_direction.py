from typing import Literal

CallCreateDirection = Literal["inbound", "outbound"]

CALL_CREATE_DIRECTION_VALUES: set[CallCreateDirection] = {
    "inbound",
    "outbound",
}


def check_call_create_direction(value: str) -> CallCreateDirection:
    if value in CALL_CREATE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_CREATE_DIRECTION_VALUES!r}"
    )
