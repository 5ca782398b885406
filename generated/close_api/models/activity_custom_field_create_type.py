from typing import Literal

ActivityCustomFieldCreateType = Literal[
    "choices",
    "contact",
    "custom_object",
    "date",
    "datetime",
    "hidden",
    "number",
    "text",
    "textarea",
    "user",
]

ACTIVITY_CUSTOM_FIELD_CREATE_TYPE_VALUES: set[ActivityCustomFieldCreateType] = {
    "choices",
    "contact",
    "custom_object",
    "date",
    "datetime",
    "hidden",
    "number",
    "text",
    "textarea",
    "user",
}


def check_activity_custom_field_create_type(
    value: str,
) -> ActivityCustomFieldCreateType:
    if value in ACTIVITY_CUSTOM_FIELD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVITY_CUSTOM_FIELD_CREATE_TYPE_VALUES!r}"
    )
