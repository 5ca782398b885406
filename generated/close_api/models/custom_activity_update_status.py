from typing import Literal

CustomActivityUpdateStatus = Literal["draft", "published"]

CUSTOM_ACTIVITY_UPDATE_STATUS_VALUES: set[CustomActivityUpdateStatus] = {
    "draft",
    "published",
}


def check_custom_activity_update_status(value: str) -> CustomActivityUpdateStatus:
    if value in CUSTOM_ACTIVITY_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_ACTIVITY_UPDATE_STATUS_VALUES!r}"
    )
