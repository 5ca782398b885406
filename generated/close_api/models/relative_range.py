from typing import Literal

RelativeRange = Literal[
    "all-time",
    "last-month",
    "last-quarter",
    "last-week",
    "last-year",
    "this-month",
    "this-quarter",
    "this-week",
    "this-year",
    "today",
    "yesterday",
]

RELATIVE_RANGE_VALUES: set[RelativeRange] = {
    "all-time",
    "last-month",
    "last-quarter",
    "last-week",
    "last-year",
    "this-month",
    "this-quarter",
    "this-week",
    "this-year",
    "today",
    "yesterday",
}


def check_relative_range(value: str) -> RelativeRange:
    if value in RELATIVE_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELATIVE_RANGE_VALUES!r}"
    )
