from typing import Literal

SequenceCreateStatus = Literal["active", "draft", "paused"]

SEQUENCE_CREATE_STATUS_VALUES: set[SequenceCreateStatus] = {
    "active",
    "draft",
    "paused",
}


def check_sequence_create_status(value: str) -> SequenceCreateStatus:
    if value in SEQUENCE_CREATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_CREATE_STATUS_VALUES!r}"
    )
