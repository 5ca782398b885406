from typing import Literal

MessageStatus = Literal["draft", "error", "inbox", "outbox", "scheduled", "sent"]

MESSAGE_STATUS_VALUES: set[MessageStatus] = {
    "draft",
    "error",
    "inbox",
    "outbox",
    "scheduled",
    "sent",
}


def check_message_status(value: str) -> MessageStatus:
    if value in MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STATUS_VALUES!r}"
    )
