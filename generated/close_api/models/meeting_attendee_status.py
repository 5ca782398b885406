from typing import Literal

MeetingAttendeeStatus = Literal["maybe", "no", "noreply", "yes"]

MEETING_ATTENDEE_STATUS_VALUES: set[MeetingAttendeeStatus] = {
    "maybe",
    "no",
    "noreply",
    "yes",
}


def check_meeting_attendee_status(value: str) -> MeetingAttendeeStatus:
    if value in MEETING_ATTENDEE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETING_ATTENDEE_STATUS_VALUES!r}"
    )
