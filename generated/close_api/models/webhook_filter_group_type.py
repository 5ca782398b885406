from typing import Literal

WebhookFilterGroupType = Literal["and", "or"]

WEBHOOK_FILTER_GROUP_TYPE_VALUES: set[WebhookFilterGroupType] = {
    "and",
    "or",
}


def check_webhook_filter_group_type(value: str) -> WebhookFilterGroupType:
    if value in WEBHOOK_FILTER_GROUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FILTER_GROUP_TYPE_VALUES!r}"
    )
