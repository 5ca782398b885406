from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SmsTemplateCreate")


@_attrs_define
class SmsTemplateCreate(LazyModel):
    """A new SMS template; `name` is required."""

    name: str
    text: str | Unset = UNSET
    """ Default: empty. """
    is_shared: bool | Unset = UNSET
    attachments: list[TemplateAttachment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        is_shared = self.is_shared

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        text = d.pop("text", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "attachments": d.pop("attachments", UNSET),
        }
        _model.name = name
        _model.text = text
        _model.is_shared = is_shared
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
    SmsTemplateCreate,
    {
        "attachments": _convert_attachments,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.template_attachment import TemplateAttachment
