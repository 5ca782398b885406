from typing import Literal

WhatsAppMessageCreateDirection = Literal["incoming", "outgoing"]

WHATS_APP_MESSAGE_CREATE_DIRECTION_VALUES: set[WhatsAppMessageCreateDirection] = {
    "incoming",
    "outgoing",
}


def check_whats_app_message_create_direction(
    value: str,
) -> WhatsAppMessageCreateDirection:
    if value in WHATS_APP_MESSAGE_CREATE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHATS_APP_MESSAGE_CREATE_DIRECTION_VALUES!r}"
    )
