from typing import Literal

SequenceStepWriteThreadingType2Type1 = Literal["new_thread", "old_thread"]

SEQUENCE_STEP_WRITE_THREADING_TYPE_2_TYPE_1_VALUES: set[
    SequenceStepWriteThreadingType2Type1
] = {
    "new_thread",
    "old_thread",
}


def check_sequence_step_write_threading_type_2_type_1(
    value: str,
) -> SequenceStepWriteThreadingType2Type1:
    if value in SEQUENCE_STEP_WRITE_THREADING_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_STEP_WRITE_THREADING_TYPE_2_TYPE_1_VALUES!r}"
    )
