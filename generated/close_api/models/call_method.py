from typing import Literal

CallMethod = Literal["external", "power", "predictive", "regular"]

CALL_METHOD_VALUES: set[CallMethod] = {
    "external",
    "power",
    "predictive",
    "regular",
}


def check_call_method(value: str) -> CallMethod:
    if value in CALL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METHOD_VALUES!r}"
    )
