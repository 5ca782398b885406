"""``GET /activity/``: every activity family in one read-only list, told apart by ``_type``.

The members are not listed here: the spec's ``Activity`` schema maps each ``_type`` to
the schema of one family (its discriminator ``mapping``), and this module binds each
name to the bound family whose get operation answers that schema. A new activity family
joins the union by its line in that mapping.

Candidates come from the per-lead child indexes when ``lead_id`` is given (so a lead's
activities cost the same however many the organization holds); the whole organization
otherwise, merged lazily from each collection's creation order, so a page never sorts
everything. Close's rules on the filters are refused with Close-shaped 400s.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._engine import Bound
from .._listing import Filter, respond_page
from .._organization import COLLECTIONS, Organization
from .._spec import CompiledSpec
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed

MAX_LIMIT: Final = 100
#: Filters Close honours only together with ``lead_id``.
_NEED_LEAD: Final = ("user_id", "user_id__in", "contact_id", "contact_id__in", "_type", "_type__in")
_RANGES: Final = ("gt", "gte", "lt", "lte")
#: The ``_type`` name that stands for every custom activity.
CUSTOM: Final = "Custom"
_CUSTOM_TYPE: Final = "CustomActivity"


@dataclass(frozen=True, slots=True)
class Member:
    """One family of the union: its ``_type`` and the bound family."""

    type_name: str
    bound: Bound

    @property
    def collection(self) -> str:
        return self.bound.family.collection


def members(spec: CompiledSpec, bound: Mapping[str, Bound]) -> tuple[Member, ...]:
    """The union's members, read from the ``Activity`` schema's discriminator mapping."""
    document = spec.document
    mapping = document["components"]["schemas"]["Activity"]["discriminator"]["mapping"]
    by_schema: dict[str, Bound] = {}
    for family in bound.values():
        get = family.ops.get("get")
        if get is None:
            continue
        answer = document["paths"][get.template][get.method.lower()]["responses"]["200"]
        ref = answer.get("content", {}).get("application/json", {}).get("schema", {})
        if isinstance(ref, Mapping) and "$ref" in ref:
            by_schema[str(ref["$ref"])] = family
    found = []
    for type_name, ref in mapping.items():
        if ref not in by_schema:
            raise ValueError(f"GET /activity/: no family answers {ref} (_type {type_name})")
        found.append(Member(type_name, by_schema[ref]))
    return tuple(found)


class _Renderers:
    """Renders each record with its own family's renderer."""

    def __init__(self, union: tuple[Member, ...]) -> None:
        self._by_record = {m.bound.family.record: m.bound.renderer for m in union}

    def cached(self, org: Organization, record: Any) -> tuple[dict[str, Any], bytes]:
        return self._by_record[type(record)].cached(org, record)


def _refuse(key: str, message: str) -> ValidationFailed:
    return ValidationFailed(field_errors={key: message})


def _split(value: Any) -> list[str]:
    return [part for part in str(value).split(",") if part]


class ActivityUnion:
    """The ``list_activities`` handler over the members."""

    def __init__(self, union: tuple[Member, ...]) -> None:
        self.union = union
        self.renderers = _Renderers(union)

    # -- which families, and which custom activity types -------------------------------

    def _selected(self, req: ApiRequest) -> tuple[list[Member], set[str] | None]:
        """The member families asked for, and the custom activity type ids (``None``: all)."""
        params, org = req.params, req.org
        wanted: list[str] = []
        for name in ("_type", "_type__in"):
            if name in params:
                wanted.extend(_split(params[name]))
        threads = str(params.get("thread_emails", "")).lower()
        names = {m.type_name for m in self.union}
        if threads == "only":
            names.discard("Email")
        elif threads != "true":
            names.discard("EmailThread")
        if not wanted:
            return [m for m in self.union if m.type_name in names], None
        chosen: set[str] = set()
        custom_types: set[str] | None = set()
        for item in wanted:
            if item.startswith("actitype_"):
                if item not in org.custom_activity_types:
                    raise _refuse("_type", f"Custom Activity Type {item} does not exist.")
                chosen.add(_CUSTOM_TYPE)
                if custom_types is not None:
                    custom_types.add(item)
            elif item == CUSTOM:
                chosen.add(_CUSTOM_TYPE)
                custom_types = None
            else:
                chosen.add(item)
        return [m for m in self.union if m.type_name in chosen & names], custom_types

    # -- Close's rules ---------------------------------------------------------------

    @staticmethod
    def _check_rules(req: ApiRequest) -> None:
        params = req.params
        has_lead = "lead_id" in params or "lead_id__in" in params
        for name in _NEED_LEAD:
            if name in params and not has_lead:
                raise _refuse("lead_id", f"Filtering by {name} requires lead_id.")
        order = params.get("_order_by")
        if order == "-activity_at" and not has_lead:
            raise _refuse("lead_id", "Ordering by -activity_at requires lead_id.")
        for suffix in _RANGES:
            name = f"activity_at__{suffix}"
            if name in params and order != "-activity_at":
                raise _refuse("_order_by", f"Filtering by {name} requires _order_by=-activity_at.")

    # -- candidates ------------------------------------------------------------------

    def _tests(self, req: ApiRequest) -> list[Callable[[Any], bool]]:
        params = req.params
        tests = []
        for param, attribute, kind in (
            ("contact_id", "contact_id", "equal"),
            ("contact_id__in", "contact_id", "in"),
            ("user_id", "user_id", "equal"),
            ("user_id__in", "user_id", "in"),
            ("id__in", "id", "in"),
            *((f"date_created__{s}", "date_created", s) for s in _RANGES),
            *((f"activity_at__{s}", "activity_at", s) for s in _RANGES),
        ):
            if param in params:
                tests.append(Filter(param, attribute, kind).test(params[param]))
        return tests

    def _from_leads(
        self, org: Organization, lead_ids: list[str], chosen: list[Member], key: Any, newest: bool
    ) -> list[Any]:
        """A lead's activities from its own indexes: the organization is never scanned."""
        found: list[Any] = []
        for lead_id in dict.fromkeys(lead_ids):
            lead = org.leads.get(lead_id)
            if lead is None:
                continue
            for member in chosen:
                records = org.collection(member.collection)
                ids = COLLECTIONS[member.collection].children(lead)
                found.extend(records[record_id] for record_id in ids)
        found.sort(key=key, reverse=newest)
        return found

    @staticmethod
    def _from_org(org: Organization, chosen: list[Member], newest: bool) -> Iterator[Any]:
        """Every chosen collection, merged lazily by creation (each is in creation order)."""
        streams: list[Iterable[Any]] = []
        for member in chosen:
            records = org.collection(member.collection)
            streams.append(reversed(records.values()) if newest else records.values())
        return heapq.merge(*streams, key=lambda r: r.date_created, reverse=newest)

    def __call__(self, req: ApiRequest) -> ApiResponse:
        self._check_rules(req)
        org, params = req.org, req.params
        chosen, custom_types = self._selected(req)
        order = str(params.get("_order_by", "-date_created"))
        newest = order.startswith("-")
        lead_ids = _split(params["lead_id"]) if "lead_id" in params else []
        lead_ids += _split(params.get("lead_id__in", ""))
        items: Iterable[Any]
        if "lead_id" in params or "lead_id__in" in params:
            attribute = order.lstrip("-")
            items = self._from_leads(org, lead_ids, chosen, lambda r: getattr(r, attribute), newest)
        else:
            items = self._from_org(org, chosen, newest)
        tests = self._tests(req)
        if custom_types is not None:
            types = custom_types
            tests.append(
                lambda r: (
                    getattr(r, "custom_activity_type_id", None) in types
                    if hasattr(r, "custom_activity_type_id")
                    else True
                )
            )
        if tests:
            items = (item for item in items if all(test(item) for test in tests))
        return respond_page(req, org, items, self.renderers, paginated=True, max_limit=MAX_LIMIT)


def actions(spec: CompiledSpec, bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """``list_activities``, bound to the families the spec's union names."""
    return {"list_activities": ActivityUnion(members(spec, bound))}
