from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateAttachment")


@_attrs_define
class TemplateAttachment:
    """A file a template attaches to what it sends; upload it first (`POST /files/upload/`)."""

    url: str
    """ The `download.url` of the upload. """
    filename: str
    content_type: str
    size: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        content_type = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "filename": filename,
                "content_type": content_type,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size", UNSET)

        template_attachment = cls(
            url,
            filename,
            content_type,
            size,
        )

        return template_attachment
