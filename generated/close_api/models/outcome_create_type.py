from typing import Literal

OutcomeCreateType = Literal["custom", "vm-dropped"]

OUTCOME_CREATE_TYPE_VALUES: set[OutcomeCreateType] = {
    "custom",
    "vm-dropped",
}


def check_outcome_create_type(value: str) -> OutcomeCreateType:
    if value in OUTCOME_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTCOME_CREATE_TYPE_VALUES!r}"
    )
