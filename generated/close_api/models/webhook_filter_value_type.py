from typing import Literal

WebhookFilterValueType = Literal["contains", "equals", "not_equals"]

WEBHOOK_FILTER_VALUE_TYPE_VALUES: set[WebhookFilterValueType] = {
    "contains",
    "equals",
    "not_equals",
}


def check_webhook_filter_value_type(value: str) -> WebhookFilterValueType:
    if value in WEBHOOK_FILTER_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FILTER_VALUE_TYPE_VALUES!r}"
    )
