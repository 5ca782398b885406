from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="ActiveCall")


@_attrs_define
class ActiveCall(LazyModel):
    """Metadata of a call in progress; the keys are [unverified]."""

    call_id: str
    lead_id: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    direction: str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        lead_id: None | str | Unset = self.lead_id

        contact_id: None | str | Unset = self.contact_id

        direction = self.direction

        remote_phone: None | str | Unset = self.remote_phone

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        lead_id: None | str | Unset = d.pop("lead_id", UNSET)

        contact_id: None | str | Unset = d.pop("contact_id", UNSET)

        direction = d.pop("direction", UNSET)

        remote_phone: None | str | Unset = d.pop("remote_phone", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created", UNSET),
        }
        _model.call_id = call_id
        _model.lead_id = lead_id
        _model.contact_id = contact_id
        _model.direction = direction
        _model.remote_phone = remote_phone

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


def _convert_date_created(_raw: Any) -> datetime.datetime | Unset:
    _date_created = _raw
    date_created: datetime.datetime | Unset
    if _date_created is UNSET:
        date_created = UNSET
    else:
        date_created = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_created)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_created


lazy_fields(
    ActiveCall,
    {
        "date_created": _convert_date_created,
    },
)
