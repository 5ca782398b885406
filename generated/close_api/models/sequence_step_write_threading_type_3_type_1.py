from typing import Literal

SequenceStepWriteThreadingType3Type1 = Literal["new_thread", "old_thread"]

SEQUENCE_STEP_WRITE_THREADING_TYPE_3_TYPE_1_VALUES: set[
    SequenceStepWriteThreadingType3Type1
] = {
    "new_thread",
    "old_thread",
}


def check_sequence_step_write_threading_type_3_type_1(
    value: str,
) -> SequenceStepWriteThreadingType3Type1:
    if value in SEQUENCE_STEP_WRITE_THREADING_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEQUENCE_STEP_WRITE_THREADING_TYPE_3_TYPE_1_VALUES!r}"
    )
