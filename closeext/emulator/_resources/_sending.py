"""Which connected email account a member may send from (bulk emails, sequences).

Close's send-as docs: a member who allows another lets them send "individual, bulk and
sequence emails" as them. So an account is usable by the caller when it exists, has an email
address, and is the caller's own or its owner allowed the caller (``/send_as/``).
"""

from __future__ import annotations

from typing import Any

from .._organization import Organization
from .send_as import find_pair


def sending_account_error(org: Organization, user_id: str, account_id: Any) -> str | None:
    """Why ``user_id`` may not send from the account ``account_id`` (``None``: they may)."""
    accounts: dict[str, Any] = org.collection("connected_accounts")
    account = accounts.get(account_id) if isinstance(account_id, str) else None
    if account is None or not account.email:
        return "does not name a connected email account."
    if account.user_id != user_id and find_pair(org, account.user_id, user_id) is None:
        return (
            "is another member's account, and that member has not allowed the caller to "
            "send as them (/send_as/)."
        )
    return None
