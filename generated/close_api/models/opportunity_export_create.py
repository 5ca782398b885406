from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.export_date_format import ExportDateFormat, check_export_date_format
from ..models.opportunity_export_create_format import (
    OpportunityExportCreateFormat,
    check_opportunity_export_create_format,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="OpportunityExportCreate")


@_attrs_define
class OpportunityExportCreate(LazyModel):
    format_: OpportunityExportCreateFormat
    params: OpportunityExportCreateParams | Unset = UNSET
    """ Filters of `GET /opportunity/`, by parameter name, as strings. """
    date_format: ExportDateFormat | Unset = UNSET
    """ How CSV exports write dates (`original`, `iso8601` or `excel`). """
    fields: list[str] | Unset = UNSET
    send_done_email: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        date_format: str | Unset = UNSET
        if not isinstance(self.date_format, Unset):
            date_format = self.date_format

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        send_done_email = self.send_done_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "format": format_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if fields is not UNSET:
            field_dict["fields"] = fields
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = check_opportunity_export_create_format(d.pop("format"))

        _date_format = d.pop("date_format", UNSET)
        date_format: ExportDateFormat | Unset
        if _date_format is UNSET:
            date_format = UNSET
        else:
            date_format = check_export_date_format(_date_format)

        fields: list[str] | Unset = d.pop("fields", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "params": d.pop("params", UNSET),
        }
        _model.format_ = format_
        _model.date_format = date_format
        _model.fields = fields
        _model.send_done_email = send_done_email
        return _model

        return _model


def _convert_params(_raw: Any) -> OpportunityExportCreateParams | Unset:
    _params = _raw
    params: OpportunityExportCreateParams | Unset
    if _params is UNSET:
        params = UNSET
    else:
        params = OpportunityExportCreateParams.from_dict(_params)

    return params


lazy_fields(
    OpportunityExportCreate,
    {
        "params": _convert_params,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.opportunity_export_create_params import OpportunityExportCreateParams
