from typing import Literal

BulkSequenceSubscriptionActionCreateActionType = Literal[
    "pause", "reassign", "resume", "resume_finished", "subscribe"
]

BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_ACTION_TYPE_VALUES: set[
    BulkSequenceSubscriptionActionCreateActionType
] = {
    "pause",
    "reassign",
    "resume",
    "resume_finished",
    "subscribe",
}


def check_bulk_sequence_subscription_action_create_action_type(
    value: str,
) -> BulkSequenceSubscriptionActionCreateActionType:
    if value in BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_ACTION_TYPE_VALUES!r}"
    )
