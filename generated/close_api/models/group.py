from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Group")


@_attrs_define
class Group(LazyModel):
    """A named set of users, used in smart views, reports and `user_id__in` filters.
    `members` is present only when asked for (`_fields`, on `GET /group/{group_id}/`).

    """

    id: str | Unset = UNSET
    """ Group id (`group_` prefix). """
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    members: list[GroupMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization_id = self.organization_id

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "members": d.pop("members", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.organization_id = organization_id

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


def _convert_members(_raw: Any) -> list[GroupMember] | Unset:
    _members = _raw
    members: list[GroupMember] | Unset = (
        UNSET
        if _members is UNSET
        else [GroupMember.from_dict(item) for item in _members]
    )

    return members


lazy_fields(
    Group,
    {
        "members": _convert_members,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.group_member import GroupMember
