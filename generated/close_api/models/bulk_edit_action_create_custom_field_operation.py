from typing import Literal

BulkEditActionCreateCustomFieldOperation = Literal["add", "remove", "replace"]

BULK_EDIT_ACTION_CREATE_CUSTOM_FIELD_OPERATION_VALUES: set[
    BulkEditActionCreateCustomFieldOperation
] = {
    "add",
    "remove",
    "replace",
}


def check_bulk_edit_action_create_custom_field_operation(
    value: str,
) -> BulkEditActionCreateCustomFieldOperation:
    if value in BULK_EDIT_ACTION_CREATE_CUSTOM_FIELD_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_EDIT_ACTION_CREATE_CUSTOM_FIELD_OPERATION_VALUES!r}"
    )
