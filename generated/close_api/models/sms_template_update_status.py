from typing import Literal

SmsTemplateUpdateStatus = Literal["active", "archived"]

SMS_TEMPLATE_UPDATE_STATUS_VALUES: set[SmsTemplateUpdateStatus] = {
    "active",
    "archived",
}


def check_sms_template_update_status(value: str) -> SmsTemplateUpdateStatus:
    if value in SMS_TEMPLATE_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_TEMPLATE_UPDATE_STATUS_VALUES!r}"
    )
