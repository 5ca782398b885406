from typing import Literal

SearchObjectType = Literal["contact", "custom_object", "lead", "opportunity"]

SEARCH_OBJECT_TYPE_VALUES: set[SearchObjectType] = {
    "contact",
    "custom_object",
    "lead",
    "opportunity",
}


def check_search_object_type(value: str) -> SearchObjectType:
    if value in SEARCH_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_OBJECT_TYPE_VALUES!r}"
    )
