from typing import Literal

ListTasksType = Literal[
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

LIST_TASKS_TYPE_VALUES: set[ListTasksType] = {
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


def check_list_tasks_type(value: str) -> ListTasksType:
    if value in LIST_TASKS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TASKS_TYPE_VALUES!r}"
    )
