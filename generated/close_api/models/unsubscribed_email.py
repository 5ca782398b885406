from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnsubscribedEmail")


@_attrs_define
class UnsubscribedEmail:
    email: str
    """ The address """
    date_created: datetime.datetime
    created_by: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        date_created = self.date_created.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        date_created = (
            _moment
            if (
                _moment := datetime.datetime.fromisoformat(d.pop("date_created"))
            ).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        unsubscribed_email = cls(
            email,
            date_created,
            created_by,
        )

        return unsubscribed_email
