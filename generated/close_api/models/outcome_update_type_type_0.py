from typing import Literal

OutcomeUpdateTypeType0 = Literal["custom", "vm-dropped"]

OUTCOME_UPDATE_TYPE_TYPE_0_VALUES: set[OutcomeUpdateTypeType0] = {
    "custom",
    "vm-dropped",
}


def check_outcome_update_type_type_0(value: str) -> OutcomeUpdateTypeType0:
    if value in OUTCOME_UPDATE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTCOME_UPDATE_TYPE_TYPE_0_VALUES!r}"
    )
