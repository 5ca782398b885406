from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="UserAvailability")


@_attrs_define
class UserAvailability(LazyModel):
    user_id: str
    active_calls: list[ActiveCall]
    """ The calls the member is on now. """
    organization_id: str | Unset = UNSET
    user_full_name: None | str | Unset = UNSET
    """ [unverified] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        active_calls = []
        for active_calls_item_data in self.active_calls:
            active_calls_item = active_calls_item_data.to_dict()
            active_calls.append(active_calls_item)

        organization_id = self.organization_id

        user_full_name: None | str | Unset = self.user_full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "active_calls": active_calls,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        organization_id = d.pop("organization_id", UNSET)

        user_full_name: None | str | Unset = d.pop("user_full_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "active_calls": d.pop("active_calls"),
        }
        _model.user_id = user_id
        _model.organization_id = organization_id
        _model.user_full_name = user_full_name

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


def _convert_active_calls(_raw: Any) -> list[ActiveCall]:
    active_calls = [ActiveCall.from_dict(item) for item in _raw]

    return active_calls


lazy_fields(
    UserAvailability,
    {
        "active_calls": _convert_active_calls,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.active_call import ActiveCall
