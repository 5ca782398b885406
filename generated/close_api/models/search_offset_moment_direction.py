from typing import Literal

SearchOffsetMomentDirection = Literal["future", "past"]

SEARCH_OFFSET_MOMENT_DIRECTION_VALUES: set[SearchOffsetMomentDirection] = {
    "future",
    "past",
}


def check_search_offset_moment_direction(value: str) -> SearchOffsetMomentDirection:
    if value in SEARCH_OFFSET_MOMENT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_OFFSET_MOMENT_DIRECTION_VALUES!r}"
    )
