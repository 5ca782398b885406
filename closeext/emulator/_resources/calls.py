"""Call activities: ``/activity/call/``. Logged calls, and the rules of Close-made ones.

A call created through the API is one made outside Close (``source: External``). Calls
made through Close's own phone system (``source: Close.io``) are only made by Close; on
those ``status``, ``duration`` and ``direction`` cannot be changed. Phones are normalised
as contact phones are.
"""

from __future__ import annotations

from typing import Any

from .._engine import CHANGE_REFUSED, Ref, Write
from .._organization import Organization
from .._records import Call, parse_moment, utcnow
from ._support import activity_family
from .contacts import _normalize_phone
from .notes import rich_of, text_of

#: The ``source`` of calls made through Close's phone system.
CLOSE_MADE = "Close.io"
#: What Close-made calls refuse to change (Close's ``PUT /activity/call/{id}/``).
_FIXED_ON_CLOSE_MADE = ("status", "duration", "direction")
_PHONES = ("phone", "local_phone", "remote_phone")


def message_text(write: Write, plain: str, rich: str) -> None:
    """Plain and rich text of one message: the rich form wins, the other is derived."""
    if rich in write.body:
        write.attrs[rich] = write.body[rich]
        write.attrs[plain] = text_of(write.body[rich])
    elif plain in write.body:
        write.attrs[plain] = write.body[plain]
        write.attrs[rich] = rich_of(write.body[plain])


def e164(raw: str | None) -> str | None:
    """A phone in E.164 when it parses, else as sent (trimmed), as contact phones are."""
    if raw is None:
        return None
    parsed = _normalize_phone(raw)
    return parsed[0] if parsed else raw.strip()


def formatted(phone: str | None) -> str | None:
    """The display form of a stored phone (``+1 650-517-6539``)."""
    if phone is None:
        return None
    parsed = _normalize_phone(phone)
    return parsed[1] if parsed else phone


def _check(write: Write) -> None:
    message_text(write, "note", "note_html")
    current = write.current
    if current is not None and current.source == CLOSE_MADE:
        for key in _FIXED_ON_CLOSE_MADE:
            if key in write.body and write.body[key] != getattr(current, key):
                write.fail(key, CHANGE_REFUSED)
    if current is None and "disposition" not in write.body:
        # A completed call that lasted is one somebody answered [unverified default].
        completed = write.body.get("status", "completed") == "completed"
        lasted = int(write.body.get("duration", 0)) > 0
        write.attrs["disposition"] = "answered" if completed and lasted else None


def _formatted_getter(name: str) -> Any:
    def getter(org: Organization, call: Call) -> str | None:
        return formatted(getattr(call, name))

    return getter


CALLS = activity_family(
    "Call",
    name="call",
    plural="calls",
    collection="calls",
    record=Call,
    # A deleted outcome stays on the calls that carry it but can no longer be set.
    refs={"outcome_id": Ref("outcomes")},
    defaults={
        "direction": "outbound",
        "status": "completed",
        "disposition": None,
        "call_method": "external",
        "source": "External",
        "duration": 0,
        "phone": None,
        "local_phone": None,
        "remote_phone": None,
        "note": "",
        "note_html": "<body></body>",
        "recording_url": None,
        "voicemail_url": None,
        "voicemail_duration": None,
        "cost": None,
        "outcome_id": None,
        "activity_at": lambda write: utcnow(),
    },
    convert={"activity_at": parse_moment, **{key: e164 for key in _PHONES}},
    claims=frozenset({"note", "note_html"}),
    check=_check,
    computed={
        "local_phone_formatted": _formatted_getter("local_phone"),
        "remote_phone_formatted": _formatted_getter("remote_phone"),
    },
)
