from typing import Literal

SequenceSubscriptionUpdateStatus = Literal["active", "paused"]

SEQUENCE_SUBSCRIPTION_UPDATE_STATUS_VALUES: set[SequenceSubscriptionUpdateStatus] = {
    "active",
    "paused",
}


def check_sequence_subscription_update_status(
    value: str,
) -> SequenceSubscriptionUpdateStatus:
    if value in SEQUENCE_SUBSCRIPTION_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_SUBSCRIPTION_UPDATE_STATUS_VALUES!r}"
    )
