from typing import Literal

BulkEmailActionCreateContactPreference = Literal["all", "contact", "lead"]

BULK_EMAIL_ACTION_CREATE_CONTACT_PREFERENCE_VALUES: set[
    BulkEmailActionCreateContactPreference
] = {
    "all",
    "contact",
    "lead",
}


def check_bulk_email_action_create_contact_preference(
    value: str,
) -> BulkEmailActionCreateContactPreference:
    if value in BULK_EMAIL_ACTION_CREATE_CONTACT_PREFERENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_EMAIL_ACTION_CREATE_CONTACT_PREFERENCE_VALUES!r}"
    )
