from typing import Literal

BulkEditActionCreateType = Literal[
    "clear_custom_field", "set_custom_field", "set_lead_status"
]

BULK_EDIT_ACTION_CREATE_TYPE_VALUES: set[BulkEditActionCreateType] = {
    "clear_custom_field",
    "set_custom_field",
    "set_lead_status",
}


def check_bulk_edit_action_create_type(value: str) -> BulkEditActionCreateType:
    if value in BULK_EDIT_ACTION_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_EDIT_ACTION_CREATE_TYPE_VALUES!r}"
    )
