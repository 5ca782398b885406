from typing import Literal

SearchSortDirection = Literal["asc", "desc"]

SEARCH_SORT_DIRECTION_VALUES: set[SearchSortDirection] = {
    "asc",
    "desc",
}


def check_search_sort_direction(value: str) -> SearchSortDirection:
    if value in SEARCH_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_SORT_DIRECTION_VALUES!r}"
    )
