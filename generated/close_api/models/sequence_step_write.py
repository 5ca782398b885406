from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sequence_step_write_step_type import (
    SequenceStepWriteStepType,
    check_sequence_step_write_step_type,
)
from ..models.sequence_step_write_threading_type_1 import (
    SequenceStepWriteThreadingType1,
    check_sequence_step_write_threading_type_1,
)
from ..models.sequence_step_write_threading_type_2_type_1 import (
    SequenceStepWriteThreadingType2Type1,
    check_sequence_step_write_threading_type_2_type_1,
)
from ..models.sequence_step_write_threading_type_3_type_1 import (
    SequenceStepWriteThreadingType3Type1,
    check_sequence_step_write_threading_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceStepWrite")


@_attrs_define
class SequenceStepWrite:
    """A step as sent: with the `id` of an existing step to keep it (on update), without one
    for a new step. An `email` step needs `email_template_id`, an `sms` step
    `sms_template_id`.

    """

    id: str | Unset = UNSET
    step_type: SequenceStepWriteStepType | Unset = UNSET
    """ Default: `email`. """
    delay: int | Unset = UNSET
    """ Seconds (default 0). """
    email_template_id: None | str | Unset = UNSET
    sms_template_id: None | str | Unset = UNSET
    threading: (
        None
        | SequenceStepWriteThreadingType1
        | SequenceStepWriteThreadingType2Type1
        | SequenceStepWriteThreadingType3Type1
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        step_type: str | Unset = UNSET
        if not isinstance(self.step_type, Unset):
            step_type = self.step_type

        delay = self.delay

        email_template_id: None | str | Unset = self.email_template_id

        sms_template_id: None | str | Unset = self.sms_template_id

        threading: None | str | Unset
        if isinstance(self.threading, Unset):
            threading = UNSET
        elif (
            isinstance(self.threading, str)
            or isinstance(self.threading, str)
            or isinstance(self.threading, str)
        ):
            threading = self.threading
        else:
            threading = self.threading

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if step_type is not UNSET:
            field_dict["step_type"] = step_type
        if delay is not UNSET:
            field_dict["delay"] = delay
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        if sms_template_id is not UNSET:
            field_dict["sms_template_id"] = sms_template_id
        if threading is not UNSET:
            field_dict["threading"] = threading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _step_type = d.pop("step_type", UNSET)
        step_type: SequenceStepWriteStepType | Unset
        if _step_type is UNSET:
            step_type = UNSET
        else:
            step_type = check_sequence_step_write_step_type(_step_type)

        delay = d.pop("delay", UNSET)

        email_template_id: None | str | Unset = d.pop("email_template_id", UNSET)

        sms_template_id: None | str | Unset = d.pop("sms_template_id", UNSET)

        def _parse_threading(
            data: object,
        ) -> (
            None
            | SequenceStepWriteThreadingType1
            | SequenceStepWriteThreadingType2Type1
            | SequenceStepWriteThreadingType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                threading_type_1 = check_sequence_step_write_threading_type_1(data)

                return threading_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                threading_type_2_type_1 = (
                    check_sequence_step_write_threading_type_2_type_1(data)
                )

                return threading_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                threading_type_3_type_1 = (
                    check_sequence_step_write_threading_type_3_type_1(data)
                )

                return threading_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SequenceStepWriteThreadingType1
                | SequenceStepWriteThreadingType2Type1
                | SequenceStepWriteThreadingType3Type1
                | Unset,
                data,
            )

        threading = _parse_threading(d.pop("threading", UNSET))

        sequence_step_write = cls(
            id,
            step_type,
            delay,
            email_template_id,
            sms_template_id,
            threading,
        )

        return sequence_step_write
