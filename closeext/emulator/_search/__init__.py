"""Advanced Filtering: the query language of ``POST /data/search/``, evaluated over an org.

The interface other parts of the emulator build on (smart views, bulk actions and exports
take the same tree as ``s_query``):

* :func:`validate_query` ``(org, query, *, path="query")`` — checks a query tree against
  what the emulator understands and the organization's custom fields; raises a
  Close-shaped :class:`~.._types.BadRequest` whose message names the part by its path in
  the body (``"Advanced Filtering does not understand s_query.queries.1.condition: …"``).
  A query must name the object types it returns with ``object_type`` nodes (outside any
  ``has_related``).
* :func:`select` ``(org, query, *, user_id, tz_offset, sort=None, path="query",
  sort_path="sort")`` — validates, then returns every matching object as a
  :class:`Hit` ``(object_type, record)``, sorted by ``sort`` (a list of ``SearchSort``
  dicts, checked too) or, without one, by ``date_created`` (creation order). ``user_id``
  is the caller (``current_user``), ``tz_offset`` the caller's ``X-TZ-Offset`` in hours;
  "now" is the emulator clock's. Call it under the organization's lock, as every handler
  runs.
* :data:`RETURNED` — the object types a query returns and the collection holding each.

Exact-match conditions read indexes built on first use and kept until the
organization's ``generation`` moves (every write bumps it), so a narrow query over a
large organization reads only its candidates; see :mod:`._index`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from .._clock import utcnow
from .._organization import Organization
from . import _fields as f
from ._compile import Env, compile_node, resolve_field, returned_types
from ._moments import NOT_UNDERSTOOD, as_instant, refuse

RETURNED = f.RETURNED

__all__ = ["NOT_UNDERSTOOD", "RETURNED", "Hit", "select", "validate_query"]


class Hit(NamedTuple):
    """One matching object and its type (``lead``, ``contact``, ``opportunity``, …)."""

    object_type: str
    record: Any


def validate_query(org: Organization, query: Any, *, path: str = "query") -> list[str]:
    """Check ``query`` (raises the 400 naming the part); the object types it returns."""
    env = Env(org, "", utcnow(), 0.0)
    compile_node(query, path, env)
    types = returned_types(query)
    if not types:
        raise refuse(path, "a query that names no object_type (every query must name one).")
    return types


def select(
    org: Organization,
    query: Any,
    *,
    user_id: str,
    tz_offset: float,
    sort: Sequence[Mapping[str, Any]] | None = None,
    path: str = "query",
    sort_path: str = "sort",
) -> list[Hit]:
    """Every object of ``org`` that ``query`` matches, in order (see the module docstring)."""
    env = Env(org, user_id, utcnow(), tz_offset)
    compiled = compile_node(query, path, env)
    types = returned_types(query)
    if not types:
        raise refuse(path, "a query that names no object_type (every query must name one).")
    keys = _sort_keys(sort or (), sort_path, env, types)
    hits: list[Hit] = []
    test = compiled.test
    for object_type in types:
        records = org.collection(RETURNED[object_type])
        ids = compiled.narrow(object_type)
        candidates = records.values() if ids is None else (records[i] for i in ids if i in records)
        hits.extend(Hit(object_type, r) for r in candidates if test(object_type, r))
    # Creation order first (candidates from indexes come unordered), then the sort keys.
    hits.sort(key=lambda hit: hit.record.date_created)
    for key, descending in reversed(keys):
        hits = _sorted(hits, key, descending)
    return hits


SortKey = Any


def _sort_keys(
    sort: Sequence[Mapping[str, Any]], path: str, env: Env, types: list[str]
) -> list[tuple[Any, bool]]:
    if not isinstance(sort, Sequence):
        raise refuse(path, "sort must be a list.")
    keys = []
    for i, entry in enumerate(sort):
        where = f"{path}.{i}"
        if not isinstance(entry, Mapping) or "field" not in entry:
            raise refuse(where, "a sort key needs a field.")
        extra = sorted(set(entry) - {"field", "direction"})
        if extra:
            raise refuse(f"{where}.{extra[0]}", f"a sort key takes no {extra[0]!r}.")
        direction = entry.get("direction", "asc")
        if direction not in ("asc", "desc"):
            raise refuse(f"{where}.direction", f"the direction {direction!r}.")
        ref = resolve_field(entry["field"], f"{where}.field", env)
        if ref.kind not in f.SORTABLE:
            raise refuse(
                f"{where}.field", f"sorting on {ref.label}: only number, date and text fields sort."
            )
        if ref.object_type is not None and ref.object_type not in types:
            raise refuse(
                f"{where}.field",
                f"sorting on {ref.label}: only fields of the returned objects sort.",
            )
        keys.append((_key_of(ref.read, ref.kind, env.tz_offset), direction == "desc"))
    return keys


def _key_of(read: Any, kind: str, tz_offset: float) -> Any:
    def key(hit: Hit) -> Any:
        atoms = read(hit.object_type, hit.record)
        if not atoms:
            return None
        atom = atoms[0]
        if kind == "number":
            return atom if isinstance(atom, int | float) and not isinstance(atom, bool) else None
        if kind == "date":
            return as_instant(atom, tz_offset)
        return str(atom).casefold()

    return key


def _sorted(hits: list[Hit], key: Any, descending: bool) -> list[Hit]:
    """Stable sort on one key; objects without a value come last in either direction."""
    valued = [(key(hit), hit) for hit in hits]
    present = [pair for pair in valued if pair[0] is not None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [hit for _, hit in present] + [hit for value, hit in valued if value is None]
