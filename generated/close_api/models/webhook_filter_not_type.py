from typing import Literal

WebhookFilterNotType = Literal["any_array_value", "not"]

WEBHOOK_FILTER_NOT_TYPE_VALUES: set[WebhookFilterNotType] = {
    "any_array_value",
    "not",
}


def check_webhook_filter_not_type(value: str) -> WebhookFilterNotType:
    if value in WEBHOOK_FILTER_NOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FILTER_NOT_TYPE_VALUES!r}"
    )
