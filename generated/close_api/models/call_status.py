from typing import Literal

CallStatus = Literal[
    "busy",
    "cancel",
    "completed",
    "created",
    "failed",
    "in-progress",
    "no-answer",
    "timeout",
]

CALL_STATUS_VALUES: set[CallStatus] = {
    "busy",
    "cancel",
    "completed",
    "created",
    "failed",
    "in-progress",
    "no-answer",
    "timeout",
}


def check_call_status(value: str) -> CallStatus:
    if value in CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_STATUS_VALUES!r}"
    )
