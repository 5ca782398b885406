from typing import Literal

LeadExportCreateType = Literal["contacts", "lead_opps", "leads"]

LEAD_EXPORT_CREATE_TYPE_VALUES: set[LeadExportCreateType] = {
    "contacts",
    "lead_opps",
    "leads",
}


def check_lead_export_create_type(value: str) -> LeadExportCreateType:
    if value in LEAD_EXPORT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAD_EXPORT_CREATE_TYPE_VALUES!r}"
    )
