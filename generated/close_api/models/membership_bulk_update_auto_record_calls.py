from typing import Literal

MembershipBulkUpdateAutoRecordCalls = Literal["disabled", "enabled", "unset"]

MEMBERSHIP_BULK_UPDATE_AUTO_RECORD_CALLS_VALUES: set[
    MembershipBulkUpdateAutoRecordCalls
] = {
    "disabled",
    "enabled",
    "unset",
}


def check_membership_bulk_update_auto_record_calls(
    value: str,
) -> MembershipBulkUpdateAutoRecordCalls:
    if value in MEMBERSHIP_BULK_UPDATE_AUTO_RECORD_CALLS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_BULK_UPDATE_AUTO_RECORD_CALLS_VALUES!r}"
    )
