from typing import Literal

ListUsersOrderBy = Literal["first_name,last_name", "last_name,first_name"]

LIST_USERS_ORDER_BY_VALUES: set[ListUsersOrderBy] = {
    "first_name,last_name",
    "last_name,first_name",
}


def check_list_users_order_by(value: str) -> ListUsersOrderBy:
    if value in LIST_USERS_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_ORDER_BY_VALUES!r}"
    )
