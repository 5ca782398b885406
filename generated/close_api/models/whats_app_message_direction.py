from typing import Literal

WhatsAppMessageDirection = Literal["incoming", "outgoing"]

WHATS_APP_MESSAGE_DIRECTION_VALUES: set[WhatsAppMessageDirection] = {
    "incoming",
    "outgoing",
}


def check_whats_app_message_direction(value: str) -> WhatsAppMessageDirection:
    if value in WHATS_APP_MESSAGE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHATS_APP_MESSAGE_DIRECTION_VALUES!r}"
    )
