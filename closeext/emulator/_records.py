"""What the emulator stores: ids, timestamps and the record classes.

Plain data with no behaviour beyond small helpers; :class:`~._organization.Organization`
owns the collections and keeps their indexes consistent. Nothing here knows about HTTP.
"""

from __future__ import annotations

import secrets
import string
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ._clock import utcnow as utcnow  # re-exported: the state layer stamps times with it

_BASE62 = string.digits + string.ascii_letters

#: Prefixes whose ids Close mints with a 22-character suffix; the rest use 43.
_SHORT_ID_PREFIXES = frozenset({"cotype_", "actitype_", "pipe_"})


def new_id(prefix: str) -> str:
    """Mint a Close-style id: ``prefix`` plus a random base62 suffix of Close's length."""
    length = 22 if prefix in _SHORT_ID_PREFIXES else 43
    return prefix + "".join(secrets.choice(_BASE62) for _ in range(length))


def iso(moment: datetime) -> str:
    """Render a timestamp as Close does: ISO-8601, microseconds, ``+00:00``."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def today() -> date:
    """Today's date in UTC (the emulator does not see ``X-TZ-Offset``)."""
    return utcnow().date()


def parse_moment(text: str) -> datetime:
    """An ISO-8601 timestamp as an aware datetime (UTC when it names no offset)."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class StoredValue:
    """One custom field's value on one record.

    ``atoms`` is always a list (one element for single-value fields). ``scope`` is the
    token of the field or shared-field association the value was written under; a value
    whose scope no longer matches is invisible (the field or association was removed).
    """

    atoms: list[Any]
    scope: str


@dataclass(slots=True, kw_only=True)
class Record:
    """Fields every stored object shares: id, audit trail and custom values."""

    id: str
    created_by: str
    updated_by: str
    date_created: datetime
    date_updated: datetime
    custom: dict[str, StoredValue] = field(default_factory=dict)
    #: Properties the spec declares that the record class does not model (see ``_render``).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Ordered id sets of child records by collection (see ``Collection.children``).
    children: dict[str, dict[str, None]] = field(default_factory=dict)

    def touch(self, user_id: str) -> None:
        """Record an update by ``user_id`` now."""
        self.updated_by = user_id
        self.date_updated = utcnow()

    def update(self, attrs: Mapping[str, Any], user_id: str) -> None:
        """Set validated attributes (a PUT changes only what it sent) and record the update."""
        for key, value in attrs.items():
            setattr(self, key, value)
        self.touch(user_id)


@dataclass(slots=True, kw_only=True)
class Lead(Record):
    """A lead; its children are kept as ordered id sets (the per-lead indexes)."""

    name: str | None
    description: str
    url: str | None
    status_id: str
    addresses: list[dict[str, Any]]
    # Ordered id sets of the lead's children: the per-lead indexes.
    contact_ids: dict[str, None] = field(default_factory=dict)
    opportunity_ids: dict[str, None] = field(default_factory=dict)
    custom_object_ids: dict[str, None] = field(default_factory=dict)
    activity_ids: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True)
class Contact(Record):
    """A person on exactly one lead."""

    lead_id: str
    name: str | None
    title: str | None
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    urls: list[dict[str, Any]]


@dataclass(slots=True, kw_only=True)
class Opportunity(Record):
    """A deal on a lead; ``value`` in cents, the pipeline follows from the status."""

    lead_id: str
    status_id: str
    contact_id: str | None
    user_id: str | None
    value: int | None
    value_period: str
    confidence: int
    note: str
    date_won: date | None
    date_lost: date | None = None


@dataclass(slots=True, kw_only=True)
class CustomObject(Record):
    """An instance of a Custom Object Type on a lead."""

    custom_object_type_id: str
    lead_id: str
    name: str


@dataclass(slots=True, kw_only=True)
class CustomActivity(Record):
    """An instance of a Custom Activity Type on a lead (``draft`` or ``published``)."""

    custom_activity_type_id: str
    lead_id: str
    contact_id: str | None
    user_id: str
    status: str
    pinned: bool
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class Note(Record):
    """A note activity on a lead; ``note`` and ``note_html`` hold the same text."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    title: str | None
    note: str
    note_html: str
    pinned: bool
    attachments: list[dict[str, Any]]
    activity_at: datetime


#: A task's date: a whole day or a moment. (An alias, since the field named ``date`` would
#: shadow the type inside the class.)
DayOrMoment = date | datetime


@dataclass(slots=True, kw_only=True)
class Task(Record):
    """A task on a lead. ``kind`` is its ``_type``; ``date`` a day or a moment, or none."""

    lead_id: str
    kind: str
    contact_id: str | None
    assigned_to: str | None
    text: str
    date: DayOrMoment | None
    due_date: DayOrMoment | None
    is_complete: bool
    #: What Close raised the task for (``call``, ``emailthread``, ...) and its id.
    object_type: str | None = None
    object_id: str | None = None


@dataclass(slots=True, kw_only=True)
class TaskCompleted(Record):
    """The activity recorded when a task was completed (deleted when it is reopened)."""

    lead_id: str
    task_id: str
    contact_id: str | None
    user_id: str | None
    task_text: str
    task_assigned_to: str | None
    activity_at: datetime


def parse_day_or_moment(text: str) -> date | datetime:
    """``YYYY-MM-DD`` as a date, anything longer as an aware datetime (UTC by default)."""
    text = text.strip()
    return date.fromisoformat(text) if len(text) == 10 else parse_moment(text)


# ---------------------------------------------------------------------------------------
# Configuration objects
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Association:
    """A shared custom field's link to one object type (``target``)."""

    target: str
    required: bool
    editable_with_roles: list[str]
    token: str = field(default_factory=lambda: secrets.token_hex(8))


@dataclass(slots=True, kw_only=True)
class CustomField(Record):
    """A custom field definition of any kind.

    ``kind`` is the API family (``lead``, ``contact``, ``opportunity``, ``activity``,
    ``custom_object``, ``shared``). ``target`` is the object type a regular field belongs
    to (``lead`` … ``custom_activity_type/<id>``, ``custom_object_type/<id>``); shared fields
    have no target of their own but one ``Association`` per target.
    """

    kind: str
    target: str | None
    name: str
    description: str | None
    type: str
    choices: list[str] | None
    accepts_multiple_values: bool
    editable_with_roles: list[str]
    required: bool
    referenced_custom_type_id: str | None
    back_reference_is_visible: bool
    associations: dict[str, Association] = field(default_factory=dict)

    @property
    def scope(self) -> str:
        """Scope token of a regular field: its id (field ids are never reused)."""
        return self.id


@dataclass(slots=True, kw_only=True)
class CustomType(Record):
    """A Custom Object Type or a Custom Activity Type (they share their attributes)."""

    name: str
    name_plural: str | None
    description: str | None
    api_create_only: bool
    editable_with_roles: list[str]
    is_archived: bool


@dataclass(slots=True, kw_only=True)
class LeadStatus(Record):
    """A lead status; the organization keeps them in display order."""

    label: str
    color: str | None = None


@dataclass(slots=True, kw_only=True)
class OpportunityStatus(Record):
    """An opportunity status of one pipeline; ``type`` is active, won or lost."""

    label: str
    type: str
    pipeline_id: str


@dataclass(slots=True, kw_only=True)
class Pipeline(Record):
    """A pipeline with its ordered opportunity status ids."""

    name: str
    # Ordered id set of the pipeline's statuses (the child index of opportunity statuses).
    status_ids: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True)
class Role(Record):
    """A built-in or custom role with its permissions and lead visibility settings."""

    name: str
    permissions: list[str]
    visibility_user_lcf_ids: list[str]
    visibility_user_lcf_behavior: str | None
    built_in: bool


@dataclass(slots=True, kw_only=True)
class User:
    """A member of one organization; survives ``World.reset``."""

    id: str
    organization_id: str
    first_name: str
    last_name: str
    email: str
    role_id: str
    date_created: datetime
    date_updated: datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def expected_cents(value: int | None, confidence: int) -> int:
    """A value weighted by confidence (percent), rounded to whole cents."""
    return round((value or 0) * confidence / 100)


def add_to_totals(totals: Counter[str], opportunity: Opportunity, sign: int) -> None:
    """Count one opportunity in per-period totals: ``count:``, ``value:`` and ``expected:``."""
    period = opportunity.value_period
    totals[f"count:{period}"] += sign
    totals[f"value:{period}"] += sign * (opportunity.value or 0)
    totals[f"expected:{period}"] += sign * expected_cents(opportunity.value, opportunity.confidence)


def custom_object_target(custom_object_type_id: str) -> str:
    """The target key of instances of one Custom Object Type."""
    return f"custom_object_type/{custom_object_type_id}"


def custom_activity_target(custom_activity_type_id: str) -> str:
    """The target key of instances of one Custom Activity Type."""
    return f"custom_activity_type/{custom_activity_type_id}"


@dataclass(slots=True, kw_only=True)
class Call(Record):
    """A call activity on a lead: logged (``source`` ``External``) or made through Close."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    direction: str
    status: str
    disposition: str | None
    call_method: str | None
    source: str
    duration: int
    phone: str | None
    local_phone: str | None
    remote_phone: str | None
    note: str
    note_html: str
    recording_url: str | None
    voicemail_url: str | None
    voicemail_duration: int | None
    cost: str | None
    outcome_id: str | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class Email(Record):
    """An email activity on a lead, in one thread; ``status`` follows Close's states."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    thread_id: str
    direction: str
    status: str
    sender: str | None
    to: list[str]
    cc: list[str]
    bcc: list[str]
    subject: str
    body_text: str
    body_html: str
    template_id: str | None
    attachments: list[dict[str, Any]]
    date_sent: datetime | None
    date_scheduled: datetime | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class EmailThread(Record):
    """The emails of one conversation on a lead (ordered id set, oldest first)."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    activity_at: datetime
    email_ids: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True)
class SMS(Record):
    """A text message on a lead; ``status`` follows the states emails have."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    direction: str
    status: str
    text: str
    template_id: str | None
    attachments: list[dict[str, Any]]
    local_phone: str | None
    remote_phone: str | None
    cost: str | None
    error_message: str | None
    date_sent: datetime | None
    date_scheduled: datetime | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class WhatsAppMessage(Record):
    """A WhatsApp message logged on a lead, with one of its contacts."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    direction: str
    external_whatsapp_message_id: str
    message_markdown: str
    attachments: list[dict[str, Any]]
    integration_link: str | None
    response_to_id: str | None
    local_phone: str
    remote_phone: str
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class Meeting(Record):
    """A meeting synced from a calendar; only Close makes them."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    title: str | None
    starts_at: datetime
    ends_at: datetime | None
    status: str
    attendees: list[dict[str, Any]]
    is_recurring: bool
    user_note_html: str | None
    outcome_id: str | None
    source: str
    calendar_event_link: str | None
    activity_at: datetime
    #: The calendar provider's ids of the event and its calendars, and the provider.
    provider_calendar_event_id: str | None = None
    provider_calendar_ids: list[str] = field(default_factory=list)
    provider_calendar_type: str | None = None
    #: The tab an OAuth app keeps on the meeting (``POST …/integration/``), if any.
    integration: dict[str, Any] | None = None


@dataclass(slots=True, kw_only=True)
class LeadStatusChange(Record):
    """A lead's status change, with the labels the statuses had at the time."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    old_status_id: str | None
    old_status_label: str | None
    new_status_id: str | None
    new_status_label: str | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class OpportunityStatusChange(Record):
    """An opportunity's status change, with its pipelines and value at the time."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    opportunity_id: str
    old_status_id: str | None
    old_status_label: str | None
    old_status_type: str | None
    new_status_id: str | None
    new_status_label: str | None
    new_status_type: str | None
    old_pipeline_id: str | None
    old_pipeline_name: str | None
    new_pipeline_id: str | None
    new_pipeline_name: str | None
    opportunity_value: int | None
    opportunity_value_period: str | None
    opportunity_value_currency: str | None
    opportunity_confidence: int | None
    opportunity_date_won: datetime | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class CreatedActivity(Record):
    """When and how a lead was made (``source``: ``api``, ``ui``, ``import``, …)."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    source: str
    import_id: str | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class LeadMerge(Record):
    """A merge of ``source_lead_id`` into the lead it is on."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    status: str
    source_lead_id: str
    source_lead_name: str | None
    activity_at: datetime


@dataclass(slots=True, kw_only=True)
class FormSubmission(Record):
    """A submission of one of the organization's forms; only Close makes them."""

    lead_id: str
    contact_id: str | None
    user_id: str | None
    form_id: str
    form_name: str | None
    form_configuration_id: str | None
    values: dict[str, Any]
    values_by_name: dict[str, Any]
    ip_address: str | None
    origin: str | None
    source_url: str | None
    source_url_normalized: str | None
    activity_at: datetime
