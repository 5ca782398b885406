from typing import Literal

FunnelRequestType = Literal["active-stage-cohort", "created-cohort"]

FUNNEL_REQUEST_TYPE_VALUES: set[FunnelRequestType] = {
    "active-stage-cohort",
    "created-cohort",
}


def check_funnel_request_type(value: str) -> FunnelRequestType:
    if value in FUNNEL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNNEL_REQUEST_TYPE_VALUES!r}"
    )
