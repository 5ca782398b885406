from typing import Literal

GetOpportunityStatusReportQuery = Literal["*"]

GET_OPPORTUNITY_STATUS_REPORT_QUERY_VALUES: set[GetOpportunityStatusReportQuery] = {
    "*",
}


def check_get_opportunity_status_report_query(
    value: str,
) -> GetOpportunityStatusReportQuery:
    if value in GET_OPPORTUNITY_STATUS_REPORT_QUERY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OPPORTUNITY_STATUS_REPORT_QUERY_VALUES!r}"
    )
