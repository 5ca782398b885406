from typing import Literal

BulkUpdateTasksView = Literal["archive", "future", "inbox"]

BULK_UPDATE_TASKS_VIEW_VALUES: set[BulkUpdateTasksView] = {
    "archive",
    "future",
    "inbox",
}


def check_bulk_update_tasks_view(value: str) -> BulkUpdateTasksView:
    if value in BULK_UPDATE_TASKS_VIEW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_TASKS_VIEW_VALUES!r}"
    )
