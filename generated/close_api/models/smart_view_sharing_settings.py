from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="SmartViewSharingSettings")


@_attrs_define
class SmartViewSharingSettings(LazyModel):
    """The sharing of a Smart View as stored, with who changed it last."""

    whole_org: bool
    user_ids: list[str]
    group_ids: list[str]
    created_at: datetime.datetime | None
    created_by_id: None | str
    updated_at: datetime.datetime | None
    updated_by_id: None | str

    def to_dict(self) -> dict[str, Any]:
        whole_org = self.whole_org

        user_ids = self.user_ids

        group_ids = self.group_ids

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str = self.created_by_id

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_id: None | str = self.updated_by_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "whole_org": whole_org,
                "user_ids": user_ids,
                "group_ids": group_ids,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "updated_at": updated_at,
                "updated_by_id": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        whole_org = d.pop("whole_org")

        user_ids: list[str] = d.pop("user_ids")

        group_ids: list[str] = d.pop("group_ids")

        created_by_id: None | str = d.pop("created_by_id")

        updated_by_id: None | str = d.pop("updated_by_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "created_at": d.pop("created_at"),
            "updated_at": d.pop("updated_at"),
        }
        _model.whole_org = whole_org
        _model.user_ids = user_ids
        _model.group_ids = group_ids
        _model.created_by_id = created_by_id
        _model.updated_by_id = updated_by_id
        return _model

        return _model


def _convert_created_at(_raw: Any) -> datetime.datetime | None:
    def _parse_created_at(data: object) -> datetime.datetime | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None, data)

    created_at = _parse_created_at(_raw)

    return created_at


def _convert_updated_at(_raw: Any) -> datetime.datetime | None:
    def _parse_updated_at(data: object) -> datetime.datetime | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            updated_at_type_0 = (
                _moment
                if (_moment := datetime.datetime.fromisoformat(data)).tzinfo is not None
                else _moment.replace(tzinfo=datetime.UTC)
            )

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None, data)

    updated_at = _parse_updated_at(_raw)

    return updated_at


lazy_fields(
    SmartViewSharingSettings,
    {
        "created_at": _convert_created_at,
        "updated_at": _convert_updated_at,
    },
)
