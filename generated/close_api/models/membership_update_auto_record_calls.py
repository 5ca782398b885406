from typing import Literal

MembershipUpdateAutoRecordCalls = Literal["disabled", "enabled", "unset"]

MEMBERSHIP_UPDATE_AUTO_RECORD_CALLS_VALUES: set[MembershipUpdateAutoRecordCalls] = {
    "disabled",
    "enabled",
    "unset",
}


def check_membership_update_auto_record_calls(
    value: str,
) -> MembershipUpdateAutoRecordCalls:
    if value in MEMBERSHIP_UPDATE_AUTO_RECORD_CALLS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_UPDATE_AUTO_RECORD_CALLS_VALUES!r}"
    )
