from typing import Literal

ListOpportunitiesValuePeriod = Literal["annual", "monthly", "one_time"]

LIST_OPPORTUNITIES_VALUE_PERIOD_VALUES: set[ListOpportunitiesValuePeriod] = {
    "annual",
    "monthly",
    "one_time",
}


def check_list_opportunities_value_period(value: str) -> ListOpportunitiesValuePeriod:
    if value in LIST_OPPORTUNITIES_VALUE_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPPORTUNITIES_VALUE_PERIOD_VALUES!r}"
    )
