from typing import Literal

ActivityReportRequestMetricsItem = Literal[
    "calls.all.all.count",
    "calls.all.all.duration",
    "calls.inbound.all.count",
    "calls.inbound.all.duration",
    "calls.outbound.all.count",
    "calls.outbound.all.duration",
    "emails.received.all.count",
    "emails.sent.all.count",
    "leads.created.all.count",
    "notes.all.all.count",
    "opportunities.created.all.count",
    "opportunities.won.all.count",
    "opportunities.won.all.value",
    "sms.received.all.count",
    "sms.sent.all.count",
]

ACTIVITY_REPORT_REQUEST_METRICS_ITEM_VALUES: set[ActivityReportRequestMetricsItem] = {
    "calls.all.all.count",
    "calls.all.all.duration",
    "calls.inbound.all.count",
    "calls.inbound.all.duration",
    "calls.outbound.all.count",
    "calls.outbound.all.duration",
    "emails.received.all.count",
    "emails.sent.all.count",
    "leads.created.all.count",
    "notes.all.all.count",
    "opportunities.created.all.count",
    "opportunities.won.all.count",
    "opportunities.won.all.value",
    "sms.received.all.count",
    "sms.sent.all.count",
}


def check_activity_report_request_metrics_item(
    value: str,
) -> ActivityReportRequestMetricsItem:
    if value in ACTIVITY_REPORT_REQUEST_METRICS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVITY_REPORT_REQUEST_METRICS_ITEM_VALUES!r}"
    )
