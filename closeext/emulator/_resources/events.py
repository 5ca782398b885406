"""The event log over HTTP: ``GET /event/`` and ``GET /event/{id}/``.

Recording happens in the state layer (``_events``, ``_eventlog``); this module builds the
families' :class:`~.._events.EventView` table from their declarations and answers reads.

``/event/`` pages with an opaque ``_cursor`` (``cursor_next`` towards older events,
``cursor_previous`` towards newer ones), newest first; ``_skip`` does not exist. Only the
filter combinations Close allows are accepted (others: 400). A cursor remembers the
``date_updated__…`` bounds of the request that made it; every other filter must be sent
again with it, unchanged, or the request is refused. Members without the
``manage_organization`` permission see ``data`` and ``previous_data`` for one hour after
an event; after that the keys are left out, as Close does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

from .._clock import utcnow
from .._engine import Bound
from .._eventlog import COMBINATIONS, FILTERS, Bounds, Entry
from .._events import EventView, EventViews, default_object_type
from .._json import encode
from .._render import Renderer, _properties
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound

DEFAULT_LIMIT: Final = 50
#: How long after an event members who are not admins still see its data.
PRIVATE_AFTER: Final = timedelta(hours=1)
_BOUNDS: Final = ("gt", "gte", "lt", "lte")
_ALLOWED_TEXT: Final = "; ".join(
    " + ".join(combination)
    for combination in sorted(COMBINATIONS, key=lambda c: (len(c), c))
    if combination
)
INVALID_CURSOR: Final = "Invalid _cursor: pass back cursor_next or cursor_previous unchanged."
OTHER_FILTERS: Final = (
    "This _cursor belongs to a request with other filters: send the same filters with it "
    "(only date_updated__… may be left out)."
)


# -- the views ------------------------------------------------------------------------


def _constant(name: str) -> Any:
    return lambda record: name


def _event_render(bound: Bound) -> Any:
    family = bound.family
    if not family.event_omit:
        return bound.renderer.render
    omit = family.event_omit
    properties = {k: v for k, v in _properties(bound._schema()).items() if k not in omit}
    computed = {k: v for k, v in bound.computed.items() if k not in omit}
    return Renderer(
        {"properties": properties}, family.record, computed, family.target, memoize=False
    ).render


def views(families: Mapping[str, Bound], extra: Iterable[EventView] = ()) -> EventViews:
    """How every bound family's records appear in the event log (from its declaration).

    ``extra`` are the views of records no family declares (hand-written handlers' records).
    """
    found = list(extra)
    for bound in families.values():
        family = bound.family
        declared = family.event_type
        if declared == "":
            continue  # a family Close records no events for (webhook subscriptions)
        if declared is None:
            object_type = _constant(default_object_type(family.name, family.model))
        elif isinstance(declared, str):
            object_type = _constant(declared)
        else:
            object_type = declared
        found.append(
            EventView(
                collection=family.collection,
                object_type=object_type,
                render=_event_render(bound),
                fields=family.event_fields,
                actions=family.event_actions,
                parent_field=family.event_parent_field,
                belongs=family.belongs,
            )
        )
    return EventViews(found)


# -- cursors ------------------------------------------------------------------------


def _fingerprint(filters: Mapping[str, str]) -> str:
    text = json.dumps(sorted(filters.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _encode_cursor(direction: str, seq: int, filters: Mapping[str, str], bounds: Bounds) -> str:
    payload = {
        "d": direction,
        "s": seq,
        "f": _fingerprint(filters),
        "b": {
            name: getattr(bounds, name).isoformat()
            for name in _BOUNDS
            if getattr(bounds, name) is not None
        },
    }
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(text: str) -> tuple[str, int, str, dict[str, datetime]]:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        payload = json.loads(raw)
        direction, seq, fingerprint = payload["d"], payload["s"], payload["f"]
        moments = {name: datetime.fromisoformat(payload["b"][name]) for name in payload["b"]}
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BadRequest(INVALID_CURSOR) from None
    valid = (
        direction in ("n", "p")
        and type(seq) is int
        and isinstance(fingerprint, str)
        and set(moments) <= set(_BOUNDS)
        and all(m.tzinfo is not None for m in moments.values())
    )
    if not valid:
        raise BadRequest(INVALID_CURSOR)
    return direction, seq, fingerprint, moments


def _moment(name: str, raw: Any) -> datetime:
    text = str(raw).strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f'{name} must be an ISO 8601 date or datetime (got "{raw}").') from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- the handlers -----------------------------------------------------------------------


def _sees_data(req: ApiRequest) -> bool:
    role = req.org.roles.get(req.user.role_id)
    return role is not None and "manage_organization" in role.permissions


def _encoded(entry: Entry, full: bool, now: datetime) -> bytes:
    if full or now - entry.date_updated <= PRIVATE_AFTER:
        if entry.encoded is None:
            entry.encoded = encode(entry.body)
        return entry.encoded
    return encode({k: v for k, v in entry.body.items() if k not in ("data", "previous_data")})


def list_events(req: ApiRequest) -> ApiResponse:
    """One page of the event log, newest first (see the module docstring)."""
    params = req.params
    log = req.org.event_log
    now = utcnow()
    log.prune(now)
    filters = {name: str(params[name]) for name in FILTERS if name in params}
    combination = tuple(sorted(filters))
    if combination not in COMBINATIONS:
        raise BadRequest(
            f"The event log cannot be filtered by {' + '.join(combination)}. "
            f"Allowed combinations: {_ALLOWED_TEXT} (each optionally with date_updated__…)."
        )
    moments: dict[str, datetime] = {}
    older = newer = None
    cursor = params.get("_cursor")
    if cursor:
        direction, seq, fingerprint, moments = _decode_cursor(str(cursor))
        if fingerprint != _fingerprint(filters):
            raise BadRequest(OTHER_FILTERS)
        if direction == "n":
            older = seq
        else:
            newer = seq
    for name in _BOUNDS:
        param = f"date_updated__{name}"
        if param in params:  # sent again with a cursor, the request's bound wins
            moments[name] = _moment(param, params[param])
    bounds = Bounds(**moments)
    limit = int(params.get("_limit", DEFAULT_LIMIT))
    page = log.page(filters, bounds, limit, older_than=older, newer_than=newer)
    full = _sees_data(req)
    cursor_next = (
        None if page.older_than is None else _encode_cursor("n", page.older_than, filters, bounds)
    )
    cursor_previous = (
        None if page.newer_than is None else _encode_cursor("p", page.newer_than, filters, bounds)
    )
    parts = [
        b'{"data":[',
        b",".join(_encoded(entry, full, now) for entry in page.entries),
        b'],"cursor_next":',
        encode(cursor_next),
        b',"cursor_previous":',
        encode(cursor_previous),
        b"}",
    ]
    return ApiResponse(encoded=b"".join(parts))


def get_event(req: ApiRequest) -> ApiResponse:
    """One event of the last 30 days."""
    log = req.org.event_log
    now = utcnow()
    log.prune(now)
    entry = log.get(req.path_params.get("event_id", ""))
    if entry is None:
        raise NotFound("Event")
    return ApiResponse(encoded=_encoded(entry, _sees_data(req), now))


def actions() -> dict[str, Handler]:
    """The event log's operations."""
    return {"list_events": list_events, "get_event": get_event}


__all__ = ["actions", "get_event", "list_events", "views"]
