from typing import Literal

SearchDayEnd = Literal["end", "start"]

SEARCH_DAY_END_VALUES: set[SearchDayEnd] = {
    "end",
    "start",
}


def check_search_day_end(value: str) -> SearchDayEnd:
    if value in SEARCH_DAY_END_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_DAY_END_VALUES!r}"
    )
