from typing import Literal

ExportDateFormat = Literal["excel", "iso8601", "original"]

EXPORT_DATE_FORMAT_VALUES: set[ExportDateFormat] = {
    "excel",
    "iso8601",
    "original",
}


def check_export_date_format(value: str) -> ExportDateFormat:
    if value in EXPORT_DATE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_DATE_FORMAT_VALUES!r}"
    )
