from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SMSAttachment")


@_attrs_define
class SMSAttachment:
    """An MMS attachment; upload it first (`POST /files/upload/`)."""

    url: str
    """ Where Close serves the uploaded file. """
    filename: str
    content_type: str | Unset = UNSET
    media_id: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        content_type = self.content_type

        media_id = self.media_id

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "filename": filename,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        filename = d.pop("filename")

        content_type = d.pop("content_type", UNSET)

        media_id = d.pop("media_id", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        sms_attachment = cls(
            url,
            filename,
            content_type,
            media_id,
            thumbnail_url,
        )

        return sms_attachment
