from typing import Literal

ListDialersSourceType = Literal["saved-search", "shared-entry"]

LIST_DIALERS_SOURCE_TYPE_VALUES: set[ListDialersSourceType] = {
    "saved-search",
    "shared-entry",
}


def check_list_dialers_source_type(value: str) -> ListDialersSourceType:
    if value in LIST_DIALERS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DIALERS_SOURCE_TYPE_VALUES!r}"
    )
