from typing import Literal

SearchReferenceConditionReferenceType = Literal[
    "contact",
    "custom_object",
    "custom_object_type",
    "lead",
    "status.lead",
    "status.opportunity",
    "user",
    "user_or_group",
]

SEARCH_REFERENCE_CONDITION_REFERENCE_TYPE_VALUES: set[
    SearchReferenceConditionReferenceType
] = {
    "contact",
    "custom_object",
    "custom_object_type",
    "lead",
    "status.lead",
    "status.opportunity",
    "user",
    "user_or_group",
}


def check_search_reference_condition_reference_type(
    value: str,
) -> SearchReferenceConditionReferenceType:
    if value in SEARCH_REFERENCE_CONDITION_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REFERENCE_CONDITION_REFERENCE_TYPE_VALUES!r}"
    )
