from typing import Literal

GetCustomReportQuery = Literal["*"]

GET_CUSTOM_REPORT_QUERY_VALUES: set[GetCustomReportQuery] = {
    "*",
}


def check_get_custom_report_query(value: str) -> GetCustomReportQuery:
    if value in GET_CUSTOM_REPORT_QUERY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOM_REPORT_QUERY_VALUES!r}"
    )
