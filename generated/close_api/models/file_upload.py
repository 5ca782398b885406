from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload(LazyModel):
    """Where to send the file (`upload`) and how to reference it afterwards (`download`)."""

    upload: FileUploadUpload
    download: FileUploadDownload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload = self.upload.to_dict()

        download = self.download.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload": upload,
                "download": download,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "upload": d.pop("upload"),
            "download": d.pop("download"),
        }

        _model.additional_properties = d
        return _model

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


def _convert_upload(_raw: Any) -> FileUploadUpload:
    upload = FileUploadUpload.from_dict(_raw)

    return upload


def _convert_download(_raw: Any) -> FileUploadDownload:
    download = FileUploadDownload.from_dict(_raw)

    return download


lazy_fields(
    FileUpload,
    {
        "upload": _convert_upload,
        "download": _convert_download,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.file_upload_download import FileUploadDownload
from ..models.file_upload_upload import FileUploadUpload
