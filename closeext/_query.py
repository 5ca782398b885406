"""A typed builder for Advanced Filtering queries (``POST /data/search/``).

Users never hand-write the query tree::

    from closeext import Field, Query

    tier = Field.custom_named(registry, ObjectType.lead(), "Tier")   # name -> cf_ id
    query = Query.leads() & tier.is_in("gold") & ~Field.lead("url").exists()
    query = query & Query.has_related("lead", "contact", Field.contact("title").contains("CEO"))
    body = {"query": query.to_dict(), "sort": [Field.lead("date_created").desc().to_dict()]}

* :class:`Query` — a node: :meth:`Query.leads` (and the other object types),
  :meth:`Query.id`, :meth:`Query.text`, :meth:`Query.has_related`; ``&`` (and), ``|``
  (or), ``~`` (negate).
* :class:`Field` — a regular field of an object type or a custom field (by id, or by name
  through a :class:`~closeext.FieldRegistry`), with one method per condition kind and the
  comparisons ``<``, ``<=``, ``>``, ``>=`` on numbers, dates and datetimes.
* :class:`Moment` — the moments of a date range: a local day, an instant, now, an offset
  from now, the start or end of a named period (``this-week``).
* :class:`Sort` — from :meth:`Field.asc` / :meth:`Field.desc`.

Pure: the standard library only; ``to_dict()`` gives the JSON Close expects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from ._associations import ObjectType
from ._fields import FieldRegistry, is_field_id

__all__ = ["Field", "Moment", "Query", "Sort"]

SearchType = Literal["lead", "contact", "opportunity", "custom_object"]
RelatedType = Literal[
    "lead",
    "contact",
    "opportunity",
    "custom_object",
    "contact_email",
    "contact_phone",
    "contact_url",
    "address",
]
ReferenceType = Literal[
    "user",
    "user_or_group",
    "status.lead",
    "status.opportunity",
    "lead",
    "contact",
    "custom_object",
    "custom_object_type",
]
_ONE_MICROSECOND = timedelta(microseconds=1)


class Query:
    """One node of a query tree; combine with ``&``, ``|`` and ``~``. Immutable."""

    __slots__ = ("_node",)

    def __init__(self, node: Mapping[str, Any]) -> None:
        self._node: dict[str, Any] = dict(node)

    def __repr__(self) -> str:
        return f"Query({self._node!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Query) and other._node == self._node

    def __hash__(self) -> int:
        return hash(repr(self._node))

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this node (a fresh copy)."""
        copied: dict[str, Any] = _copy(self._node)
        return copied

    @property
    def object_types(self) -> tuple[str, ...]:
        """The object types the query returns (its ``object_type`` clauses outside
        ``has_related``), in the order they appear."""
        found: list[str] = []
        stack = [self._node]
        while stack:
            node = stack.pop()
            if node.get("type") == "object_type" and node["object_type"] not in found:
                found.append(node["object_type"])
            elif node.get("type") in ("and", "or"):
                stack.extend(reversed(node["queries"]))
        return tuple(found)

    # -- combining ---------------------------------------------------------------------

    def __and__(self, other: Query) -> Query:
        return Query.all(self, other)

    def __or__(self, other: Query) -> Query:
        return Query.any(self, other)

    def __invert__(self) -> Query:
        node = dict(self._node)
        if node.pop("negate", False) is not True:
            node["negate"] = True
        return Query(node)

    @classmethod
    def all(cls, *queries: Query) -> Query:
        """Every query matches (nested ``and`` nodes are flattened)."""
        return cls({"type": "and", "queries": _flatten("and", queries)})

    @classmethod
    def any(cls, *queries: Query) -> Query:
        """At least one query matches (nested ``or`` nodes are flattened)."""
        return cls({"type": "or", "queries": _flatten("or", queries)})

    # -- leaves ------------------------------------------------------------------------

    @classmethod
    def object_type(cls, object_type: SearchType) -> Query:
        """The objects of one type; every query names the types it returns."""
        return cls({"type": "object_type", "object_type": object_type})

    @classmethod
    def leads(cls) -> Query:
        return cls.object_type("lead")

    @classmethod
    def contacts(cls) -> Query:
        return cls.object_type("contact")

    @classmethod
    def opportunities(cls) -> Query:
        return cls.object_type("opportunity")

    @classmethod
    def custom_objects(cls) -> Query:
        return cls.object_type("custom_object")

    @classmethod
    def id(cls, object_id: str) -> Query:
        """The object with this id."""
        return cls({"type": "id", "value": object_id})

    @classmethod
    def text(cls, value: str, *, phrase: bool = False) -> Query:
        """Full-text search: every word anywhere, or (``phrase``) the words in order."""
        return cls({"type": "text", "value": value, "mode": "phrase" if phrase else "full_words"})

    @classmethod
    def has_related(cls, this: RelatedType, related: RelatedType, query: Query) -> Query:
        """Objects of type ``this`` with a related object of type ``related`` matching
        ``query`` (a lead's contacts, a contact's lead, a contact's emails, …)."""
        return cls(
            {
                "type": "has_related",
                "this_object_type": this,
                "related_object_type": related,
                "related_query": query.to_dict(),
            }
        )


def _flatten(kind: str, queries: Iterable[Query]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for query in queries:
        node = query.to_dict()
        if node.get("type") == kind and not node.get("negate"):
            nodes.extend(node["queries"])
        else:
            nodes.append(node)
    return nodes


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time for a date condition; local days are the caller's ``X-TZ-Offset``."""

    node: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(_copy(dict(self.node)))

    @classmethod
    def day(cls, day: date, *, end: bool = False) -> Moment:
        """The start of a local day (``end``: the start of the next one)."""
        which = "end" if end else "start"
        return cls({"type": "fixed_local_date", "value": day.isoformat(), "which": which})

    @classmethod
    def at(cls, moment: datetime) -> Moment:
        """An instant (a naive datetime is taken as UTC)."""
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return cls({"type": "fixed_utc", "value": aware.isoformat()})

    @classmethod
    def now(cls) -> Moment:
        return cls({"type": "now"})

    @classmethod
    def ago(cls, *, start_of_day: bool = False, **offset: int) -> Moment:
        """Now moved into the past by ``offset`` (``days=3``, ``months=1``, …)."""
        return cls._offset("past", offset, start_of_day)

    @classmethod
    def from_now(cls, *, start_of_day: bool = False, **offset: int) -> Moment:
        """Now moved into the future by ``offset``."""
        return cls._offset("future", offset, start_of_day)

    @classmethod
    def _offset(cls, direction: str, offset: Mapping[str, int], start_of_day: bool) -> Moment:
        units = {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}
        unknown = sorted(set(offset) - units)
        if unknown:
            raise TypeError(f"Unknown offset unit {unknown[0]!r}; use {', '.join(sorted(units))}")
        node: dict[str, Any] = {
            "type": "offset",
            "direction": direction,
            "moment": {"type": "now"},
            "offset": dict(offset),
        }
        if start_of_day:
            node["which_day_end"] = "start"
        return cls(node)

    @classmethod
    def period(cls, name: str, *, end: bool = False) -> Moment:
        """The start (``end``: the end) of a named period: ``today``, ``this-week``,
        ``last-month``, ``next-quarter``, ``this-year``, …"""
        which = "end" if end else "start"
        return cls(
            {"type": "start_end_of_predefined_relative_period", "range": name, "which": which}
        )


MomentLike = Moment | date | datetime


def _moment(value: MomentLike, *, after_day: bool = False) -> dict[str, Any]:
    if isinstance(value, Moment):
        return value.to_dict()
    if isinstance(value, datetime):
        return Moment.at(value).to_dict()
    return Moment.day(value, end=after_day).to_dict()


@dataclass(frozen=True, slots=True)
class Sort:
    """One sort key of a search."""

    field: Field
    descending: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"direction": "desc" if self.descending else "asc", "field": self.field.to_dict()}


@dataclass(frozen=True, slots=True)
class Field:
    """A field a condition tests: a regular field of an object type, or a custom field."""

    node: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.node)

    # -- which field -------------------------------------------------------------------

    @classmethod
    def regular(cls, object_type: RelatedType, name: str) -> Field:
        """A field the object carries, e.g. ``Field.regular("contact", "title")``."""
        return cls({"type": "regular_field", "object_type": object_type, "field_name": name})

    @classmethod
    def lead(cls, name: str) -> Field:
        return cls.regular("lead", name)

    @classmethod
    def contact(cls, name: str) -> Field:
        return cls.regular("contact", name)

    @classmethod
    def opportunity(cls, name: str) -> Field:
        return cls.regular("opportunity", name)

    @classmethod
    def custom(cls, field_id: str) -> Field:
        """A custom field by id (``cf_…``)."""
        if not is_field_id(field_id):
            raise ValueError(
                f"{field_id!r:.60} is not a custom field id; use Field.custom_named for names"
            )
        return cls({"type": "custom_field", "custom_field_id": field_id})

    @classmethod
    def custom_named(
        cls, registry: FieldRegistry, object_type: ObjectType | str, name_or_id: str
    ) -> Field:
        """A custom field by its exact name (or id) on ``object_type``, resolved through
        ``registry`` (raises :class:`~closeext.UnknownField` with near misses)."""
        return cls.custom(registry.resolve(object_type, name_or_id).id)

    # -- conditions --------------------------------------------------------------------

    def _where(self, condition: Mapping[str, Any]) -> Query:
        return Query({"type": "field_condition", "field": self.to_dict(), "condition": condition})

    def exists(self) -> Query:
        """The field has a value."""
        return self._where({"type": "exists"})

    def contains(self, text: str, *, phrase: bool = False) -> Query:
        """The field's text holds every word of ``text`` (``phrase``: in order)."""
        mode = "phrase" if phrase else "full_words"
        return self._where({"type": "text", "value": text, "mode": mode})

    def is_in(self, *values: str | float) -> Query:
        """The field (or one of its values) is one of ``values`` (choices, statuses, …)."""
        return self._where({"type": "term", "values": list(values)})

    def references(self, *object_ids: str, kind: ReferenceType = "user") -> Query:
        """The field references one of ``object_ids`` (users by default; ``status.lead``,
        ``contact``, … for other ids)."""
        return self._where(
            {"type": "reference", "reference_type": kind, "object_ids": list(object_ids)}
        )

    def is_current_user(self) -> Query:
        """The field names the user making the request."""
        return self._where({"type": "current_user"})

    def is_(self, value: bool) -> Query:
        """A yes/no field is ``value``."""
        return self._where({"type": "boolean", "value": value})

    def between(
        self,
        *,
        gt: float | None = None,
        gte: float | None = None,
        lt: float | None = None,
        lte: float | None = None,
    ) -> Query:
        """A number within the bounds given."""
        bounds = {"gt": gt, "gte": gte, "lt": lt, "lte": lte}
        return self._where(
            {"type": "number_range", **{k: v for k, v in bounds.items() if v is not None}}
        )

    def within(
        self, on_or_after: MomentLike | None = None, before: MomentLike | None = None
    ) -> Query:
        """A date on or after ``on_or_after`` and before ``before`` (a ``date`` is the
        start of that local day, a ``datetime`` an instant, or any :class:`Moment`)."""
        return self._where(
            {
                "type": "moment_range",
                "on_or_after": None if on_or_after is None else _moment(on_or_after),
                "before": None if before is None else _moment(before),
            }
        )

    def _compare(self, op: str, value: float | date | datetime) -> Query:
        if isinstance(value, bool):
            raise TypeError("Compare a number, a date or a datetime")
        if isinstance(value, int | float):
            return self.between(**{op: value})
        if isinstance(value, datetime):
            # ``before`` is exclusive and ``on_or_after`` inclusive: move by a microsecond.
            nudged = value + _ONE_MICROSECOND
            if op in ("gte", "gt"):
                return self.within(on_or_after=value if op == "gte" else nudged)
            return self.within(before=value if op == "lt" else nudged)
        if isinstance(value, date):
            if op in ("gte", "gt"):
                return self._where(
                    {
                        "type": "moment_range",
                        "on_or_after": _moment(value, after_day=op == "gt"),
                        "before": None,
                    }
                )
            return self._where(
                {
                    "type": "moment_range",
                    "on_or_after": None,
                    "before": _moment(value, after_day=op == "lte"),
                }
            )
        raise TypeError(f"Cannot compare a field with {type(value).__name__}")

    def __gt__(self, value: float | date | datetime) -> Query:
        return self._compare("gt", value)

    def __ge__(self, value: float | date | datetime) -> Query:
        return self._compare("gte", value)

    def __lt__(self, value: float | date | datetime) -> Query:
        return self._compare("lt", value)

    def __le__(self, value: float | date | datetime) -> Query:
        return self._compare("lte", value)

    # -- sorting -----------------------------------------------------------------------

    def asc(self) -> Sort:
        return Sort(self)

    def desc(self) -> Sort:
        return Sort(self, descending=True)
