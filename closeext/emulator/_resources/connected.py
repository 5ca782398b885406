"""Connected accounts (``/connected_account/``) and dialer sessions (``/dialer/``), read-only.

Only Close makes these objects: members connect their accounts in the app and start
dialers from it. So that integrations have something to read (a sequence subscription
needs a sender account, for one), a fresh organization is seeded [emulator seed]: each
member gets one connected Google account for their own address, and the first member one
ended power-dialer session on a shared entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._engine import Family
from .._organization import Organization
from .._records import Record, iso, new_id
from .._render import user_name

#: What a connected Google account can do [unverified list].
_FEATURES = ["email_sending", "email_receiving", "calendar_sync"]


@dataclass(slots=True, kw_only=True)
class ConnectedAccount(Record):
    """An account a member connected; ``kind`` is its ``_type``."""

    user_id: str
    kind: str
    email: str | None


@dataclass(slots=True, kw_only=True)
class Dialer(Record):
    """A dialer session over a Smart View or a shared entry."""

    type: str
    status: str
    source_type: str
    source_value: str
    user_id: str
    user_ids: list[str]


def _identity(org: Organization, account: ConnectedAccount) -> dict[str, Any] | None:
    if account.email is None:
        return None
    return {"email": account.email, "name": user_name(org, account.user_id)}


def _identities(org: Organization, account: ConnectedAccount) -> list[dict[str, Any]]:
    identity = _identity(org, account)
    return [identity] if identity is not None else []


CONNECTED_ACCOUNTS = Family(
    name="connected_account",
    plural="connected_accounts",
    collection="connected_accounts",
    record=ConnectedAccount,
    model="ConnectedAccount",
    computed={
        "_type": lambda org, account: account.kind,
        "identities": _identities,
        "default_identity": _identity,
        "available_features": lambda org, account: list(_FEATURES),
        "enabled_features": lambda org, account: list(_FEATURES),
        "send_status": lambda org, account: "ok",
        "receive_status": lambda org, account: "ok",
        "email_receive_status": lambda org, account: "ok",
        "calendar_receive_status": lambda org, account: "ok",
        "latest_send_error": lambda org, account: None,
        "latest_receive_error": lambda org, account: None,
        "synced_calendars": lambda org, account: [],
        "date_created": lambda org, account: iso(account.date_created),
    },
)

DIALERS = Family(
    name="dialer",
    plural="dialers",
    collection="dialers",
    record=Dialer,
    model="Dialer",
    derived={
        "organization_id": lambda org, dialer, value: value == org.id,
        "user_id": lambda org, dialer, value: value in dialer.user_ids,
    },
)


def seed(org: Organization) -> None:
    """Give a fresh organization the records only Close makes (see the module docstring).

    They are stored as the organization's starting state, as its default statuses are,
    not as changes made through the API.
    """
    accounts: dict[str, ConnectedAccount] = org.collection("connected_accounts")
    for user in org.users.values():
        account = ConnectedAccount(
            **org.stamp(user.id, new_id("emailacct_")),
            user_id=user.id,
            kind="google",
            email=user.email,
        )
        accounts[account.id] = account
    first = next(iter(org.users.values()), None)
    if first is not None:
        dialers: dict[str, Dialer] = org.collection("dialers")
        dialer = Dialer(
            **org.stamp(first.id, new_id("dialer_")),
            type="power",
            status="ended",
            source_type="shared-entry",
            source_value=new_id("shrent_"),
            user_id=first.id,
            user_ids=[first.id],
        )
        dialers[dialer.id] = dialer
