from typing import Literal

OutcomeUpdateAppliesToType0Item = Literal["calls", "meetings"]

OUTCOME_UPDATE_APPLIES_TO_TYPE_0_ITEM_VALUES: set[OutcomeUpdateAppliesToType0Item] = {
    "calls",
    "meetings",
}


def check_outcome_update_applies_to_type_0_item(
    value: str,
) -> OutcomeUpdateAppliesToType0Item:
    if value in OUTCOME_UPDATE_APPLIES_TO_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTCOME_UPDATE_APPLIES_TO_TYPE_0_ITEM_VALUES!r}"
    )
