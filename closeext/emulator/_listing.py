"""List operations: filters compiled from the spec's parameters, paging and projection.

A list operation declares its query parameters in the spec; :func:`compile_filters` turns
each one into a filter at start-up, by name:

* ``<attr>``: equality on the record attribute of that name;
* ``<attr>__in``: membership in a comma-separated list;
* ``<attr>__gt`` / ``__gte`` / ``__lt`` / ``__lte``: a range on a date or timestamp attribute;
  ``<attr>`` alone on such an attribute matches that day (a date) or instant (a datetime);
* the parent's key (``lead_id``) walks the parent's own index instead of the collection.

A parameter that is none of these and that the family does not claim for a hook of its
own is an error *at start-up*: an implemented list operation honours every parameter the
spec declares for it, never silently ignores one.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final, Protocol

from ._errors import RESPONSE_TOO_LARGE
from ._json import encode
from ._limits import MAX_RESPONSE_BYTES
from ._organization import COLLECTIONS, Organization
from ._render import Renderer
from ._spec import Operation
from ._types import ApiRequest, ApiResponse, BadRequest

DEFAULT_LIMIT: Final = 100
#: Parameters every list understands; they never filter.
PAGING: Final = frozenset({"_limit", "_skip", "_fields"})
_RANGES: Final = {"gt": "__gt__", "gte": "__ge__", "lt": "__lt__", "lte": "__le__"}


@dataclass(frozen=True, slots=True)
class Filter:
    """One compiled filter: ``param`` compared with the record's ``attribute``."""

    param: str
    attribute: str
    kind: str  # "equal", "in", "on" (a day or an instant) or one of _RANGES

    def test(self, value: Any) -> Callable[[Any], bool]:
        attribute = self.attribute
        if self.kind == "equal":
            return lambda record: getattr(record, attribute) == value
        if self.kind == "in":
            wanted = set(value if isinstance(value, list) else str(value).split(","))
            return lambda record: getattr(record, attribute) in wanted
        bound = _moment(self.param, value)
        if self.kind == "on":
            return lambda record: _same_moment(getattr(record, attribute), bound)
        compare = _RANGES[self.kind]

        def in_range(record: Any) -> bool:
            current = getattr(record, attribute)
            if current is None:
                return False
            if isinstance(bound, datetime) and not isinstance(current, datetime):
                current = datetime.combine(current, datetime.min.time(), UTC)
            elif not isinstance(bound, datetime) and isinstance(current, datetime):
                current = current.date()
            return bool(getattr(current, compare)(bound))

        return in_range


def _same_moment(current: Any, bound: date | datetime) -> bool:
    """A date matches the whole day (in UTC); a datetime matches that instant."""
    if current is None:
        return False
    if isinstance(bound, datetime):
        return bool(current == bound) if isinstance(current, datetime) else False
    day = current.astimezone(UTC).date() if isinstance(current, datetime) else current
    return bool(day == bound)


def _moment(param: str, raw: Any) -> date | datetime:
    text = str(raw).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f'{param} must be an ISO 8601 date or datetime (got "{raw}").') from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Listing:
    """What one list operation does, compiled from the spec and the family's declaration."""

    collection: str
    parent_param: str | None
    filters: tuple[Filter, ...]
    paginated: bool
    max_limit: int

    def source(self, req: ApiRequest) -> Iterable[Any]:
        """The candidate records: the parent's children when the parent is named."""
        org = req.org
        records = org.collection(self.collection)
        parent_id = req.params.get(self.parent_param) if self.parent_param else None
        if parent_id is not None:
            spec = COLLECTIONS[self.collection]
            parent = org.collection(spec.parent or "").get(parent_id)
            ids = spec.children(parent) if parent is not None else {}
            return (records[record_id] for record_id in ids)
        return records.values()

    def narrows(self, req: ApiRequest) -> bool:
        """Whether the request names the parent or any filter."""
        params = req.params
        if self.parent_param is not None and self.parent_param in params:
            return True
        return any(f.param in params for f in self.filters)

    def select(self, req: ApiRequest, items: Iterable[Any]) -> Iterable[Any]:
        tests = [f.test(req.params[f.param]) for f in self.filters if f.param in req.params]
        if not tests:
            return items
        return (item for item in items if all(test(item) for test in tests))


def compile_filters(
    operation: Operation, record_type: type, collection: str, claimed: Iterable[str]
) -> Listing:
    """The :class:`Listing` of a list operation; ``claimed`` are parameters hooks handle."""
    attributes = {f.name for f in dataclasses.fields(record_type)}
    hints = typing.get_type_hints(record_type)
    moments = {
        name
        for name in attributes
        if any(t in (date, datetime) for t in (hints.get(name), *typing.get_args(hints.get(name))))
    }
    spec = COLLECTIONS[collection]
    claimed = set(claimed)
    filters: list[Filter] = []
    parent_param: str | None = None
    for param in operation.query_params:
        name = param.name
        if name in PAGING or name in claimed:
            continue
        if spec.parent is not None and name == spec.parent_key:
            parent_param = name
            continue
        base, _, suffix = name.rpartition("__")
        if suffix in _RANGES and base in attributes:
            filters.append(Filter(name, base, suffix))
        elif suffix == "in" and base in attributes:
            filters.append(Filter(name, base, "in"))
        elif name in moments:
            filters.append(Filter(name, name, "on"))
        elif name in attributes:
            filters.append(Filter(name, name, "equal"))
        else:
            raise ValueError(
                f"{operation.operation_id}: the emulator does not honour the declared "
                f"parameter {name!r} (declare a filter or a hook for it)"
            )
    return Listing(
        collection=collection,
        parent_param=parent_param,
        filters=tuple(filters),
        paginated=operation.query_param("_limit") is not None,
        max_limit=operation.max_limit or sys.maxsize,
    )


def requested_fields(req: ApiRequest) -> frozenset[str] | None:
    """The ``_fields`` whitelist, or ``None`` for "all default fields"."""
    raw = req.params.get("_fields", req.query.get("_fields"))
    if not isinstance(raw, str) or not raw.strip():
        return None
    return frozenset(name.strip() for name in raw.split(",") if name.strip())


def project(obj: Mapping[str, Any], fields: frozenset[str] | None) -> dict[str, Any]:
    """Keep only the requested keys; ``custom`` selects every ``custom.…`` key.

    Unknown names are dropped silently, as Close's framework does. ``_all`` asks for
    every default field plus the optional (Smart) ones; the emulator has no optional
    fields, so it means everything.
    """
    if fields is None or "_all" in fields:
        return dict(obj)
    keep_all_custom = "custom" in fields
    if keep_all_custom:
        # ``custom`` names the custom fields (``custom.cf_…``), not the deprecated object.
        return {
            key: value
            for key, value in obj.items()
            if key.startswith("custom.") or (key in fields and key != "custom")
        }
    return {key: value for key, value in obj.items() if key in fields}


class CachedRenderer(Protocol):
    """What a page needs of a renderer: a record rendered and encoded (see ``Renderer``)."""

    def cached(self, org: Organization, record: Any) -> tuple[dict[str, Any], bytes]: ...


def respond_page(
    req: ApiRequest,
    org: Organization,
    items: Iterable[Any],
    renderer: Renderer | CachedRenderer,
    *,
    paginated: bool,
    max_limit: int,
    extra: Mapping[str, Any] | None = None,
) -> ApiResponse:
    """A ``{data, has_more}`` answer, assembled from cached renderings where it can be.

    Like Close's framework a page fetches ``limit + 1`` items and reports ``has_more`` when
    the extra one exists, so an unfiltered page never walks the whole collection.
    """
    if paginated:
        limit = req.params.get("_limit", min(DEFAULT_LIMIT, max_limit))
        # A skip past every record is simply an empty page (islice needs indexes <= maxsize).
        skip = min(req.params.get("_skip", 0), sys.maxsize - limit - 1)
        window = list(itertools.islice(items, skip, skip + limit + 1))
        # A _limit=0 page only counts: has_more stays false, so that a client following
        # has_more cannot loop for ever on empty pages.
        has_more = len(window) > limit and limit > 0
        window = window[:limit]
    else:
        window, has_more = list(items), False
    fields = requested_fields(req)
    rendered = []
    size = 0
    for item in window:
        entry = renderer.cached(org, item)
        size += len(entry[1])
        if size > MAX_RESPONSE_BYTES:
            # Stop building as soon as the page cannot be sent: one huge page must not
            # hold the event loop (and every other organization) for seconds.
            raise BadRequest(RESPONSE_TOO_LARGE)
        rendered.append(entry)
    if fields is not None:
        data = [project(entry[0], fields) for entry in rendered]
        return ApiResponse(body={"data": data, "has_more": has_more, **(extra or {})})
    parts = [b'{"data":[', b",".join(entry[1] for entry in rendered)]
    parts.append(b'],"has_more":true' if has_more else b'],"has_more":false')
    if extra:
        parts.append(b"," + encode(dict(extra))[1:-1])
    parts.append(b"}")
    return ApiResponse(encoded=b"".join(parts))
