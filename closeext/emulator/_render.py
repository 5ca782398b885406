"""Records to JSON: serializers compiled from the spec's response schemas.

A :class:`Renderer` walks the properties of one response schema once, at start-up, and
keeps a plan of ``(key, getter)`` pairs; rendering a record runs the plan. Where a property
comes from is decided in this order:

1. a *computed* getter the family declares (``status_label``, embedded contacts, …);
2. the audit properties every record shares (``organization_id``, ``created_by_name``, …);
3. the record attribute of the same name, converted by the schema's format (timestamps
   become ISO-8601 text, dates ``YYYY-MM-DD``, lists are copied);
4. otherwise the record's ``extra`` mapping, where the engine keeps body properties the
   spec declares and the record class does not model — so a property added to the spec
   shows up without code; it is left out while it was never set.

Custom field values (``custom.cf_…``) follow, when the family declares a target.

Rendering is memoized per organization: every write bumps ``Organization.generation``,
and a rendering cached under an older generation is ignored. Reads between two writes —
a page of 100 leads asked for again and again — then cost a dictionary look-up each.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

from . import _custom_values as cv
from ._json import encode
from ._organization import Organization
from ._records import iso

Getter = Callable[[Organization, Any], Any]
#: The custom field target of a record and the lead its values are checked against.
TargetOf = Callable[[Any], tuple[str, str | None]]

#: A computed getter returns this to leave its property out of the rendering.
OMIT: Final = object()

_ABSENT: Final = object()


def user_name(org: Organization, user_id: str | None) -> str | None:
    """The full name of a member, or ``None`` for nobody (or a user who left)."""
    user = org.users.get(user_id) if user_id else None
    return user.full_name if user else None


_AUDIT: Mapping[str, Getter] = {
    "organization_id": lambda org, record: org.id,
    "created_by": lambda org, record: record.created_by or None,
    "updated_by": lambda org, record: record.updated_by or None,
    "created_by_name": lambda org, record: user_name(org, record.created_by),
    "updated_by_name": lambda org, record: user_name(org, record.updated_by),
}


def _properties(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The declared properties of an object schema, ``allOf`` parts merged in order."""
    found: dict[str, Any] = {}
    for part in schema.get("allOf", ()):
        if isinstance(part, Mapping):
            found.update(_properties(part))
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        found.update(properties)
    return found


def _attribute_getter(name: str, schema: Any) -> Getter:
    fmt = schema.get("format") if isinstance(schema, Mapping) else None
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if fmt == "date-time":

        def moment(org: Organization, record: Any) -> Any:
            value = getattr(record, name)
            return iso(value) if isinstance(value, datetime) else value

        return moment
    if fmt == "date":

        def day(org: Organization, record: Any) -> Any:
            value = getattr(record, name)
            return value.isoformat() if isinstance(value, date) else value

        return day
    if "array" in kinds:

        def items(org: Organization, record: Any) -> Any:
            value = getattr(record, name)
            if value is None:  # a nullable list (``type: [array, "null"]``) left unset
                return None
            return [dict(v) if isinstance(v, dict) else v for v in value]

        return items
    return lambda org, record: getattr(record, name)


class Renderer:
    """Serializes records of one class by the properties of one response schema."""

    def __init__(
        self,
        schema: Mapping[str, Any],
        record_type: type,
        computed: Mapping[str, Getter] | None = None,
        target: TargetOf | None = None,
        *,
        memoize: bool = True,
    ) -> None:
        computed = computed or {}
        fields = {f.name for f in dataclasses.fields(record_type)}
        properties = _properties(schema)
        plan: list[tuple[str, Getter]] = []
        extras: list[str] = []
        for name, prop in properties.items():
            if name in computed:
                plan.append((name, computed[name]))
            elif name in _AUDIT:
                plan.append((name, _AUDIT[name]))
            elif name in fields:
                plan.append((name, _attribute_getter(name, prop)))
            else:
                extras.append(name)
        unknown = set(computed) - set(properties)
        if unknown:
            raise ValueError(f"computed properties not in the schema: {sorted(unknown)}")
        self._plan = tuple(plan)
        self._extras = tuple(extras)
        self._target = target
        self._key = id(self)
        self._memoize = memoize

    def render(self, org: Organization, record: Any) -> dict[str, Any]:
        """The record as a fresh dict (the caller may change it)."""
        out = {}
        for name, getter in self._plan:
            value = getter(org, record)
            if value is not OMIT:
                out[name] = value
        if self._extras:
            extra = record.extra
            for name in self._extras:
                value = extra.get(name, _ABSENT)
                if value is not _ABSENT:
                    out[name] = value
        if self._target is not None:
            target, lead_id = self._target(record)
            out.update(cv.serialize(cv.ValueContext(org, target, lead_id), record.custom))
        return out

    def cached(self, org: Organization, record: Any) -> tuple[dict[str, Any], bytes]:
        """The record rendered and encoded, from the cache when nothing changed since.

        The dict is shared with the cache: treat it as read-only.
        """
        if not (org.memoize and self._memoize):
            rendered = self.render(org, record)
            return rendered, encode(rendered)
        if org.render_generation != org.generation:
            # Everything cached is stale: drop it, so the cache never outgrows one read burst.
            org.render_cache.clear()
            org.render_generation = org.generation
        key = (self._key, record.id)
        hit = org.render_cache.get(key)
        if hit is not None:  # the cache holds only this generation's renderings
            return hit
        rendered = self.render(org, record)
        entry = (rendered, encode(rendered))
        org.render_cache[key] = entry
        return entry
