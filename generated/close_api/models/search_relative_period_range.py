from typing import Literal

SearchRelativePeriodRange = Literal[
    "last-month",
    "last-quarter",
    "last-week",
    "last-year",
    "next-month",
    "next-quarter",
    "next-week",
    "next-year",
    "this-month",
    "this-quarter",
    "this-week",
    "this-year",
    "today",
    "tomorrow",
    "yesterday",
]

SEARCH_RELATIVE_PERIOD_RANGE_VALUES: set[SearchRelativePeriodRange] = {
    "last-month",
    "last-quarter",
    "last-week",
    "last-year",
    "next-month",
    "next-quarter",
    "next-week",
    "next-year",
    "this-month",
    "this-quarter",
    "this-week",
    "this-year",
    "today",
    "tomorrow",
    "yesterday",
}


def check_search_relative_period_range(value: str) -> SearchRelativePeriodRange:
    if value in SEARCH_RELATIVE_PERIOD_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_RELATIVE_PERIOD_RANGE_VALUES!r}"
    )
