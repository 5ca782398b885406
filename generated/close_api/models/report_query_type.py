from typing import Literal

ReportQueryType = Literal["saved_search"]

REPORT_QUERY_TYPE_VALUES: set[ReportQueryType] = {
    "saved_search",
}


def check_report_query_type(value: str) -> ReportQueryType:
    if value in REPORT_QUERY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPORT_QUERY_TYPE_VALUES!r}"
    )
