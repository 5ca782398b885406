from typing import Literal

OpportunityExportCreateFormat = Literal["csv", "json"]

OPPORTUNITY_EXPORT_CREATE_FORMAT_VALUES: set[OpportunityExportCreateFormat] = {
    "csv",
    "json",
}


def check_opportunity_export_create_format(value: str) -> OpportunityExportCreateFormat:
    if value in OPPORTUNITY_EXPORT_CREATE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPPORTUNITY_EXPORT_CREATE_FORMAT_VALUES!r}"
    )
