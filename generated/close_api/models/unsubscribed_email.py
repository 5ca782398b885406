from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="UnsubscribedEmail")


@_attrs_define
class UnsubscribedEmail(LazyModel):
    email: str
    """ The address """
    date_created: datetime.datetime
    created_by: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        date_created = self.date_created.isoformat()

        created_by: None | str | Unset = self.created_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "date_created": date_created,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "date_created": d.pop("date_created"),
        }
        _model.email = email
        _model.created_by = created_by
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
    UnsubscribedEmail,
    {
        "date_created": _convert_date_created,
    },
)
