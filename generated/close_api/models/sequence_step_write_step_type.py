from typing import Literal

SequenceStepWriteStepType = Literal["call", "email", "sms"]

SEQUENCE_STEP_WRITE_STEP_TYPE_VALUES: set[SequenceStepWriteStepType] = {
    "call",
    "email",
    "sms",
}


def check_sequence_step_write_step_type(value: str) -> SequenceStepWriteStepType:
    if value in SEQUENCE_STEP_WRITE_STEP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_STEP_WRITE_STEP_TYPE_VALUES!r}"
    )
