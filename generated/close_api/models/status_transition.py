from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusTransition")


@_attrs_define
class StatusTransition:
    from_status_id: None | str
    to_status_id: None | str
    count: int
    from_status_label: None | str | Unset = UNSET
    from_status_is_deleted: bool | Unset = UNSET
    to_status_label: None | str | Unset = UNSET
    to_status_is_deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_status_id: None | str = self.from_status_id

        to_status_id: None | str = self.to_status_id

        count = self.count

        from_status_label: None | str | Unset = self.from_status_label

        from_status_is_deleted = self.from_status_is_deleted

        to_status_label: None | str | Unset = self.to_status_label

        to_status_is_deleted = self.to_status_is_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_status_id": from_status_id,
                "to_status_id": to_status_id,
                "count": count,
            }
        )
        if from_status_label is not UNSET:
            field_dict["from_status_label"] = from_status_label
        if from_status_is_deleted is not UNSET:
            field_dict["from_status_is_deleted"] = from_status_is_deleted
        if to_status_label is not UNSET:
            field_dict["to_status_label"] = to_status_label
        if to_status_is_deleted is not UNSET:
            field_dict["to_status_is_deleted"] = to_status_is_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_status_id: None | str = d.pop("from_status_id")

        to_status_id: None | str = d.pop("to_status_id")

        count = d.pop("count")

        from_status_label: None | str | Unset = d.pop("from_status_label", UNSET)

        from_status_is_deleted = d.pop("from_status_is_deleted", UNSET)

        to_status_label: None | str | Unset = d.pop("to_status_label", UNSET)

        to_status_is_deleted = d.pop("to_status_is_deleted", UNSET)

        status_transition = cls(
            from_status_id,
            to_status_id,
            count,
            from_status_label,
            from_status_is_deleted,
            to_status_label,
            to_status_is_deleted,
        )

        status_transition.additional_properties = d
        return status_transition

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
