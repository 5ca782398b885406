from typing import Literal

MeetingStatus = Literal[
    "canceled",
    "completed",
    "declined-by-lead",
    "declined-by-org",
    "in-progress",
    "upcoming",
]

MEETING_STATUS_VALUES: set[MeetingStatus] = {
    "canceled",
    "completed",
    "declined-by-lead",
    "declined-by-org",
    "in-progress",
    "upcoming",
}


def check_meeting_status(value: str) -> MeetingStatus:
    if value in MEETING_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETING_STATUS_VALUES!r}"
    )
