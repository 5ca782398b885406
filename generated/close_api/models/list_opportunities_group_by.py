from typing import Literal

ListOpportunitiesGroupBy = Literal[
    "-date_won__month",
    "-date_won__quarter",
    "-date_won__week",
    "-date_won__year",
    "-user_id",
    "date_won__month",
    "date_won__quarter",
    "date_won__week",
    "date_won__year",
    "user_id",
]

LIST_OPPORTUNITIES_GROUP_BY_VALUES: set[ListOpportunitiesGroupBy] = {
    "-date_won__month",
    "-date_won__quarter",
    "-date_won__week",
    "-date_won__year",
    "-user_id",
    "date_won__month",
    "date_won__quarter",
    "date_won__week",
    "date_won__year",
    "user_id",
}


def check_list_opportunities_group_by(value: str) -> ListOpportunitiesGroupBy:
    if value in LIST_OPPORTUNITIES_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPPORTUNITIES_GROUP_BY_VALUES!r}"
    )
