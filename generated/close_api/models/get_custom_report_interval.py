from typing import Literal

GetCustomReportInterval = Literal[
    "auto", "day", "hour", "month", "quarter", "week", "year"
]

GET_CUSTOM_REPORT_INTERVAL_VALUES: set[GetCustomReportInterval] = {
    "auto",
    "day",
    "hour",
    "month",
    "quarter",
    "week",
    "year",
}


def check_get_custom_report_interval(value: str) -> GetCustomReportInterval:
    if value in GET_CUSTOM_REPORT_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOM_REPORT_INTERVAL_VALUES!r}"
    )
