from typing import Literal

ListOpportunitiesStatusType = Literal["active", "lost", "won"]

LIST_OPPORTUNITIES_STATUS_TYPE_VALUES: set[ListOpportunitiesStatusType] = {
    "active",
    "lost",
    "won",
}


def check_list_opportunities_status_type(value: str) -> ListOpportunitiesStatusType:
    if value in LIST_OPPORTUNITIES_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPPORTUNITIES_STATUS_TYPE_VALUES!r}"
    )
