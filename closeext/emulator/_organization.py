"""One organization's state: its collections, their indexes and the cascades between them.

Mutations that must keep the organization free of dangling references (deleting a lead
with its children, merging leads, removing a custom field) live here as methods, so the
handlers in ``_resources`` never update an index by hand.

Layout, chosen so that reads cost the same however much an organization holds:

* every collection is an insertion-ordered ``dict`` keyed by id (lists page with ``islice``);
* each lead keeps ordered id sets of its contacts, opportunities, custom objects and custom
  activities, so "children of one lead" never scans the organization;
* counters track how many records use a status or a type, so refusing a delete is O(1);
* custom values are stored with the *scope* (association token) they were written under,
  so deleting a field or dropping a shared association hides its values at once without
  touching records (see ``_custom_values``).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, ClassVar

from ._eventlog import EventLog
from ._events import EventViews, Recording, notify
from ._limits import MAX_CONTACTS_PER_LEAD
from ._membership_records import new_membership
from ._records import (
    SMS,
    Call,
    Contact,
    CreatedActivity,
    CustomActivity,
    CustomField,
    CustomObject,
    CustomType,
    Email,
    EmailThread,
    FormSubmission,
    Lead,
    LeadMerge,
    LeadStatus,
    LeadStatusChange,
    Meeting,
    Note,
    Opportunity,
    OpportunityStatus,
    OpportunityStatusChange,
    Pipeline,
    Role,
    Task,
    TaskCompleted,
    User,
    WhatsAppMessage,
    add_to_totals,
    new_id,
    utcnow,
)

#: Built-in roles: id, name and the permissions the emulator checks. Only ``admin`` and
#: ``superuser`` may manage the organization (custom field definitions, for example).
BUILT_IN_ROLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("admin", "Admin", ("manage_organization", "view_all_leads", "edit_all_leads")),
    ("superuser", "Super User", ("manage_organization", "view_all_leads", "edit_all_leads")),
    ("user", "User", ("view_all_leads", "edit_all_leads")),
    ("restricteduser", "Restricted User", ()),
)
BUILT_IN_ROLE_IDS = frozenset(role[0] for role in BUILT_IN_ROLES)

_DEFAULT_LEAD_STATUSES = ("Potential", "Active qualified", "Bad Fit", "Customer")
_DEFAULT_OPPORTUNITY_STATUSES = (("Active", "active"), ("Won", "won"), ("Lost", "lost"))


class Organization:
    """One tenant: its users (stable) and all its data (wiped by :meth:`reset`).

    Mutations that must keep indexes consistent go through methods here; handlers read
    the collections directly.
    """

    #: Whether renderings are reused between writes (see ``_render``); off only to measure.
    memoize = True
    #: The caller's day the cached renderings were made for (a task's ``view`` depends on it).
    render_day: date | None = None
    #: How this organization's records look in the event log (the app sets it; ``_events``).
    event_views: EventViews | None = None
    #: The recording open now, if any: every change below reports to it (see :meth:`recording`).
    _recording: Recording | None = None
    #: Run at the end of every reset: the starting records only Close makes (connected
    #: accounts, …), registered by the families that serve them.
    seeders: ClassVar[list[Callable[[Organization], None]]] = []

    def __init__(self, org_id: str, name: str) -> None:
        self.id = org_id
        self.name = name
        self.currency = "USD"
        self.date_created = utcnow()
        self.users: dict[str, User] = {}
        # Handlers of one organization run one at a time (see ``_resources.__init__``).
        self.lock = threading.RLock()
        #: Called with each event of the event log, JSON-ready as ``/event/`` renders it,
        #: in the order the events happened, once the request that caused them is done
        #: (the event log calls them; webhook delivery listens). They survive :meth:`reset`.
        self.event_listeners: list[Callable[[Mapping[str, Any]], None]] = []
        self.reset()

    def __repr__(self) -> str:
        return f"Organization(id={self.id!r}, leads={len(self.leads)})"

    def reset(self) -> None:
        """Drop every record and configuration object; recreate the defaults."""
        # Every declared collection starts empty, so a family that declares one needs no
        # attribute here; the typed attributes below are the ones handlers read directly.
        for name in COLLECTIONS:
            setattr(self, name, {})
        self.leads: dict[str, Lead] = {}
        self.contacts: dict[str, Contact] = {}
        self.opportunities: dict[str, Opportunity] = {}
        self.custom_objects: dict[str, CustomObject] = {}
        self.custom_activities: dict[str, CustomActivity] = {}
        self.notes: dict[str, Note] = {}
        self.tasks: dict[str, Task] = {}
        self.task_completions: dict[str, TaskCompleted] = {}
        self.calls: dict[str, Call] = {}
        self.emails: dict[str, Email] = {}
        self.email_threads: dict[str, EmailThread] = {}
        self.sms_messages: dict[str, SMS] = {}
        self.whatsapp_messages: dict[str, WhatsAppMessage] = {}
        self.meetings: dict[str, Meeting] = {}
        self.lead_status_changes: dict[str, LeadStatusChange] = {}
        self.opportunity_status_changes: dict[str, OpportunityStatusChange] = {}
        self.created_activities: dict[str, CreatedActivity] = {}
        self.lead_merges: dict[str, LeadMerge] = {}
        self.form_submissions: dict[str, FormSubmission] = {}
        self.custom_fields: dict[str, CustomField] = {}
        self.custom_object_types: dict[str, CustomType] = {}
        self.custom_activity_types: dict[str, CustomType] = {}
        self.lead_statuses: dict[str, LeadStatus] = {}
        self.opportunity_statuses: dict[str, OpportunityStatus] = {}
        self.pipelines: dict[str, Pipeline] = {}
        self.roles: dict[str, Role] = {}
        # Display order of the custom fields of each target (ordered id sets).
        self.schemas: dict[str, dict[str, None]] = {}
        # How many records use each status / type: O(1) answers to "may I delete it?".
        self.usage: Counter[str] = Counter()
        # Running sums over all opportunities, so the unfiltered list's aggregates are O(1).
        self.opportunity_totals: Counter[str] = Counter()
        # Bumped by every write: rendered records cached under an older generation are stale.
        self.generation = getattr(self, "generation", 0) + 1
        self.render_generation = 0
        # (renderer, record id) -> (rendered dict, its JSON); cleared when the generation moves.
        self.render_cache: dict[tuple[int, str], tuple[dict[str, Any], bytes]] = {}
        #: Every change recorded in the last 30 days (``GET /event/``; see ``_eventlog``).
        self.event_log = EventLog()
        first_user = next(iter(self.users.values()), None)
        actor = first_user.id if first_user else ""
        for role_id, role_name, permissions in BUILT_IN_ROLES:
            self.roles[role_id] = Role(
                **self.stamp(actor, role_id),
                name=role_name,
                permissions=list(permissions),
                visibility_user_lcf_ids=[],
                visibility_user_lcf_behavior=None,
                built_in=True,
            )
        for user in self.users.values():
            user.role_id = "admin"
            # Members stay members: their memberships are made again, not recorded as new.
            membership = new_membership(user, actor)
            self.collection("memberships")[membership.id] = membership
        for label in _DEFAULT_LEAD_STATUSES:
            status = LeadStatus(**self.stamp(actor, new_id("stat_")), label=label)
            self.lead_statuses[status.id] = status
        pipeline = Pipeline(**self.stamp(actor, new_id("pipe_")), name="Sales")
        self.pipelines[pipeline.id] = pipeline
        for label, kind in _DEFAULT_OPPORTUNITY_STATUSES:
            opp_status = OpportunityStatus(
                **self.stamp(actor, new_id("stat_")),
                label=label,
                type=kind,
                pipeline_id=pipeline.id,
            )
            self.opportunity_statuses[opp_status.id] = opp_status
            pipeline.status_ids[opp_status.id] = None
        for seed in Organization.seeders:
            seed(self)

    @staticmethod
    def stamp(user_id: str, record_id: str) -> dict[str, Any]:
        """The audit keyword arguments for a record created now by ``user_id``."""
        now = utcnow()
        return {
            "id": record_id,
            "created_by": user_id,
            "updated_by": user_id,
            "date_created": now,
            "date_updated": now,
        }

    # -- users -------------------------------------------------------------------------

    def add_user(self, first_name: str, last_name: str, email: str) -> User:
        """Add a member with the admin role."""
        now = utcnow()
        user = User(
            id=new_id("user_"),
            organization_id=self.id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            role_id="admin",
            date_created=now,
            date_updated=now,
        )
        self.users[user.id] = user
        membership = new_membership(user, user.id)
        self.collection("memberships")[membership.id] = membership
        return user

    # -- defaults ----------------------------------------------------------------------

    def default_lead_status_id(self) -> str | None:
        """The first lead status: what a new lead gets when it names none."""
        return next(iter(self.lead_statuses), None)

    def default_opportunity_status_id(self, pipeline_id: str | None = None) -> str | None:
        """The first status of ``pipeline_id``, or of the first pipeline that has one."""
        if pipeline_id is not None:
            pipeline = self.pipelines.get(pipeline_id)
            return next(iter(pipeline.status_ids), None) if pipeline else None
        for pipeline in self.pipelines.values():
            if pipeline.status_ids:
                return next(iter(pipeline.status_ids))
        return None

    # -- schemas -----------------------------------------------------------------------

    def schema(self, target: str) -> dict[str, None]:
        """The ordered field ids of ``target`` (created empty on first use)."""
        return self.schemas.setdefault(target, {})

    def remove_target(self, target: str) -> None:
        """Forget a target that no longer exists: its fields and shared associations."""
        for field_id in list(self.schemas.pop(target, {})):
            custom_field = self.custom_fields.get(field_id)
            if custom_field is None:
                continue
            if custom_field.kind == "shared":
                custom_field.associations.pop(target, None)
            else:
                del self.custom_fields[field_id]

    def remove_field(self, custom_field: CustomField) -> None:
        """Delete a field; its stored values become invisible at once (scope gone)."""
        self.custom_fields.pop(custom_field.id, None)
        targets = (list(custom_field.associations) if custom_field.kind == "shared" else []) + (
            [custom_field.target] if custom_field.target else []
        )
        for target in targets:
            self.schemas.get(target, {}).pop(custom_field.id, None)
        custom_field.associations.clear()

    # -- the event log -------------------------------------------------------------------

    @contextmanager
    def recording(
        self,
        *,
        meta: Mapping[str, Any] | None = None,
        user_id: str | None = None,
        api_key_id: str | None = None,
        views: EventViews | None = None,
    ) -> Iterator[Recording]:
        """Record every change made in the block as events of one request.

        The pipeline opens one per write request (``meta`` = its method and path, the
        caller as ``user_id``). Changes made outside a request — a clock timer, the
        control surface — are recorded only inside such a block::

            with org.recording():                 # meta {}, user_id null
                org.insert("meetings", meeting)   # -> activity.meeting created

        It takes :attr:`lock` for the block. At its end the events are committed to
        :attr:`event_log` (one ``request_id`` for all of them), then, with the lock
        released, handed to :attr:`event_listeners` (webhook delivery). A block opened
        inside another one joins it. ``user_id=None`` means no user did it (Close's null).
        """
        committed: list[dict[str, Any]] = []
        try:
            with self.lock:
                if self._recording is not None:
                    yield self._recording
                    return
                chosen = views or self.event_views
                if chosen is None:
                    raise RuntimeError("this organization has no event views (see World)")
                self.event_views = chosen
                recording = Recording(
                    self,
                    chosen,
                    collections=COLLECTIONS,
                    children=CHILDREN,
                    user_id=user_id,
                    api_key=api_key_id,
                    meta=meta,
                )
                self._recording = recording
                try:
                    yield recording
                finally:
                    self._recording = None
                    committed = recording.commit()
                    # Changes made outside a request (clock timers, the control surface)
                    # must invalidate cached renderings as a request's writes do.
                    self.generation += 1
        finally:
            notify(self.event_listeners, committed)

    def record_action(self, record_id: str, action: str) -> None:
        """Also record ``action`` (``sent`` …) on ``record_id`` after its created or updated
        event of this request (nothing when the request records none for it)."""
        if self._recording is not None:
            self._recording.action(record_id, action)

    # -- records: one place for every change that an index or a counter follows -----

    def collection(self, name: str) -> dict[str, Any]:
        """The records of the collection ``name`` (``"leads"``, ``"contacts"``, …) by id."""
        records: dict[str, Any] = getattr(self, name)
        return records

    def insert(self, name: str, record: Any) -> None:
        """Store a new record and enter it in its parent's index and the usage counters."""
        spec = COLLECTIONS[name]
        if self._recording is not None:
            self._recording.inserting(name, record)
        self.collection(name)[record.id] = record
        if spec.parent is not None:
            parent = self.collection(spec.parent)[getattr(record, spec.parent_key)]
            spec.children(parent)[record.id] = None
        self._count(spec, record, +1)

    def change(self, name: str, record: Any, attrs: Mapping[str, Any], user_id: str) -> None:
        """Set validated attributes on a stored record, keeping the counters right."""
        spec = COLLECTIONS[name]
        if self._recording is not None:
            self._recording.changing(name, record)
        counted = bool(spec.counts) or spec.tally is not None
        if counted:
            self._count(spec, record, -1)
        record.update(attrs, user_id)
        if counted:
            self._count(spec, record, +1)

    def remove(self, name: str, record_id: str) -> None:
        """Delete a record with everything that hangs off it (from the parent declarations).

        Children go first, recursively; references to the record from its siblings (an
        opportunity's ``contact_id``) are cleared, as Close does.
        """
        spec = COLLECTIONS[name]
        if self._recording is not None:
            self._recording.removing(name, self.collection(name)[record_id])
        record = self.collection(name).pop(record_id)
        for child in CHILDREN.get(name, ()):
            for child_id in list(child.children(record)):
                self.remove(child.name, child_id)
        self._count(spec, record, -1)
        if spec.parent is None:
            return
        parent = self.collection(spec.parent).get(getattr(record, spec.parent_key))
        if parent is None:
            return
        spec.children(parent).pop(record_id, None)
        for sibling_name, attribute in spec.nullify:
            sibling = COLLECTIONS[sibling_name]
            siblings = self.collection(sibling_name)
            for sibling_id in sibling.children(parent):
                if getattr(siblings[sibling_id], attribute) == record_id:
                    setattr(siblings[sibling_id], attribute, None)

    def reparent(self, name: str, source: Any, destination: Any) -> None:
        """Move every child of ``source`` (of collection ``name``) to ``destination``."""
        if self._recording is not None:
            self._recording.reparenting(name, source, destination)
        for child in CHILDREN.get(name, ()):
            records = self.collection(child.name)
            moved = child.children(destination)
            for child_id in child.children(source):
                setattr(records[child_id], child.parent_key, destination.id)
                moved[child_id] = None
            child.children(source).clear()

    def _count(self, spec: Collection, record: Any, sign: int) -> None:
        for attribute in spec.counts:
            self.usage[getattr(record, attribute)] += sign
        if spec.tally is not None:
            spec.tally(self, record, sign)

    # -- state constructors ------------------------------------------------------------

    def new_lead(self, user_id: str, name: str | None, status_id: str | None = None) -> Lead:
        """An unsaved lead with the organization's default status unless one is given."""
        return Lead(
            **self.stamp(user_id, new_id("lead_")),
            name=name,
            description="",
            url=None,
            status_id=status_id or self.default_lead_status_id() or "",
            addresses=[],
        )


def _tally_opportunity(org: Organization, record: Any, sign: int) -> None:
    add_to_totals(org.opportunity_totals, record, sign)


@dataclass(frozen=True, slots=True)
class Collection:
    """How one collection of records hangs together with the rest of the organization.

    ``parent`` names the collection a record belongs to (by ``parent_key``); the parent
    lists its children in an ordered id set, the attribute ``index`` or, by default, its
    ``children[<collection>]`` entry (so a new child family needs no field on the parent):
    deleting or merging a parent follows from these. ``counts`` are attributes whose
    values are counted in ``Organization.usage`` (statuses and types in use);
    ``nullify`` lists siblings whose reference to a deleted record is cleared; ``tally``
    keeps running totals.
    """

    name: str
    parent: str | None = None
    parent_key: str = "lead_id"
    index: str | None = None
    counts: tuple[str, ...] = ()
    nullify: tuple[tuple[str, str], ...] = ()
    tally: Callable[[Organization, Any, int], None] | None = None
    #: How many records of this collection one parent may hold (``None``: no bound).
    limit: int | None = None

    def children(self, parent: Any) -> dict[str, None]:
        """The ordered id set of this collection's records under ``parent``."""
        if self.index is not None:
            ids: dict[str, None] = getattr(parent, self.index)
            return ids
        return parent.children.setdefault(self.name, {})  # type: ignore[no-any-return]


_DECLARED = (
    Collection("leads", counts=("status_id",)),
    Collection(
        "contacts",
        parent="leads",
        index="contact_ids",
        limit=MAX_CONTACTS_PER_LEAD,
        nullify=(
            ("opportunities", "contact_id"),
            ("custom_activities", "contact_id"),
            ("notes", "contact_id"),
            ("tasks", "contact_id"),
            ("calls", "contact_id"),
            ("emails", "contact_id"),
            ("email_threads", "contact_id"),
            ("sms_messages", "contact_id"),
            ("whatsapp_messages", "contact_id"),
            ("meetings", "contact_id"),
            ("form_submissions", "contact_id"),
        ),
    ),
    Collection(
        "opportunities",
        parent="leads",
        index="opportunity_ids",
        counts=("status_id",),
        tally=_tally_opportunity,
    ),
    Collection(
        "custom_objects",
        parent="leads",
        index="custom_object_ids",
        counts=("custom_object_type_id",),
    ),
    Collection(
        "custom_activities",
        parent="leads",
        index="activity_ids",
        counts=("custom_activity_type_id",),
    ),
    Collection("notes", parent="leads"),
    Collection("tasks", parent="leads"),
    Collection("task_completions", parent="leads"),
    Collection("calls", parent="leads"),
    Collection("emails", parent="leads"),
    Collection("email_threads", parent="leads"),
    Collection("sms_messages", parent="leads"),
    Collection("whatsapp_messages", parent="leads"),
    Collection("meetings", parent="leads"),
    Collection("lead_status_changes", parent="leads"),
    Collection("opportunity_status_changes", parent="leads"),
    Collection("created_activities", parent="leads"),
    Collection("lead_merges", parent="leads"),
    Collection("form_submissions", parent="leads"),
    Collection("smart_views"),
    Collection("exports"),
    # An export's file by download token: (gzip bytes, content type); no Close object.
    Collection("export_files"),
    # ==== h12: collections go below ====
    #
    #
    # ==== h13e: collections go below ====
    #
    #
    # ==== h13w: collections go below ====
    Collection("webhooks"),
    #
    #
    # ==== h14: collections go below ====
    Collection("bulk_edit_actions"),
    Collection("bulk_delete_actions"),
    # Advanced Filtering's open cursor sequences (token -> sequence) and its value indexes
    # (see ``_search``); neither holds records of Close, so nothing hangs off them.
    Collection("search_cursors"),
    Collection("search_indexes"),
    #
    #
    # ==== h15a: collections go below ====
    Collection("email_templates"),
    Collection("sms_templates"),
    Collection("groups"),
    Collection("comment_threads", parent="leads"),
    Collection("comments", parent="comment_threads", parent_key="thread_id"),
    Collection("sequences"),
    Collection("sequence_subscriptions", parent="contacts", parent_key="contact_id"),
    Collection("file_uploads"),  # written by ``_files`` directly: no Close object
    #
    #
    # ==== h15b: collections go below ====
    *(
        Collection(name)
        for name in (
            "integration_links",
            "outcomes",
            "playbooks",
            "blocked_phone_numbers",
            "phone_settings",
            "phone_numbers",
            "unsubscribed_emails",
            "send_as",
            "connected_accounts",
            "dialers",
            "scheduling_links",
            "shared_scheduling_links",
            "forms",
        )
    ),
    Collection(
        "shared_scheduling_link_associations",
        parent="shared_scheduling_links",
        parent_key="shared_scheduling_link_id",
    ),
    #
    #
    # ==== h15c: collections go below ====
    Collection("memberships"),
    #
    #
    # ==== h16b: collections go below ====
    Collection("bulk_email_actions"),
    Collection("bulk_sequence_subscription_actions"),
    #
    #
    Collection(
        "opportunity_statuses", parent="pipelines", parent_key="pipeline_id", index="status_ids"
    ),
    *(
        Collection(name)
        for name in (
            "custom_fields",
            "custom_object_types",
            "custom_activity_types",
            "lead_statuses",
            "pipelines",
            "roles",
        )
    ),
)
#: Every collection an organization holds, by name.
COLLECTIONS: Mapping[str, Collection] = MappingProxyType({c.name: c for c in _DECLARED})
#: The child collections of each parent collection.
CHILDREN: Mapping[str, tuple[Collection, ...]] = MappingProxyType(
    {
        parent: tuple(c for c in _DECLARED if c.parent == parent)
        for parent in {c.parent for c in _DECLARED if c.parent}
    }
)
