from typing import Literal

SmartViewType = Literal["contact", "lead", "opportunity"]

SMART_VIEW_TYPE_VALUES: set[SmartViewType] = {
    "contact",
    "lead",
    "opportunity",
}


def check_smart_view_type(value: str) -> SmartViewType:
    if value in SMART_VIEW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_VIEW_TYPE_VALUES!r}"
    )
