from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership(LazyModel):
    """A user's membership in an organization. The user's data is flattened into `user_…`
    keys, or nested as `user` when requested with `_expand`.

    """

    id: str
    """ Membership id. """
    user_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    role_id: str | Unset = UNSET
    user_full_name: None | str | Unset = UNSET
    user_first_name: None | str | Unset = UNSET
    user_last_name: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user: User | Unset = UNSET
    auto_record_calls: str | Unset = UNSET
    """ Whether the member's calls are recorded: `unset` (initially), `disabled` or `enabled`. """
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        organization_id = self.organization_id

        role_id = self.role_id

        user_full_name: None | str | Unset = self.user_full_name

        user_first_name: None | str | Unset = self.user_first_name

        user_last_name: None | str | Unset = self.user_last_name

        user_email: None | str | Unset = self.user_email

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        auto_record_calls = self.auto_record_calls

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user is not UNSET:
            field_dict["user"] = user
        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        role_id = d.pop("role_id", UNSET)

        user_full_name: None | str | Unset = d.pop("user_full_name", UNSET)

        user_first_name: None | str | Unset = d.pop("user_first_name", UNSET)

        user_last_name: None | str | Unset = d.pop("user_last_name", UNSET)

        user_email: None | str | Unset = d.pop("user_email", UNSET)

        auto_record_calls = d.pop("auto_record_calls", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "user": d.pop("user", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.user_id = user_id
        _model.organization_id = organization_id
        _model.role_id = role_id
        _model.user_full_name = user_full_name
        _model.user_first_name = user_first_name
        _model.user_last_name = user_last_name
        _model.user_email = user_email
        _model.auto_record_calls = auto_record_calls

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


def _convert_user(_raw: Any) -> User | Unset:
    _user = _raw
    user: User | Unset
    if _user is UNSET:
        user = UNSET
    else:
        user = User.from_dict(_user)

    return user


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


def _convert_date_updated(_raw: Any) -> datetime.datetime | Unset:
    _date_updated = _raw
    date_updated: datetime.datetime | Unset
    if _date_updated is UNSET:
        date_updated = UNSET
    else:
        date_updated = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_updated)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_updated


lazy_fields(
    Membership,
    {
        "user": _convert_user,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.user import User
