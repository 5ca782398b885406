from typing import Literal

WebhookFilterFieldAccessorType = Literal["field_accessor"]

WEBHOOK_FILTER_FIELD_ACCESSOR_TYPE_VALUES: set[WebhookFilterFieldAccessorType] = {
    "field_accessor",
}


def check_webhook_filter_field_accessor_type(
    value: str,
) -> WebhookFilterFieldAccessorType:
    if value in WEBHOOK_FILTER_FIELD_ACCESSOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FILTER_FIELD_ACCESSOR_TYPE_VALUES!r}"
    )
