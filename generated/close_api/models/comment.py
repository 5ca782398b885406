from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment(LazyModel):
    """One comment in the thread of a commented object. `body` is rich text; it is empty
    once the comment is removed (`is_removed`). Close does not publish the comment's
    properties: these follow its docs' model (thread, object, lead, author and last
    editor) [unverified].

    """

    id: str | Unset = UNSET
    """ Comment id (`comm_` prefix, [unverified]). """
    thread_id: str | Unset = UNSET
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    """ The commented object's type, as the event log names it (`lead`, `opportunity`, `activity.note`, …). """
    lead_id: None | str | Unset = UNSET
    body: str | Unset = UNSET
    is_removed: bool | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        object_id = self.object_id

        object_type = self.object_type

        lead_id: None | str | Unset = self.lead_id

        body = self.body

        is_removed = self.is_removed

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        created_by_name: None | str | Unset = self.created_by_name

        updated_by: None | str | Unset = self.updated_by

        updated_by_name: None | str | Unset = self.updated_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if body is not UNSET:
            field_dict["body"] = body
        if is_removed is not UNSET:
            field_dict["is_removed"] = is_removed
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        object_id = d.pop("object_id", UNSET)

        object_type = d.pop("object_type", UNSET)

        lead_id: None | str | Unset = d.pop("lead_id", UNSET)

        body = d.pop("body", UNSET)

        is_removed = d.pop("is_removed", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        created_by_name: None | str | Unset = d.pop("created_by_name", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        updated_by_name: None | str | Unset = d.pop("updated_by_name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.thread_id = thread_id
        _model.object_id = object_id
        _model.object_type = object_type
        _model.lead_id = lead_id
        _model.body = body
        _model.is_removed = is_removed
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.created_by_name = created_by_name
        _model.updated_by = updated_by
        _model.updated_by_name = updated_by_name

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
    Comment,
    {
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
    },
)
