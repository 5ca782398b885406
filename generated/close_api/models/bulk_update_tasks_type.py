from typing import Literal

BulkUpdateTasksType = Literal[
    "all",
    "answered_detached_call",
    "email_followup",
    "incoming_email",
    "incoming_sms",
    "lead",
    "missed_call",
    "opportunity_due",
    "outgoing_call",
    "voicemail",
]

BULK_UPDATE_TASKS_TYPE_VALUES: set[BulkUpdateTasksType] = {
    "all",
    "answered_detached_call",
    "email_followup",
    "incoming_email",
    "incoming_sms",
    "lead",
    "missed_call",
    "opportunity_due",
    "outgoing_call",
    "voicemail",
}


def check_bulk_update_tasks_type(value: str) -> BulkUpdateTasksType:
    if value in BULK_UPDATE_TASKS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_TASKS_TYPE_VALUES!r}"
    )
