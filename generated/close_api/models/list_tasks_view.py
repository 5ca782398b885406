from typing import Literal

ListTasksView = Literal["archive", "future", "inbox"]

LIST_TASKS_VIEW_VALUES: set[ListTasksView] = {
    "archive",
    "future",
    "inbox",
}


def check_list_tasks_view(value: str) -> ListTasksView:
    if value in LIST_TASKS_VIEW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TASKS_VIEW_VALUES!r}"
    )
