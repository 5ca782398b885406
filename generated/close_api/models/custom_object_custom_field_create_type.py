from typing import Literal

CustomObjectCustomFieldCreateType = Literal[
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

CUSTOM_OBJECT_CUSTOM_FIELD_CREATE_TYPE_VALUES: set[
    CustomObjectCustomFieldCreateType
] = {
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


def check_custom_object_custom_field_create_type(
    value: str,
) -> CustomObjectCustomFieldCreateType:
    if value in CUSTOM_OBJECT_CUSTOM_FIELD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_OBJECT_CUSTOM_FIELD_CREATE_TYPE_VALUES!r}"
    )
