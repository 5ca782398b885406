from typing import Literal

CustomFieldUpdateType = Literal[
    "choices",
    "contact",
    "custom_object",
    "date",
    "datetime",
    "hidden",
    "number",
    "text",
    "user",
]

CUSTOM_FIELD_UPDATE_TYPE_VALUES: set[CustomFieldUpdateType] = {
    "choices",
    "contact",
    "custom_object",
    "date",
    "datetime",
    "hidden",
    "number",
    "text",
    "user",
}


def check_custom_field_update_type(value: str) -> CustomFieldUpdateType:
    if value in CUSTOM_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_TYPE_VALUES!r}"
    )
