from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileUploadCreate")


@_attrs_define
class FileUploadCreate:
    """The file about to be uploaded."""

    filename: str
    content_type: str
    """ Its MIME type, e.g. `image/jpeg`. """

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_type = d.pop("content_type")

        file_upload_create = cls(
            filename,
            content_type,
        )

        return file_upload_create
