from typing import Literal

CustomActivityCreateStatus = Literal["draft", "published"]

CUSTOM_ACTIVITY_CREATE_STATUS_VALUES: set[CustomActivityCreateStatus] = {
    "draft",
    "published",
}


def check_custom_activity_create_status(value: str) -> CustomActivityCreateStatus:
    if value in CUSTOM_ACTIVITY_CREATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_ACTIVITY_CREATE_STATUS_VALUES!r}"
    )
