from typing import Literal

TaskCreateType = Literal["lead", "outgoing_call"]

TASK_CREATE_TYPE_VALUES: set[TaskCreateType] = {
    "lead",
    "outgoing_call",
}


def check_task_create_type(value: str) -> TaskCreateType:
    if value in TASK_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_TYPE_VALUES!r}"
    )
