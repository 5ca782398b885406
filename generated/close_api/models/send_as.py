from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="SendAs")


@_attrs_define
class SendAs(LazyModel):
    """Lets `allowed_user_id` send emails as `allowing_user_id`. Fields beyond the two members are [unverified]."""

    id: str
    allowing_user_id: str
    allowed_user_id: str
    organization_id: str
    date_created: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        allowing_user_id = self.allowing_user_id

        allowed_user_id = self.allowed_user_id

        organization_id = self.organization_id

        date_created = self.date_created.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "allowing_user_id": allowing_user_id,
                "allowed_user_id": allowed_user_id,
                "organization_id": organization_id,
                "date_created": date_created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        allowing_user_id = d.pop("allowing_user_id")

        allowed_user_id = d.pop("allowed_user_id")

        organization_id = d.pop("organization_id")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
        }
        _model.id = id
        _model.allowing_user_id = allowing_user_id
        _model.allowed_user_id = allowed_user_id
        _model.organization_id = organization_id
        return _model

        return _model


def _convert_date_created(_raw: Any) -> datetime.datetime:
    date_created = (
        _moment
        if (_moment := datetime.datetime.fromisoformat(_raw)).tzinfo is not None
        else _moment.replace(tzinfo=datetime.UTC)
    )

    return date_created


lazy_fields(
    SendAs,
    {
        "date_created": _convert_date_created,
    },
)
