"""Cursor sequences of ``POST /data/search/``: a snapshot of the matching ids, paged.

The first request of a sequence evaluates the query once and keeps the ids it may return
(at most :data:`MAX_PER_SEQUENCE`, and at most ``results_limit``); each page hands out a
new opaque token that expires :data:`CURSOR_LIFETIME` after it was issued on the
emulator's clock (a clock timer forgets it; a token read after its moment is refused even
if the timer has not run yet).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from .._clock import current_clock, utcnow
from .._organization import Organization
from .._types import BadRequest

#: The organization collection that holds the open sequences (declared in ``_organization``).
CURSORS: Final = "search_cursors"
CURSOR_LIFETIME: Final = timedelta(seconds=30)
#: Close returns at most this many objects through one cursor sequence.
MAX_PER_SEQUENCE: Final = 10_000

EXPIRED: Final = (
    "The cursor does not exist or has expired (a cursor expires 30 seconds after it was "
    "issued): start the search again without one."
)
OTHER_QUERY: Final = (
    "The cursor was issued for another query or sort: send the same query and sort with it."
)


@dataclass(slots=True)
class Sequence:
    """One search being paged: what it matched and how far it has been read."""

    fingerprint: Any
    hits: list[tuple[str, str]]
    offset: int
    total: int
    limited: int


@dataclass(slots=True)
class _Token:
    sequence: Sequence
    offset: int
    expires: datetime


def issue(org: Organization, sequence: Sequence) -> str:
    """A new token for reading ``sequence`` from its current offset."""
    token = secrets.token_urlsafe(24)
    store = org.collection(CURSORS)
    store[token] = _Token(sequence, sequence.offset, utcnow() + CURSOR_LIFETIME)
    current_clock().call_later(CURSOR_LIFETIME, lambda: store.pop(token, None))
    return token


def redeem(org: Organization, token: str, fingerprint: Any) -> Sequence:
    """The sequence ``token`` continues, positioned where the token was issued."""
    store = org.collection(CURSORS)
    entry: _Token | None = store.get(token)
    if entry is None or utcnow() >= entry.expires:
        store.pop(token, None)
        raise BadRequest(EXPIRED)
    if entry.sequence.fingerprint != fingerprint:
        raise BadRequest(OTHER_QUERY)
    sequence = entry.sequence
    sequence.offset = entry.offset
    return sequence
