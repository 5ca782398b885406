from typing import Literal

LeadExportCreateFormat = Literal["csv", "json"]

LEAD_EXPORT_CREATE_FORMAT_VALUES: set[LeadExportCreateFormat] = {
    "csv",
    "json",
}


def check_lead_export_create_format(value: str) -> LeadExportCreateFormat:
    if value in LEAD_EXPORT_CREATE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAD_EXPORT_CREATE_FORMAT_VALUES!r}"
    )
