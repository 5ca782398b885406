from typing import Literal

ListTasksOrderBy = Literal["-date", "-date_created", "date", "date_created"]

LIST_TASKS_ORDER_BY_VALUES: set[ListTasksOrderBy] = {
    "-date",
    "-date_created",
    "date",
    "date_created",
}


def check_list_tasks_order_by(value: str) -> ListTasksOrderBy:
    if value in LIST_TASKS_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TASKS_ORDER_BY_VALUES!r}"
    )
