from typing import Literal

SearchTextMode = Literal["full_words", "phrase"]

SEARCH_TEXT_MODE_VALUES: set[SearchTextMode] = {
    "full_words",
    "phrase",
}


def check_search_text_mode(value: str) -> SearchTextMode:
    if value in SEARCH_TEXT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TEXT_MODE_VALUES!r}"
    )
