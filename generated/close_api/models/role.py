from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Role")


@_attrs_define
class Role(LazyModel):
    id: str
    """ `role_…` for custom roles; `admin`, `superuser`, `user` or `restricteduser` for built-in ones. """
    name: str
    permissions: list[str] | Unset = UNSET
    editable: bool | Unset = UNSET
    """ False for built-in roles, which cannot be changed. """
    visibility_user_lcf_ids: list[str] | Unset = UNSET
    """ Lead custom fields (type `user`) that decide which leads members with this role can see. """
    visibility_user_lcf_behavior: None | str | Unset = UNSET
    """ Currently `require_assignment` or `allow_unassigned`. """
    organization_id: None | str | Unset = UNSET
    date_created: datetime.datetime | None | str | Unset = UNSET
    """ When the role was created; built-in roles carry `0001-01-01T00:00:00` (year 1). Close sends it without a UTC
    offset (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    date_updated: datetime.datetime | None | str | Unset = UNSET
    """ When the role last changed (`0001-01-01T00:00:00` for built-in roles). Close sends it without a UTC offset
    (`2021-07-13T11:36:04.983404`, from
    recorded 2023 records); it is UTC. The generated client reads it, like every
    timestamp, as an aware UTC datetime.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        editable = self.editable

        visibility_user_lcf_ids: list[str] | Unset = UNSET
        if not isinstance(self.visibility_user_lcf_ids, Unset):
            visibility_user_lcf_ids = self.visibility_user_lcf_ids

        visibility_user_lcf_behavior: None | str | Unset = (
            self.visibility_user_lcf_behavior
        )

        organization_id: None | str | Unset = self.organization_id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if editable is not UNSET:
            field_dict["editable"] = editable
        if visibility_user_lcf_ids is not UNSET:
            field_dict["visibility_user_lcf_ids"] = visibility_user_lcf_ids
        if visibility_user_lcf_behavior is not UNSET:
            field_dict["visibility_user_lcf_behavior"] = visibility_user_lcf_behavior
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        permissions: list[str] | Unset = d.pop("permissions", UNSET)

        editable = d.pop("editable", UNSET)

        visibility_user_lcf_ids: list[str] | Unset = d.pop(
            "visibility_user_lcf_ids", UNSET
        )

        visibility_user_lcf_behavior: None | str | Unset = d.pop(
            "visibility_user_lcf_behavior", UNSET
        )

        organization_id: None | str | Unset = d.pop("organization_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.permissions = permissions
        _model.editable = editable
        _model.visibility_user_lcf_ids = visibility_user_lcf_ids
        _model.visibility_user_lcf_behavior = visibility_user_lcf_behavior
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


def _convert_date_created(_raw: Any) -> datetime.datetime | None | str | Unset:
    def _parse_date_created(data: object) -> datetime.datetime | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_created_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_created_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | str | Unset, data)

    date_created = _parse_date_created(_raw)

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | None | str | Unset:
    def _parse_date_updated(data: object) -> datetime.datetime | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_updated_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return date_updated_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | str | Unset, data)

    date_updated = _parse_date_updated(_raw)

    return date_updated


lazy_fields(
    Role,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
