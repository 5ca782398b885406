from typing import Literal

OpportunityUpdateValuePeriod = Literal["annual", "monthly", "one_time"]

OPPORTUNITY_UPDATE_VALUE_PERIOD_VALUES: set[OpportunityUpdateValuePeriod] = {
    "annual",
    "monthly",
    "one_time",
}


def check_opportunity_update_value_period(value: str) -> OpportunityUpdateValuePeriod:
    if value in OPPORTUNITY_UPDATE_VALUE_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPPORTUNITY_UPDATE_VALUE_PERIOD_VALUES!r}"
    )
