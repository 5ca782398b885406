from typing import Literal

SequenceUpdateStatus = Literal["active", "draft", "paused"]

SEQUENCE_UPDATE_STATUS_VALUES: set[SequenceUpdateStatus] = {
    "active",
    "draft",
    "paused",
}


def check_sequence_update_status(value: str) -> SequenceUpdateStatus:
    if value in SEQUENCE_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_UPDATE_STATUS_VALUES!r}"
    )
