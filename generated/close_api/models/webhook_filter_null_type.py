from typing import Literal

WebhookFilterNullType = Literal["is_null", "non_null"]

WEBHOOK_FILTER_NULL_TYPE_VALUES: set[WebhookFilterNullType] = {
    "is_null",
    "non_null",
}


def check_webhook_filter_null_type(value: str) -> WebhookFilterNullType:
    if value in WEBHOOK_FILTER_NULL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FILTER_NULL_TYPE_VALUES!r}"
    )
