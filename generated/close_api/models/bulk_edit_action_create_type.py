from typing import Literal

BulkEditActionCreateType = Literal[
    "clear_activity_custom_field",
    "clear_contact_custom_field",
    "clear_custom_field",
    "clear_custom_object_custom_field",
    "clear_global_custom_field",
    "clear_opportunity_custom_field",
    "set_activity_custom_field",
    "set_contact_custom_field",
    "set_custom_field",
    "set_custom_object_custom_field",
    "set_global_custom_field",
    "set_lead_status",
    "set_opportunity_custom_field",
]

BULK_EDIT_ACTION_CREATE_TYPE_VALUES: set[BulkEditActionCreateType] = {
    "clear_activity_custom_field",
    "clear_contact_custom_field",
    "clear_custom_field",
    "clear_custom_object_custom_field",
    "clear_global_custom_field",
    "clear_opportunity_custom_field",
    "set_activity_custom_field",
    "set_contact_custom_field",
    "set_custom_field",
    "set_custom_object_custom_field",
    "set_global_custom_field",
    "set_lead_status",
    "set_opportunity_custom_field",
}


def check_bulk_edit_action_create_type(value: str) -> BulkEditActionCreateType:
    if value in BULK_EDIT_ACTION_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_EDIT_ACTION_CREATE_TYPE_VALUES!r}"
    )
