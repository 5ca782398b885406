from typing import Literal

CallDisposition = Literal[
    "abandoned",
    "answered",
    "blocked",
    "busy",
    "error",
    "no-answer",
    "vm-answer",
    "vm-left",
]

CALL_DISPOSITION_VALUES: set[CallDisposition] = {
    "abandoned",
    "answered",
    "blocked",
    "busy",
    "error",
    "no-answer",
    "vm-answer",
    "vm-left",
}


def check_call_disposition(value: str) -> CallDisposition:
    if value in CALL_DISPOSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_DISPOSITION_VALUES!r}"
    )
