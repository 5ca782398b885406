"""Memberships: a user's place in one organization, as stored records.

A membership exists for every member from the moment they join, so the organization makes
one whenever it makes a user (and again for every member when it is reset). Its id is
derived from the user's (``user_abc`` → ``mem_abc``), as ``/me/`` and ``/organization/``
have always shown it. The member's role stays on the :class:`~._records.User` (roles count
their holders there); the membership mirrors it so that a role change is a change of the
membership, recorded as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._records import Record, User, utcnow


@dataclass(slots=True, kw_only=True)
class Membership(Record):
    """One member's settings: role, call recording and pinned Smart Views."""

    user_id: str
    role_id: str
    auto_record_calls: str = "unset"
    pinned_view_ids: list[str] = field(default_factory=list)


def membership_id(user_id: str) -> str:
    """The id of ``user_id``'s membership."""
    return "mem_" + user_id.removeprefix("user_")


def new_membership(user: User, actor: str) -> Membership:
    """A fresh membership for ``user``, made by ``actor``."""
    now = utcnow()
    return Membership(
        id=membership_id(user.id),
        created_by=actor,
        updated_by=actor,
        date_created=now,
        date_updated=now,
        user_id=user.id,
        role_id=user.role_id,
    )
