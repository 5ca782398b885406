"""Smart Views (``/saved_search/``): saved Advanced Filtering queries.

A view's selection is an ``s_query`` tree in the language of ``POST /data/search/``
(checked by :func:`.._search.validate_query`, so a part the emulator does not understand is
refused by name); views older than Advanced Filtering keep a deprecated text ``query``,
which the emulator reads (as ``GET /lead/?query=`` does) but never makes. Close requires
the tree to name its objects with an ``object_type`` clause; the emulator also requires
that clause to be of the view's ``type`` [unverified], so a lead view never lists contacts.

``is_user_dependent`` is derived from the query (it uses ``current_user``). Sharing names
groups and users of the organization; ``shared_with`` names memberships (``mem_`` + the
user id's suffix, as ``/organization/`` answers them).

Other families read views through :func:`leads_of_view` (the opportunity list's
``lead_saved_search_id``) and :func:`views_using_group` (a group in use cannot be deleted).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._clock import utcnow
from .._engine import Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Record, iso
from .._search import select, validate_query
from .._search._legacy import translate
from .._types import ApiRequest, BadRequest

#: The view types whose queries Advanced Filtering evaluates (the spec's SmartViewType).
EVALUATED: Final = ("lead", "contact", "opportunity")


@dataclass(slots=True, kw_only=True)
class SmartView(Record):
    """A saved query with its columns and its sharing."""

    name: str
    description: str | None
    type: str
    s_query: dict[str, Any] | None
    query: str | None
    selected_fields: list[dict[str, Any]] | None
    is_shared: bool
    shared_with: list[str] | None
    sharing: dict[str, Any] | None = None
    user_id: str | None = None


def _walk(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, Mapping):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _top_level_types(node: Any) -> set[str]:
    """The object types a tree names outside any ``has_related`` (what it returns)."""
    if not isinstance(node, Mapping):
        return set()
    kind = node.get("type")
    if kind == "object_type" and not node.get("negate"):
        return {str(node.get("object_type"))}
    if kind in ("and", "or"):
        found: set[str] = set()
        for part in node.get("queries") or ():
            found |= _top_level_types(part)
        return found
    return set()


def _user_dependent(tree: Any) -> bool:
    return any(node.get("type") == "current_user" for node in _walk(tree))


def _check_query(write: Write, kind: str) -> None:
    s_query = write.body.get("s_query")
    if s_query is None:
        return
    validate_query(write.org, s_query, path="s_query")
    named = _top_level_types(s_query)
    if named != {kind}:
        raise BadRequest(
            f"A Smart View of type {kind} needs an object_type clause of {kind} "
            f"(s_query names {', '.join(sorted(named)) or 'none'})."
        )
    write.attrs["s_query"] = s_query
    write.attrs["query"] = None


def _check_sharing(write: Write) -> None:
    org = write.org
    sharing = write.body.get("sharing_settings")
    if sharing is not None:
        groups = org.collection("groups")
        missing = [g for g in sharing.get("group_ids", ()) if g not in groups]
        missing += [u for u in sharing.get("user_ids", ()) if u not in org.users]
        if missing:
            write.fail("sharing_settings", f"Object does not exist: {', '.join(missing)}.")
            return
        now = utcnow()
        before = write.current.sharing if write.current is not None else None
        write.attrs["sharing"] = {
            "whole_org": bool(sharing.get("whole_org", False)),
            "user_ids": list(dict.fromkeys(sharing.get("user_ids", ()))),
            "group_ids": list(dict.fromkeys(sharing.get("group_ids", ()))),
            "created_at": before["created_at"] if before else now,
            "created_by_id": before["created_by_id"] if before else write.req.user.id,
            "updated_at": now,
            "updated_by_id": write.req.user.id,
        }
    members = write.body.get("shared_with")
    if members is not None:
        unknown = [m for m in members if "user_" + m.removeprefix("mem_") not in org.users]
        if unknown:
            write.fail("shared_with", f"Object does not exist: {', '.join(unknown)}.")
        write.attrs["shared_with"] = list(dict.fromkeys(members))


def _check(write: Write) -> None:
    kind = write.current.type if write.current is not None else write.body.get("type", "lead")
    write.attrs.setdefault("type", kind)
    _check_query(write, kind)
    _check_sharing(write)


def _sharing_settings(org: Organization, view: SmartView) -> dict[str, Any] | None:
    sharing = view.sharing
    if sharing is None:
        return None
    return {
        **sharing,
        "created_at": iso(sharing["created_at"]),
        "updated_at": iso(sharing["updated_at"]),
    }


def _of_type(req: ApiRequest, listing: Listing) -> list[SmartView] | None:
    """Lead views unless ``type`` or ``type__in`` says otherwise (as Close lists them)."""
    if "type" in req.params and "type__in" in req.params:
        raise BadRequest("Send type or type__in, not both.")
    if "type" in req.params or "type__in" in req.params:
        return None  # the declared equality / ``__in`` filters select
    return [view for view in req.org.collection("smart_views").values() if view.type == "lead"]


SMART_VIEWS = Family(
    name="smart_view",
    plural="smart_views",
    collection="smart_views",
    record=SmartView,
    model="SavedSearch",
    event_type="saved_search",
    defaults={
        "description": None,
        "type": "lead",
        "s_query": None,
        "query": None,
        "selected_fields": None,
        "is_shared": False,
        "shared_with": None,
        "user_id": lambda write: write.req.user.id,
    },
    claims=frozenset({"s_query", "sharing_settings", "shared_with", "type"}),
    check=_check,
    list_source=_of_type,
    computed={
        "is_user_dependent": lambda org, view: _user_dependent(view.s_query),
        "sharing_settings": _sharing_settings,
        "organization_id": lambda org, view: org.id,
    },
)


def views_using_group(org: Organization, group_id: str) -> str | None:
    """The first Smart View shared with ``group_id`` (``smart view "Hot leads"``), or None."""
    for view in org.collection("smart_views").values():
        if view.sharing and group_id in view.sharing.get("group_ids", ()):
            return f'smart view "{view.name}"'
    return None


def leads_of_view(req: ApiRequest, view_id: str) -> frozenset[str]:
    """The ids of the leads lead view ``view_id`` selects now, for the caller.

    A missing view, or a view of another type, is a 400 naming ``lead_saved_search_id``.
    """
    org = req.org
    view = org.collection("smart_views").get(view_id)
    if view is None:
        raise BadRequest("lead_saved_search_id: the Smart View does not exist.")
    if view.type != "lead":
        raise BadRequest("lead_saved_search_id must name a Smart View of type lead.")
    if view.s_query is not None:
        tree: Any = view.s_query
        sort: list[dict[str, Any]] = []
    else:
        tree, sort = translate(org, str(view.query), req.tz_offset)
    hits = select(org, tree, user_id=req.user.id, tz_offset=req.tz_offset, sort=sort)
    return frozenset(hit.record.id for hit in hits if hit.object_type == "lead")


__all__ = ["SMART_VIEWS", "SmartView", "leads_of_view", "views_using_group"]
