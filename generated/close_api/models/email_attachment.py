from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """A file attached to an email; upload it first (`POST /files/upload/`)."""

    url: str
    """ Where Close serves the uploaded file. """
    filename: str
    content_type: str | Unset = UNSET
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
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        filename = d.pop("filename")

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        email_attachment = cls(
            url,
            filename,
            content_type,
            size,
        )

        return email_attachment
