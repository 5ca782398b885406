"""The state machine emails and SMS share (Close's ``MessageStatus``).

``inbox`` logs a received message, ``sent`` one already sent, ``draft`` a draft;
``scheduled`` sends at ``date_scheduled``; ``outbox`` sends. The emulator sends
synchronously and never to anyone, so an ``outbox`` message is stored ``sent`` at once
(Close's ``send_in`` undo delay is not modelled). Only drafts are editable: a draft may
become ``scheduled`` or ``outbox``; a ``scheduled`` message only goes back to ``draft``,
which cancels the send.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from .._engine import Write
from .._records import utcnow
from .._types import BadRequest

#: What a draft may become on update.
_FROM_DRAFT: Final = frozenset({"draft", "scheduled", "outbox"})
#: States whose send is still pending: ``{"status": "draft"}`` cancels them.
_CANCELLABLE: Final = frozenset({"scheduled", "outbox"})


def apply_states(
    write: Write, noun: str, directions: tuple[str, str], *, sender: str | None = None
) -> None:
    """Check and apply a create's or an update's ``status`` to ``write.attrs``.

    ``directions`` are the family's words for received and sent (``incoming`` /
    ``outgoing`` on emails, ``inbound`` / ``outbound`` on SMS): a new message is received
    when it is logged ``inbox``, unless the body says otherwise. ``sender`` names the
    property a non-draft message needs (``None``: none).
    Refusals are field errors, except editing a message that is no longer a draft,
    which is refused as a whole (Close's rule is about the message, not one field).
    """
    current = write.current
    status = str(write.body.get("status", current.status if current is not None else ""))
    if current is not None and current.status != "draft":
        if current.status in _CANCELLABLE and dict(write.body) == {"status": "draft"}:
            write.attrs["date_scheduled"] = None
            return
        raise BadRequest(
            f"Only draft {noun}s can be edited; this {noun} is {current.status}"
            + (
                ' (send {"status": "draft"} to cancel it).'
                if current.status in _CANCELLABLE
                else "."
            )
        )
    if current is not None and status not in _FROM_DRAFT:
        write.fail("status", f"A draft can only become scheduled or outbox, not {status}.")
        return
    # On create the request schema already demands these; a draft may lack them until
    # it is sent or scheduled, which is refused here (it depends on the stored draft).
    needs_sender = status in ("inbox", "scheduled", "outbox", "error")
    if sender is not None and needs_sender and not write.value(sender):
        write.fail(sender, f"This draft has no {sender}; it needs one to be {status}.")
    if status == "scheduled" and write.value("date_scheduled") is None:
        write.fail(
            "date_scheduled", "This draft has no date_scheduled; it needs one to be scheduled."
        )
    now = utcnow()
    if status == "outbox":
        write.attrs["status"] = "sent"
        write.org.record_action(write.record_id, "sent")  # the event log's ``sent``
        write.attrs["date_sent"] = now
        write.attrs["activity_at"] = now
    elif status in ("sent", "inbox", "error"):
        sent: datetime = write.attrs.get("date_sent") or now
        write.attrs["date_sent"] = sent
        write.attrs["activity_at"] = sent
    elif status == "scheduled":
        write.attrs["activity_at"] = write.value("date_scheduled") or now
    if current is None:
        write.attrs.setdefault("direction", directions[0] if status == "inbox" else directions[1])
