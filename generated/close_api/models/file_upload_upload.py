from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="FileUploadUpload")


@_attrs_define
class FileUploadUpload(LazyModel):
    url: str
    """ Where to POST the `multipart/form-data` request. """
    fields: FileUploadUploadFields
    """ Form fields to send as they are, before the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "fields": d.pop("fields"),
        }
        _model.url = url

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


def _convert_fields(_raw: Any) -> FileUploadUploadFields:
    fields = FileUploadUploadFields.from_dict(_raw)

    return fields


lazy_fields(
    FileUploadUpload,
    {
        "fields": _convert_fields,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.file_upload_upload_fields import FileUploadUploadFields
