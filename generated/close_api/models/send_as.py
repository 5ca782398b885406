from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendAs")


@_attrs_define
class SendAs:
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

        date_created = (
            _moment
            if (
                _moment := datetime.datetime.fromisoformat(d.pop("date_created"))
            ).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

        send_as = cls(
            id,
            allowing_user_id,
            allowed_user_id,
            organization_id,
            date_created,
        )

        return send_as
