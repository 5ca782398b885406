from typing import Literal

SearchFieldObjectType = Literal[
    "address",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_url",
    "custom_object",
    "lead",
    "opportunity",
]

SEARCH_FIELD_OBJECT_TYPE_VALUES: set[SearchFieldObjectType] = {
    "address",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_url",
    "custom_object",
    "lead",
    "opportunity",
}


def check_search_field_object_type(value: str) -> SearchFieldObjectType:
    if value in SEARCH_FIELD_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_FIELD_OBJECT_TYPE_VALUES!r}"
    )
