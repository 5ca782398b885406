from typing import Literal

OutcomeCreateAppliesToType0Item = Literal["calls", "meetings"]

OUTCOME_CREATE_APPLIES_TO_TYPE_0_ITEM_VALUES: set[OutcomeCreateAppliesToType0Item] = {
    "calls",
    "meetings",
}


def check_outcome_create_applies_to_type_0_item(
    value: str,
) -> OutcomeCreateAppliesToType0Item:
    if value in OUTCOME_CREATE_APPLIES_TO_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTCOME_CREATE_APPLIES_TO_TYPE_0_ITEM_VALUES!r}"
    )
