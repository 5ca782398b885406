from typing import Literal

SharedCustomFieldCreateType = Literal[
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

SHARED_CUSTOM_FIELD_CREATE_TYPE_VALUES: set[SharedCustomFieldCreateType] = {
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


def check_shared_custom_field_create_type(value: str) -> SharedCustomFieldCreateType:
    if value in SHARED_CUSTOM_FIELD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHARED_CUSTOM_FIELD_CREATE_TYPE_VALUES!r}"
    )
