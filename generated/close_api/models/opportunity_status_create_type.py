from typing import Literal

OpportunityStatusCreateType = Literal["active", "lost", "won"]

OPPORTUNITY_STATUS_CREATE_TYPE_VALUES: set[OpportunityStatusCreateType] = {
    "active",
    "lost",
    "won",
}


def check_opportunity_status_create_type(value: str) -> OpportunityStatusCreateType:
    if value in OPPORTUNITY_STATUS_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPPORTUNITY_STATUS_CREATE_TYPE_VALUES!r}"
    )
