from typing import Literal

ActivityReportRequestType = Literal["comparison", "overview"]

ACTIVITY_REPORT_REQUEST_TYPE_VALUES: set[ActivityReportRequestType] = {
    "comparison",
    "overview",
}


def check_activity_report_request_type(value: str) -> ActivityReportRequestType:
    if value in ACTIVITY_REPORT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVITY_REPORT_REQUEST_TYPE_VALUES!r}"
    )
