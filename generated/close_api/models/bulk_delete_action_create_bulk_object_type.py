from typing import Literal

BulkDeleteActionCreateBulkObjectType = Literal["contact", "lead"]

BULK_DELETE_ACTION_CREATE_BULK_OBJECT_TYPE_VALUES: set[
    BulkDeleteActionCreateBulkObjectType
] = {
    "contact",
    "lead",
}


def check_bulk_delete_action_create_bulk_object_type(
    value: str,
) -> BulkDeleteActionCreateBulkObjectType:
    if value in BULK_DELETE_ACTION_CREATE_BULK_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_DELETE_ACTION_CREATE_BULK_OBJECT_TYPE_VALUES!r}"
    )
