"""Unsubscribed email addresses: ``/unsubscribe/email/``.

An address is stored in lower case under itself (its id); unsubscribing it twice keeps the
first record [unverified]. Every contact email with an unsubscribed address shows
``is_unsubscribed: true`` while it stays unsubscribed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .._engine import Bound
from .._organization import Organization
from .._records import Record, iso
from .._types import ApiRequest, ApiResponse, Handler, NotFound


@dataclass(slots=True, kw_only=True)
class UnsubscribedEmail(Record):
    """One unsubscribed address (its id is the address in lower case)."""


def is_unsubscribed(org: Organization, address: str) -> bool:
    """Whether Close sends nothing to ``address`` any more."""
    return address.strip().lower() in org.collection("unsubscribed_emails")


def render(record: UnsubscribedEmail) -> dict[str, Any]:
    return {
        "email": record.id,
        "date_created": iso(record.date_created),
        "created_by": record.created_by or None,
    }


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """List, unsubscribe and resubscribe."""

    def list_unsubscribed_emails(req: ApiRequest) -> ApiResponse:
        records: dict[str, UnsubscribedEmail] = req.org.collection("unsubscribed_emails")
        return ApiResponse(body={"data": [render(r) for r in records.values()], "has_more": False})

    def create_unsubscribed_email(req: ApiRequest) -> ApiResponse:
        address = str(req.body["email"]).strip().lower()
        records: dict[str, UnsubscribedEmail] = req.org.collection("unsubscribed_emails")
        record = records.get(address)
        if record is None:
            record = UnsubscribedEmail(**req.org.stamp(req.user.id, address))
            req.org.insert("unsubscribed_emails", record)
        headers = {"Location": f"/api/v1/unsubscribe/email/{quote(address, safe='@')}/"}
        return ApiResponse(body=render(record), headers=headers)

    def delete_unsubscribed_email(req: ApiRequest) -> ApiResponse:
        address = req.path_params["email_address"].strip().lower()
        if address not in req.org.collection("unsubscribed_emails"):
            raise NotFound("UnsubscribedEmail")
        req.org.remove("unsubscribed_emails", address)
        return ApiResponse(body={})

    return {
        "list_unsubscribed_emails": list_unsubscribed_emails,
        "create_unsubscribed_email": create_unsubscribed_email,
        "delete_unsubscribed_email": delete_unsubscribed_email,
    }
