"""Recording every change as Close's event log shows it.

Every change to an organization goes through ``Organization.insert / change / remove /
reparent``; while a :class:`Recording` is open on the organization those methods report
to it *before* they mutate anything, and the recording turns the reports into events when
it is committed (at the end of the request, or of an ``Organization.recording()`` block):

* ``created``: ``data`` is the object as the request left it (so a lead created with its
  contacts shows their ids); ``previous_data`` is ``null``;
* ``updated``: ``previous_data`` holds the old values of the changed properties, taken
  before the first change of the request; ``changed_fields`` lists the properties whose
  value differs at commit among those the family says fire ``updated``. Several updates
  of one object in one request become one event (Close consolidates too), and an update
  that changed nothing that counts records nothing;
* ``deleted``: ``previous_data`` is the whole object (rendered before its children were
  removed, complete enough to POST again); ``data`` is ``null``;
* other actions (``completed``, ``sent``, ``merged``): right after the object's
  created / updated event, from the family's ``event_actions`` or an explicit
  ``Organization.record_action``.

How a family's events look is declared on the family (``Family.event_type``,
``event_fields``, ``event_omit``, ``event_actions``, ``event_parent_field``; see
``_engine``); :func:`default_object_type` derives Close's ``object_type`` from the
declaration when the family says nothing, so a new family gets events with no extra work.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import secrets
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Protocol

from ._clock import utcnow
from ._eventlog import EventLog

logger = logging.getLogger("closeext.emulator")

_BASE62: Final = string.digits + string.ascii_letters
#: Properties that change with every write and never make an update on their own.
AUDIT: Final = frozenset({"date_updated", "updated_by", "updated_by_name"})
#: In ``event_fields``: every ``custom.cf_…`` property.
CUSTOM: Final = "custom."


class Org(Protocol):
    """What a recording needs of the organization (``_organization`` imports this module)."""

    id: str
    event_log: EventLog

    def collection(self, name: str) -> dict[str, Any]: ...


class Links(Protocol):
    """What a recording needs of a collection's declaration (``_organization.Collection``)."""

    @property
    def name(self) -> str: ...
    @property
    def parent(self) -> str | None: ...
    @property
    def parent_key(self) -> str: ...

    def children(self, parent: Any) -> dict[str, None]: ...


#: A family's renderer: (organization, record) -> the record as its endpoint shows it.
Render = Callable[[Any, Any], dict[str, Any]]


def short_id(prefix: str) -> str:
    """``prefix`` plus 22 random base62 characters (Close's event and request ids)."""
    return prefix + "".join(secrets.choice(_BASE62) for _ in range(22))


def api_key_id(user_id: str) -> str:
    """The id of the API key a member calls with (``api_…``).

    Every emulator key belongs to exactly one member, so an id derived from the member's
    id is stable per key without the key itself ever being read (it is a secret).
    """
    digest = hashlib.sha256(f"api-key:{user_id}".encode()).digest()
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(22):
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "api_" + "".join(chars)


def default_object_type(name: str, model: str) -> str:
    """Close's ``object_type`` for a family declared as ``name`` with 404 model ``model``.

    Activities are ``activity.<name>`` (``note`` -> ``activity.note``,
    ``task_completed_activity`` -> ``activity.task_completed``); custom fields
    ``custom_fields.<kind>``; statuses ``status.<kind>``; anything else its name.
    A family whose Close name differs declares ``Family(event_type=...)`` instead: a string,
    or a function of the record (tasks: ``lambda task: f"task.{task.kind}"``).
    """
    if model == "Activity":
        return "activity." + name.removesuffix("_activity")
    if name.endswith("_custom_field"):
        return "custom_fields." + name.removesuffix("_custom_field")
    if name.endswith("_status"):
        return "status." + name.removesuffix("_status")
    return name


@dataclass(frozen=True, slots=True)
class EventView:
    """How the records of one family appear in the event log."""

    collection: str
    object_type: Callable[[Any], str]
    render: Render
    #: Rendered properties whose change is an ``updated`` (``None``: all but :data:`AUDIT`).
    fields: frozenset[str] | None = None
    actions: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)
    parent_field: str | None = None
    belongs: Callable[[Any], bool] | None = None

    def counts(self, name: str) -> bool:
        """Whether a change of the rendered property ``name`` fires ``updated``."""
        if name in AUDIT:
            return False
        if self.fields is None:
            return True
        return name in self.fields or (name.startswith(CUSTOM) and CUSTOM in self.fields)

    def lead_of(self, record: Any) -> str | None:
        if self.collection == "leads":
            return str(record.id)
        lead_id = getattr(record, "lead_id", None)
        return lead_id if isinstance(lead_id, str) and lead_id else None


class EventViews:
    """Every family's :class:`EventView`, found by collection (and ``belongs``)."""

    def __init__(self, views: Iterable[EventView]) -> None:
        self._by_collection: dict[str, list[EventView]] = {}
        for view in views:
            self._by_collection.setdefault(view.collection, []).append(view)

    def __repr__(self) -> str:
        return f"EventViews(collections={len(self._by_collection)})"

    def view(self, collection: str, record: Any) -> EventView | None:
        for view in self._by_collection.get(collection, ()):
            if view.belongs is None or view.belongs(record):
                return view
        return None


@dataclass(slots=True)
class _Pending:
    """One event waiting for the commit."""

    view: EventView
    collection: str
    record: Any
    action: str
    object_id: str
    object_type: str
    moment: datetime
    #: updated: the object before the request's first change; deleted: the whole object.
    before: dict[str, Any] | None = None


class Recording:
    """The events of one request (or one change outside a request) until committed.

    Every event of one recording shares its ``request_id``, ``user_id``, ``api_key_id``
    and ``meta`` (the request's method and path; merge ids once a merge happened).
    """

    def __init__(
        self,
        org: Org,
        views: EventViews,
        *,
        collections: Mapping[str, Links],
        children: Mapping[str, tuple[Links, ...]],
        user_id: str | None = None,
        api_key: str | None = None,
        meta: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.org = org
        self.views = views
        self._collections = collections
        self._children = children
        self.user_id = user_id
        self.api_key_id = api_key
        self.meta: dict[str, Any] = dict(meta or {})
        self.request_id = request_id or short_id("req_")
        self._pending: list[_Pending] = []
        self._updates: dict[str, _Pending] = {}
        self._created: set[str] = set()
        self._removing: set[str] = set()
        #: The last rendering of each object this recording removed (their data at commit).
        self._gone: dict[str, dict[str, Any]] = {}
        self._extra: dict[str, list[str]] = {}

    def __repr__(self) -> str:
        return f"Recording({self.request_id}, pending={len(self._pending)})"

    # -- reports from Organization, each before the mutation ------------------------

    def _event(
        self, view: EventView, collection: str, record: Any, action: str, **extra: Any
    ) -> _Pending:
        pending = _Pending(
            view=view,
            collection=collection,
            record=record,
            action=action,
            object_id=str(record.id),
            object_type=view.object_type(record),
            moment=utcnow(),
            **extra,
        )
        self._pending.append(pending)
        return pending

    def _parent_changes(self, view: EventView, collection: str, record: Any) -> None:
        """A child joining or leaving its parent's list (a lead's ``contact_ids``)."""
        if view.parent_field is None:
            return
        spec = self._collections[collection]
        if spec.parent is None:
            return
        parent_id = getattr(record, spec.parent_key, None)
        parent = self.org.collection(spec.parent).get(parent_id or "")
        if parent is not None and parent.id not in self._removing:
            self.changing(spec.parent, parent)

    def inserting(self, collection: str, record: Any) -> None:
        view = self.views.view(collection, record)
        if view is None:
            return
        self._parent_changes(view, collection, record)
        self._created.add(str(record.id))
        self._event(view, collection, record, "created")

    def changing(self, collection: str, record: Any) -> None:
        record_id = str(record.id)
        if record_id in self._created or record_id in self._updates:
            return  # the created event's data, or the first update's snapshot, covers it
        view = self.views.view(collection, record)
        if view is None:
            return
        before = view.render(self.org, record)
        self._updates[record_id] = self._event(view, collection, record, "updated", before=before)

    def removing(self, collection: str, record: Any) -> None:
        view = self.views.view(collection, record)
        if view is None:
            return
        record_id = str(record.id)
        if record_id not in self._removing:
            self._parent_changes(view, collection, record)
            # The cascade removes the children one by one; each is rendered now, while
            # the whole tree is still consistent (a thread still has its emails).
            self._snapshot_tree(collection, record)
        rendered = self._gone.get(record_id) or view.render(self.org, record)
        self._gone[record_id] = rendered
        self._event(view, collection, record, "deleted", before=rendered)

    def _snapshot_tree(self, collection: str, record: Any) -> None:
        record_id = str(record.id)
        self._removing.add(record_id)
        view = self.views.view(collection, record)
        if view is not None and record_id not in self._gone:
            self._gone[record_id] = view.render(self.org, record)
        for child in self._children.get(collection, ()):
            records = self.org.collection(child.name)
            for child_id in child.children(record):
                if child_id in records:
                    self._snapshot_tree(child.name, records[child_id])

    def reparenting(self, collection: str, source: Any, destination: Any) -> None:
        """A merge: children move to ``destination`` (updated), which is ``merged``."""
        for child in self._children.get(collection, ()):
            records = self.org.collection(child.name)
            for child_id in child.children(source):
                self.changing(child.name, records[child_id])
        if collection == "leads":
            self.meta["merge_source_lead_id"] = source.id
            self.meta["merge_destination_lead_id"] = destination.id
        view = self.views.view(collection, destination)
        if view is not None:
            self._event(view, collection, destination, "merged")

    def action(self, record_id: str, action: str) -> None:
        """Also record ``action`` on ``record_id`` after its created / updated event."""
        self._extra.setdefault(record_id, []).append(action)

    # -- the commit ---------------------------------------------------------------------

    def _data(self, pending: _Pending) -> dict[str, Any]:
        stored = self.org.collection(pending.collection).get(pending.object_id)
        if stored is pending.record:
            return pending.view.render(self.org, stored)
        return self._gone.get(pending.object_id) or pending.view.render(self.org, pending.record)

    def commit(self) -> list[dict[str, Any]]:
        """Append the events to the organization's log; answer them, JSON-ready."""
        log = self.org.event_log
        log.prune(utcnow())
        out: list[dict[str, Any]] = []
        meta = {k: v for k, v in self.meta.items() if v is not None}
        floor = log.last_date
        for pending in self._pending:
            # Never before the newest stored event: the log's order is its time order.
            moment = pending.moment if floor is None else max(pending.moment, floor)
            for action, changed, data, before in self._resolve(pending):
                body = self._body(pending, action, changed, data, before, meta, moment)
                keys = {name: body[name] for name in _KEYS}
                log.append(body["id"], moment, keys, body)
                out.append(body)
        return out

    def _resolve(
        self, pending: _Pending
    ) -> list[tuple[str, list[str], dict[str, Any] | None, dict[str, Any] | None]]:
        """The events one pending report becomes: itself (unless it changed nothing)
        and the actions it implies."""
        view = pending.view
        if pending.action == "deleted":
            return [("deleted", [], None, pending.before)]
        data = self._data(pending)
        found: list[tuple[str, list[str], dict[str, Any] | None, dict[str, Any] | None]] = []
        before = pending.before
        if pending.action == "updated":
            assert before is not None
            keys = list(dict.fromkeys([*before, *data]))
            changed = [k for k in keys if view.counts(k) and before.get(k) != data.get(k)]
            if not changed:
                return []
            found.append(("updated", changed, data, {k: before.get(k) for k in changed}))
        else:
            found.append((pending.action, [], data, None))
        if pending.action in ("created", "updated"):
            for prop, values in view.actions.items():
                now = data.get(prop)
                was = before.get(prop) if before is not None else None
                action = values.get(now) if _hashable(now) else None
                if action is not None and (before is None or was != now):
                    found.append((action, [], data, None))
            for action in self._extra.pop(pending.object_id, ()):
                found.append((action, [], data, None))
        return found

    def _body(
        self,
        pending: _Pending,
        action: str,
        changed: list[str],
        data: dict[str, Any] | None,
        before: dict[str, Any] | None,
        meta: Mapping[str, Any],
        moment: datetime,
    ) -> dict[str, Any]:
        # Naive UTC, as Close's event envelopes spell it (``2019-01-15T12:48:23.395000``).
        stamp = moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
        return {
            "id": short_id("ev_"),
            "object_type": pending.object_type,
            "object_id": pending.object_id,
            # Read now: a merge moves children to another lead after they were reported.
            "lead_id": pending.view.lead_of(pending.record),
            "action": action,
            "changed_fields": changed,
            "data": data,
            "previous_data": before,
            "date_created": stamp,
            "date_updated": stamp,
            "user_id": self.user_id,
            "request_id": self.request_id,
            "api_key_id": self.api_key_id,
            "organization_id": self.org.id,
            "meta": dict(meta),
        }


_KEYS: Final = ("object_type", "object_id", "action", "lead_id", "user_id", "request_id")


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def notify(
    listeners: Iterable[Callable[[Mapping[str, Any]], None]], events: list[dict[str, Any]]
) -> None:
    """Hand each event to each listener (a fresh copy each, so none can alter the log)."""
    listeners = list(listeners)
    if not listeners or not events:
        return
    for event in events:
        for listener in listeners:
            try:
                listener(copy.deepcopy(event))
            except Exception:  # one failing listener must not stop the others
                logger.exception("an event listener failed")


__all__ = [
    "EventView",
    "EventViews",
    "Recording",
    "api_key_id",
    "default_object_type",
    "notify",
    "short_id",
]
