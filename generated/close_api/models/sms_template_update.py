from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sms_template_update_status import (
    SmsTemplateUpdateStatus,
    check_sms_template_update_status,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SmsTemplateUpdate")


@_attrs_define
class SmsTemplateUpdate(LazyModel):
    """Changes to an SMS template; only the properties sent change."""

    name: str | Unset = UNSET
    text: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    status: SmsTemplateUpdateStatus | Unset = UNSET
    attachments: list[TemplateAttachment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        is_shared = self.is_shared

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if status is not UNSET:
            field_dict["status"] = status
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        text = d.pop("text", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        _status = d.pop("status", UNSET)
        status: SmsTemplateUpdateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_sms_template_update_status(_status)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
        }
        _model.name = name
        _model.text = text
        _model.is_shared = is_shared
        _model.status = status
        return _model

        return _model


def _convert_attachments(_raw: Any) -> list[TemplateAttachment] | Unset:
    _attachments = _raw
    attachments: list[TemplateAttachment] | Unset = (
        UNSET
        if _attachments is UNSET
        else [TemplateAttachment.from_dict(item) for item in _attachments]
    )

    return attachments


lazy_fields(
    SmsTemplateUpdate,
    {
        "attachments": _convert_attachments,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.template_attachment import TemplateAttachment
