from typing import Literal

ListActivitiesOrderBy = Literal["-activity_at", "-date_created", "date_created"]

LIST_ACTIVITIES_ORDER_BY_VALUES: set[ListActivitiesOrderBy] = {
    "-activity_at",
    "-date_created",
    "date_created",
}


def check_list_activities_order_by(value: str) -> ListActivitiesOrderBy:
    if value in LIST_ACTIVITIES_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ACTIVITIES_ORDER_BY_VALUES!r}"
    )
