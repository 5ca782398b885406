"""What the control surface can inject: the objects only Close itself makes.

Each :class:`Kind` is one line of the table :data:`KINDS`: the JSON schema of its body
(beyond the ``lead_id`` / ``contact_id`` / ``user_id`` every kind takes), the collection
its record goes to, the operation that reads it back, how its record is built from a
valid body, and the task Close raises for it, if any. The machinery that validates,
stores, raises and renders is generic (:mod:`._control`); adding a kind is adding a line.

Close's own behaviour decides the records: meetings come from calendar sync
(``source: calendar``), form submissions from the organization's forms, calls from
Close's phone system (``source: Close.io``, so their status, duration and direction can
no longer change), incoming emails and SMS arrive with ``status: inbox``. Tasks follow
§3.2 of the breadth notes: a missed inbound call raises ``missed_call``, a voicemail
``voicemail``, an incoming email ``incoming_email`` (one open task per thread, collecting
its emails) and an incoming SMS ``incoming_sms``. The texts of raised tasks are the
emulator's choice [unverified: Close's wording].
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from ._organization import Organization
from ._records import (
    SMS,
    Call,
    Email,
    EmailThread,
    FormSubmission,
    Meeting,
    Task,
    new_id,
    parse_moment,
    utcnow,
)
from ._types import ValidationFailed

__all__ = ["KINDS", "Built", "Kind", "RaisedTask"]

_MOMENT: Final = {"type": "string", "format": "date-time"}
_TEXT: Final = {"type": "string", "maxLength": 65536}
_NULLABLE_TEXT: Final = {"type": ["string", "null"], "maxLength": 65536}
_PHONE: Final = {"type": "string", "minLength": 1, "maxLength": 64}
_ATTACHMENTS: Final = {"type": "array", "items": {"type": "object"}, "maxItems": 100}
#: How long an injected meeting lasts when the body gives no end [unverified default].
_DEFAULT_MEETING: Final = timedelta(minutes=30)
#: Dispositions of an inbound call nobody took: Close raises a missed-call task for them.
_MISSED: Final = frozenset({"no-answer", "abandoned"})


@dataclass(slots=True)
class RaisedTask:
    """A task Close raises for an injected record (``fields`` are its type's own)."""

    kind: str
    text: str
    object_type: str
    object_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    #: An open task of the same kind on the same object takes the record instead:
    #: this names the list in its ``fields`` that collects it (``emails``).
    collect: str | None = None


@dataclass(slots=True)
class Built:
    """A record's attributes (without the audit stamp) and what else Close made with it."""

    attrs: dict[str, Any]
    #: Records to insert before this one (a new email thread), as (collection, record).
    before: list[tuple[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Kind:
    """One injectable kind of object (see the module docstring)."""

    name: str
    description: str
    collection: str
    record: type
    #: The operation of Close's API that reads the record back (its rendering).
    get_operation: str
    properties: Mapping[str, Any]
    build: Callable[[Organization, Mapping[str, Any]], Built]
    required: tuple[str, ...] = ()
    #: Body properties naming a record of a collection that must be on the same lead.
    refs: Mapping[str, str] = field(default_factory=dict)
    #: The task Close raises for the stored record, if any.
    raises: Callable[[Any], RaisedTask | None] = lambda record: None
    #: After the record is stored (an email joins its thread).
    after: Callable[[Organization, Any], None] = lambda org, record: None

    def schema(self) -> dict[str, Any]:
        """The JSON schema of this kind's body."""
        return {
            "type": "object",
            "additionalProperties": False,
            "required": ["lead_id", *self.required],
            "properties": {
                "lead_id": {"type": "string", "pattern": "^lead_[A-Za-z0-9]+$"},
                "contact_id": {"type": ["string", "null"], "pattern": "^cont_[A-Za-z0-9]+$"},
                "user_id": {"type": ["string", "null"], "pattern": "^user_[A-Za-z0-9]+$"},
                **self.properties,
            },
        }


def _moment(body: Mapping[str, Any], key: str, default: datetime) -> datetime:
    raw = body.get(key)
    if not isinstance(raw, str):
        return default
    try:
        return parse_moment(raw)
    except ValueError:
        raise ValidationFailed(field_errors={key: "Enter a valid ISO 8601 datetime."}) from None


# -- meetings ----------------------------------------------------------------------------


def _meeting_status(starts: datetime, ends: datetime | None, now: datetime) -> str:
    if starts > now:
        return "upcoming"
    if ends is not None and ends > now:
        return "in-progress"
    return "completed"


def _build_meeting(org: Organization, body: Mapping[str, Any]) -> Built:
    now = utcnow()
    starts = _moment(body, "starts_at", now)
    ends = _moment(body, "ends_at", starts + _DEFAULT_MEETING)
    return Built(
        {
            "title": body.get("title"),
            "starts_at": starts,
            "ends_at": ends,
            "status": body.get("status") or _meeting_status(starts, ends, now),
            "attendees": [dict(a) for a in body.get("attendees", [])],
            "is_recurring": bool(body.get("is_recurring", False)),
            "user_note_html": body.get("user_note_html"),
            "outcome_id": None,
            "source": "calendar",
            "calendar_event_link": body.get("calendar_event_link"),
            "activity_at": starts,
            "provider_calendar_event_id": body.get("provider_calendar_event_id"),
            "provider_calendar_ids": list(body.get("provider_calendar_ids", [])),
            "provider_calendar_type": body.get("provider_calendar_type"),
        }
    )


_ATTENDEE: Final = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "email": {"type": ["string", "null"], "maxLength": 254},
        "name": _NULLABLE_TEXT,
        "contact_id": {"type": ["string", "null"]},
        "user_id": {"type": ["string", "null"]},
        "is_organizer": {"type": "boolean"},
        "status": {"enum": ["noreply", "yes", "no", "maybe"]},
    },
}

_MEETING = Kind(
    name="meeting",
    description="A meeting synced from a user's calendar (Close's calendar sync).",
    collection="meetings",
    record=Meeting,
    get_operation="get_meeting",
    properties={
        "title": _NULLABLE_TEXT,
        "starts_at": _MOMENT,
        "ends_at": _MOMENT,
        "status": {
            "enum": [
                "upcoming",
                "in-progress",
                "completed",
                "canceled",
                "declined-by-lead",
                "declined-by-org",
            ]
        },
        "attendees": {"type": "array", "items": _ATTENDEE, "maxItems": 500},
        "is_recurring": {"type": "boolean"},
        "user_note_html": _NULLABLE_TEXT,
        "calendar_event_link": _NULLABLE_TEXT,
        "provider_calendar_event_id": {"type": "string", "minLength": 1, "maxLength": 1024},
        "provider_calendar_ids": {"type": "array", "items": {"type": "string"}, "maxItems": 50},
        "provider_calendar_type": {"type": "string", "minLength": 1, "maxLength": 64},
    },
    build=_build_meeting,
)


# -- form submissions --------------------------------------------------------------------


def _normalized_url(url: str | None) -> str | None:
    """The page a form was sent from without query, fragment or trailing slash [unverified]."""
    if not url:
        return None
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def _build_form_submission(org: Organization, body: Mapping[str, Any]) -> Built:
    from ._resources.forms import values_by_name

    values = dict(body.get("values", {}))
    # A submission of one of the organization's forms names its values by the form's
    # field names too (``formfld_…`` id -> name), unless the body says otherwise.
    form = org.collection("forms").get(body["form_id"])
    by_name = body.get("values_by_name", values_by_name(org, body["form_id"], values))
    return Built(
        {
            "form_id": body["form_id"],
            "form_name": body.get("form_name", form.name if form is not None else None),
            "form_configuration_id": body.get("form_configuration_id"),
            "values": values,
            "values_by_name": dict(by_name),
            "ip_address": body.get("ip_address"),
            "origin": body.get("origin"),
            "source_url": body.get("source_url"),
            "source_url_normalized": _normalized_url(body.get("source_url")),
            "activity_at": _moment(body, "activity_at", utcnow()),
        }
    )


_FORM_SUBMISSION = Kind(
    name="form_submission",
    description="A submission of one of the organization's forms.",
    collection="form_submissions",
    record=FormSubmission,
    get_operation="get_form_submission",
    required=("form_id",),
    properties={
        "form_id": {"type": "string", "minLength": 1, "maxLength": 128},
        "form_name": _NULLABLE_TEXT,
        "form_configuration_id": {"type": ["string", "null"], "maxLength": 128},
        "values": {"type": "object"},
        "values_by_name": {"type": "object"},
        "ip_address": {"type": ["string", "null"], "maxLength": 64},
        "origin": _NULLABLE_TEXT,
        "source_url": _NULLABLE_TEXT,
        "activity_at": _MOMENT,
    },
    build=_build_form_submission,
)


# -- calls through Close's phone system ---------------------------------------------------


def _disposition(body: Mapping[str, Any]) -> str:
    if "disposition" in body:
        return str(body["disposition"])
    if body.get("voicemail_url"):
        return "vm-left"
    return "answered" if int(body.get("duration", 0)) > 0 else "no-answer"


def _build_call(org: Organization, body: Mapping[str, Any]) -> Built:
    from ._resources.calls import CLOSE_MADE, e164
    from ._resources.notes import rich_of

    remote = e164(body.get("remote_phone") or body.get("phone"))
    disposition = _disposition(body)
    answered = disposition == "answered"
    note = str(body.get("note", ""))
    return Built(
        {
            "direction": body.get("direction", "inbound"),
            "status": body.get("status", "completed" if answered else "no-answer"),
            "disposition": disposition,
            "call_method": "regular",
            "source": CLOSE_MADE,
            "duration": int(body.get("duration", 0)),
            "phone": remote,
            "local_phone": e164(body.get("local_phone")),
            "remote_phone": remote,
            "note": note,
            "note_html": rich_of(note) if note else "<body></body>",
            "recording_url": body.get("recording_url"),
            "voicemail_url": body.get("voicemail_url"),
            "voicemail_duration": body.get("voicemail_duration"),
            "cost": None,
            "outcome_id": None,
            "activity_at": _moment(body, "activity_at", utcnow()),
        }
    )


def _call_task(call: Call) -> RaisedTask | None:
    if call.direction != "inbound":
        return None
    caller = call.phone or "an unknown number"
    if call.voicemail_url or call.disposition == "vm-left":
        return RaisedTask(
            "voicemail",
            f"Voicemail from {caller}",
            "call",
            call.id,
            {"voicemail_url": call.voicemail_url, "voicemail_duration": call.voicemail_duration},
        )
    if call.disposition in _MISSED:
        return RaisedTask(
            "missed_call",
            f"Missed call from {caller}",
            "call",
            call.id,
            {"phone": call.phone, "local_phone": call.local_phone},
        )
    return None


_CALL_STATUSES: Final = [
    "created",
    "in-progress",
    "completed",
    "cancel",
    "no-answer",
    "busy",
    "failed",
    "timeout",
]
_DISPOSITIONS: Final = [
    "answered",
    "no-answer",
    "vm-answer",
    "vm-left",
    "busy",
    "blocked",
    "error",
    "abandoned",
]

_CALL = Kind(
    name="call",
    description=(
        "A call through Close's phone system: inbound (the default) or outbound. An inbound "
        "call nobody answered (disposition no-answer or abandoned, the default without a "
        "duration) raises a missed_call task; one with a voicemail (voicemail_url, or "
        "disposition vm-left) a voicemail task."
    ),
    collection="calls",
    record=Call,
    get_operation="get_call",
    properties={
        "direction": {"enum": ["inbound", "outbound"]},
        "status": {"enum": _CALL_STATUSES},
        "disposition": {"enum": _DISPOSITIONS},
        "duration": {"type": "integer", "minimum": 0, "maximum": 86400},
        "phone": _PHONE,
        "remote_phone": _PHONE,
        "local_phone": _PHONE,
        "note": _TEXT,
        "recording_url": {"type": ["string", "null"], "pattern": "^https://", "maxLength": 2048},
        "voicemail_url": {"type": ["string", "null"], "pattern": "^https://", "maxLength": 2048},
        "voicemail_duration": {"type": ["integer", "null"], "minimum": 0, "maximum": 86400},
        "activity_at": _MOMENT,
    },
    build=_build_call,
    raises=_call_task,
)


# -- incoming emails ---------------------------------------------------------------------


def _build_email(org: Organization, body: Mapping[str, Any]) -> Built:
    from ._resources.notes import text_of

    when = _moment(body, "date_sent", utcnow())
    html = str(body.get("body_html", ""))
    built = Built(
        {
            "thread_id": body.get("thread_id") or "",
            "direction": "incoming",
            "status": "inbox",
            "sender": body["sender"],
            "to": list(body.get("to", [])),
            "cc": list(body.get("cc", [])),
            "bcc": [],
            "subject": str(body.get("subject", "")),
            "body_text": str(body.get("body_text", text_of(html) if html else "")),
            "body_html": html,
            "template_id": None,
            "attachments": [dict(a) for a in body.get("attachments", [])],
            "date_sent": when,
            "date_scheduled": None,
            "activity_at": when,
        }
    )
    if not built.attrs["thread_id"]:
        thread = EmailThread(
            **org.stamp("", new_id("acti_")),
            lead_id=str(body["lead_id"]),
            contact_id=body.get("contact_id"),
            user_id=body.get("user_id"),
            activity_at=when,
        )
        built.attrs["thread_id"] = thread.id
        built.before.append(("email_threads", thread))
    return built


def _email_joins_thread(org: Organization, email: Email) -> None:
    thread = org.email_threads[email.thread_id]
    thread.email_ids[email.id] = None
    thread.activity_at = max(thread.activity_at, email.activity_at)


def _email_task(email: Email) -> RaisedTask:
    return RaisedTask(
        "incoming_email",
        f"Email from {email.sender}: {email.subject}"
        if email.subject
        else f"Email from {email.sender}",
        "emailthread",
        email.thread_id,
        {"emails": [email.id], "subject": email.subject},
        collect="emails",
    )


_EMAIL = Kind(
    name="email",
    description=(
        "An email received in a user's connected mailbox (status inbox, direction incoming), "
        "in a new thread or the lead's thread_id; raises an incoming_email task (one open "
        "task per thread collects its emails)."
    ),
    collection="emails",
    record=Email,
    get_operation="get_email",
    required=("sender",),
    refs={"thread_id": "email_threads"},
    properties={
        "sender": {"type": "string", "minLength": 1, "maxLength": 512},
        "to": {"type": "array", "items": {"type": "string"}, "maxItems": 100},
        "cc": {"type": "array", "items": {"type": "string"}, "maxItems": 100},
        "subject": {"type": "string", "maxLength": 998},
        "body_text": _TEXT,
        "body_html": _TEXT,
        "thread_id": {"type": "string", "pattern": "^acti_[A-Za-z0-9]+$"},
        "attachments": _ATTACHMENTS,
        "date_sent": _MOMENT,
    },
    build=_build_email,
    raises=_email_task,
    after=_email_joins_thread,
)


# -- incoming SMS ------------------------------------------------------------------------


def _build_sms(org: Organization, body: Mapping[str, Any]) -> Built:
    from ._resources.calls import e164

    when = _moment(body, "date_sent", utcnow())
    return Built(
        {
            "direction": "inbound",
            "status": "inbox",
            "text": str(body.get("text", "")),
            "template_id": None,
            "attachments": [dict(a) for a in body.get("attachments", [])],
            "local_phone": e164(body.get("local_phone")),
            "remote_phone": e164(body["remote_phone"]),
            "cost": None,
            "error_message": None,
            "date_sent": when,
            "date_scheduled": None,
            "activity_at": when,
        }
    )


def _sms_task(sms: SMS) -> RaisedTask:
    return RaisedTask(
        "incoming_sms",
        f"SMS from {sms.remote_phone}",
        "sms",
        sms.id,
        {
            "remote_phone": sms.remote_phone,
            "local_phone": sms.local_phone,
            "attachments": [dict(a) for a in sms.attachments],
        },
    )


_SMS = Kind(
    name="sms",
    description=(
        "A text message received on one of the organization's numbers; raises an incoming_sms task."
    ),
    collection="sms_messages",
    record=SMS,
    get_operation="get_sms",
    required=("remote_phone",),
    properties={
        "text": _TEXT,
        "remote_phone": _PHONE,
        "local_phone": _PHONE,
        "attachments": _ATTACHMENTS,
        "date_sent": _MOMENT,
    },
    build=_build_sms,
    raises=_sms_task,
)

#: Every injectable kind, by name.
KINDS: Mapping[str, Kind] = {
    kind.name: kind for kind in (_MEETING, _FORM_SUBMISSION, _CALL, _EMAIL, _SMS)
}


def raised_task(org: Organization, record: Any, raised: RaisedTask, assignee: str) -> Task:
    """An unsaved task of ``raised``'s type for ``record``, due when it happened."""
    return Task(
        **org.stamp("", new_id("task_")),
        lead_id=record.lead_id,
        kind=raised.kind,
        contact_id=record.contact_id,
        assigned_to=assignee,
        text=raised.text,
        date=record.activity_at,
        due_date=None,
        is_complete=False,
        object_type=raised.object_type,
        object_id=raised.object_id,
        extra=dict(raised.fields),
    )
