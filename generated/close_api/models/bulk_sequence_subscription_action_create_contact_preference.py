from typing import Literal

BulkSequenceSubscriptionActionCreateContactPreference = Literal["contact", "lead"]

BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_CONTACT_PREFERENCE_VALUES: set[
    BulkSequenceSubscriptionActionCreateContactPreference
] = {
    "contact",
    "lead",
}


def check_bulk_sequence_subscription_action_create_contact_preference(
    value: str,
) -> BulkSequenceSubscriptionActionCreateContactPreference:
    if value in BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_CONTACT_PREFERENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_SEQUENCE_SUBSCRIPTION_ACTION_CREATE_CONTACT_PREFERENCE_VALUES!r}"
    )
