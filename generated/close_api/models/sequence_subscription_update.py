from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sequence_subscription_update_status import (
    SequenceSubscriptionUpdateStatus,
    check_sequence_subscription_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceSubscriptionUpdate")


@_attrs_define
class SequenceSubscriptionUpdate:
    """A new sender, or a pause or resume."""

    status: SequenceSubscriptionUpdateStatus | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    """ A connected email account (`emailacct_` prefix). """
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SequenceSubscriptionUpdateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_sequence_subscription_update_status(_status)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        sequence_subscription_update = cls(
            status,
            sender_account_id,
            sender_name,
            sender_email,
        )

        return sequence_subscription_update
