from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceStep")


@_attrs_define
class SequenceStep:
    """One step of a sequence. `delay` is the wait in seconds after the previous step (or the
    subscription, for the first). Close documents that steps reference templates by
    `email_template_id` / `sms_template_id`; the other names are [unverified].

    """

    id: str | Unset = UNSET
    """ Step id (`seqstep_` prefix, [unverified]). """
    step_type: str | Unset = UNSET
    """ `email`, `sms` or `call`. """
    delay: int | Unset = UNSET
    email_template_id: None | str | Unset = UNSET
    sms_template_id: None | str | Unset = UNSET
    threading: None | str | Unset = UNSET
    """ `new_thread` or `old_thread`, for email steps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        step_type = self.step_type

        delay = self.delay

        email_template_id: None | str | Unset = self.email_template_id

        sms_template_id: None | str | Unset = self.sms_template_id

        threading: None | str | Unset = self.threading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        step_type = d.pop("step_type", UNSET)

        delay = d.pop("delay", UNSET)

        email_template_id: None | str | Unset = d.pop("email_template_id", UNSET)

        sms_template_id: None | str | Unset = d.pop("sms_template_id", UNSET)

        threading: None | str | Unset = d.pop("threading", UNSET)

        sequence_step = cls(
            id,
            step_type,
            delay,
            email_template_id,
            sms_template_id,
            threading,
        )

        sequence_step.additional_properties = d
        return sequence_step

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
