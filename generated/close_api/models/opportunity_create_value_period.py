from typing import Literal

OpportunityCreateValuePeriod = Literal["annual", "monthly", "one_time"]

OPPORTUNITY_CREATE_VALUE_PERIOD_VALUES: set[OpportunityCreateValuePeriod] = {
    "annual",
    "monthly",
    "one_time",
}


def check_opportunity_create_value_period(value: str) -> OpportunityCreateValuePeriod:
    if value in OPPORTUNITY_CREATE_VALUE_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPPORTUNITY_CREATE_VALUE_PERIOD_VALUES!r}"
    )
