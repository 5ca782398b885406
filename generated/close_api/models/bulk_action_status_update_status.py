from typing import Literal

BulkActionStatusUpdateStatus = Literal["paused", "resuming"]

BULK_ACTION_STATUS_UPDATE_STATUS_VALUES: set[BulkActionStatusUpdateStatus] = {
    "paused",
    "resuming",
}


def check_bulk_action_status_update_status(value: str) -> BulkActionStatusUpdateStatus:
    if value in BULK_ACTION_STATUS_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_ACTION_STATUS_UPDATE_STATUS_VALUES!r}"
    )
