from typing import Literal

GetCustomReportTransformY = Literal["avg", "max", "min", "sum"]

GET_CUSTOM_REPORT_TRANSFORM_Y_VALUES: set[GetCustomReportTransformY] = {
    "avg",
    "max",
    "min",
    "sum",
}


def check_get_custom_report_transform_y(value: str) -> GetCustomReportTransformY:
    if value in GET_CUSTOM_REPORT_TRANSFORM_Y_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOM_REPORT_TRANSFORM_Y_VALUES!r}"
    )
