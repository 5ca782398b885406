from typing import Literal

CustomFieldCreateType = Literal[
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

CUSTOM_FIELD_CREATE_TYPE_VALUES: set[CustomFieldCreateType] = {
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


def check_custom_field_create_type(value: str) -> CustomFieldCreateType:
    if value in CUSTOM_FIELD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_TYPE_VALUES!r}"
    )
