"""Email activities and their threads: ``/activity/email/``, ``/activity/emailthread/``.

Every email starts a thread or joins one of the same lead (``thread_id``); the thread
keeps its emails in order. Deleting a thread deletes its emails; deleting the last email
of a thread deletes the thread [unverified]. The states are :mod:`.messages`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .._engine import CONTACT_ON_LEAD, USER, Family, Ref, Write
from .._organization import Organization
from .._records import Email, EmailThread, new_id, parse_moment, utcnow
from ._support import no_list, user_name
from .messages import apply_states
from .notes import text_of

_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)
#: How much of the plain body ``body_preview`` shows [unverified: Close's length].
_PREVIEW_CHARS = 200


def _check(write: Write) -> None:
    if "body_html" in write.body and "body_text" not in write.body:
        write.attrs["body_text"] = text_of(write.body["body_html"])
    apply_states(write, "email", ("incoming", "outgoing"), sender="sender")
    if write.current is not None or write.errors:
        return
    if write.body.get("status") == "sent" and not write.body.get("sender"):
        write.attrs["sender"] = write.req.user.email  # Close's default for logged sent emails
    if "thread_id" not in write.body:
        thread = EmailThread(
            **write.org.stamp(write.req.user.id, new_id("acti_")),
            lead_id=write.parent_id or "",
            contact_id=write.attrs.get("contact_id"),
            user_id=write.attrs.get("user_id", write.req.user.id),
            activity_at=write.attrs.get("activity_at", utcnow()),
        )
        write.attrs["thread_id"] = thread.id
        write.pending.append(("email_threads", thread))


def _after(write: Write, email: Email, created: bool) -> None:
    thread = write.org.email_threads[email.thread_id]
    if created:
        thread.email_ids[email.id] = None
    thread.activity_at = max(thread.activity_at, email.activity_at)


def _after_delete(org: Organization, email: Email) -> None:
    thread = org.email_threads.get(email.thread_id)
    if thread is None:
        return
    thread.email_ids.pop(email.id, None)
    if not thread.email_ids:
        org.remove("email_threads", thread.id)


def _preview(org: Organization, email: Email) -> str:
    return " ".join(email.body_text.split())[:_PREVIEW_CHARS]


EMAILS = Family(
    name="email",
    plural="emails",
    collection="emails",
    record=Email,
    model="Activity",
    refs={
        "contact_id": CONTACT_ON_LEAD,
        "user_id": USER,
        "thread_id": Ref("email_threads", same_lead=True),
    },
    immutable=("lead_id", "thread_id"),
    defaults={
        "contact_id": None,
        "user_id": lambda write: write.req.user.id,
        "sender": None,
        "to": [],
        "cc": [],
        "bcc": [],
        "subject": "",
        "body_text": "",
        "body_html": "",
        "template_id": None,
        "attachments": [],
        "date_sent": None,
        "date_scheduled": None,
        "activity_at": lambda write: utcnow(),
    },
    convert={"date_scheduled": parse_moment, "date_sent": parse_moment},
    check=_check,
    after=_after,
    after_delete=_after_delete,
    computed={
        "_type": lambda org, email: "Email",
        "user_name": lambda org, email: user_name(org, email.user_id),
        "body_preview": _preview,
        "opens": no_list,
    },
)


def _thread_emails(org: Organization, thread: EmailThread) -> Iterable[Email]:
    return (org.emails[email_id] for email_id in thread.email_ids)


def _subject(org: Organization, thread: EmailThread) -> str:
    last = next(reversed(thread.email_ids), None)
    subject = org.emails[last].subject if last is not None else ""
    return _REPLY_PREFIX.sub("", subject).strip()


def _after_thread_delete(org: Organization, thread: EmailThread) -> None:
    for email_id in list(thread.email_ids):
        if email_id in org.emails:
            org.remove("emails", email_id)


def _count(org: Organization, thread: EmailThread) -> Any:
    return len(thread.email_ids)


EMAIL_THREADS = Family(
    name="email_thread",
    plural="email_threads",
    collection="email_threads",
    record=EmailThread,
    model="Activity",
    after_delete=_after_thread_delete,
    embeds={"emails": ("email", _thread_emails)},
    computed={
        "_type": lambda org, thread: "EmailThread",
        "user_name": lambda org, thread: user_name(org, thread.user_id),
        "latest_normalized_subject": _subject,
        "n_emails": _count,
    },
)
