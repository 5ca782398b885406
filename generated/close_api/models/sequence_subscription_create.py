from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SequenceSubscriptionCreate")


@_attrs_define
class SequenceSubscriptionCreate:
    """A contact to subscribe, and who sends."""

    sequence_id: str
    contact_id: str
    contact_email: str
    """ The address the steps go to. """
    sender_account_id: str
    """ A connected email account (`emailacct_` prefix); see the operation. """
    sender_name: str
    sender_email: str

    def to_dict(self) -> dict[str, Any]:
        sequence_id = self.sequence_id

        contact_id = self.contact_id

        contact_email = self.contact_email

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sequence_id": sequence_id,
                "contact_id": contact_id,
                "contact_email": contact_email,
                "sender_account_id": sender_account_id,
                "sender_name": sender_name,
                "sender_email": sender_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sequence_id = d.pop("sequence_id")

        contact_id = d.pop("contact_id")

        contact_email = d.pop("contact_email")

        sender_account_id = d.pop("sender_account_id")

        sender_name = d.pop("sender_name")

        sender_email = d.pop("sender_email")

        sequence_subscription_create = cls(
            sequence_id,
            contact_id,
            contact_email,
            sender_account_id,
            sender_name,
            sender_email,
        )

        return sequence_subscription_create
