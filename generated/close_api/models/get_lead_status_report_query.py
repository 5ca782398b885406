from typing import Literal

GetLeadStatusReportQuery = Literal["*"]

GET_LEAD_STATUS_REPORT_QUERY_VALUES: set[GetLeadStatusReportQuery] = {
    "*",
}


def check_get_lead_status_report_query(value: str) -> GetLeadStatusReportQuery:
    if value in GET_LEAD_STATUS_REPORT_QUERY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_LEAD_STATUS_REPORT_QUERY_VALUES!r}"
    )
