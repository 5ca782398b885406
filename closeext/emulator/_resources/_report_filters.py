"""Which leads a report covers: a lead Smart View, or a (legacy) lead search ``query``.

Close's reports take a Smart View (``query.saved_search_id`` in a body, ``smart_view_id``
in a query string) or a lead search text (``query``) and report only on the selected
leads: their status changes, their opportunities, the activity logged on them. ``None``
stands for "every lead" (no filter, or the query ``*``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._search import select
from .._search._legacy import translate
from .._types import ApiRequest, BadRequest
from .smart_views import leads_of_view

Leads = frozenset[str] | None


def view_leads(req: ApiRequest, view_id: Any) -> Leads:
    """The leads Smart View ``view_id`` selects now, for the caller (``None``: no view)."""
    if view_id is None:
        return None
    view = req.org.collection("smart_views").get(str(view_id))
    if view is None:
        raise BadRequest("The Smart View does not exist.")
    if view.type != "lead":
        raise BadRequest(
            f"A Smart View of type {view.type} cannot filter a report: give a lead Smart View."
        )
    return leads_of_view(req, str(view_id))


def body_view_leads(req: ApiRequest, body: Mapping[str, Any]) -> Leads:
    """The leads of a report body's ``query: {type: saved_search, saved_search_id}``."""
    return view_leads(req, (body.get("query") or {}).get("saved_search_id"))


def query_leads(req: ApiRequest, text: Any) -> Leads:
    """The leads a lead search text selects (the grammar of ``GET /lead/?query=``)."""
    if text is None or str(text).strip() in ("", "*"):
        return None
    tree, sort = translate(req.org, str(text), req.tz_offset)
    hits = select(req.org, tree, user_id=req.user.id, tz_offset=req.tz_offset, sort=sort)
    return frozenset(hit.record.id for hit in hits)


def lead_of(collection: str, record: Any) -> str | None:
    """The lead a record belongs to (a lead is its own)."""
    if collection == "leads":
        return str(record.id)
    lead_id: str | None = getattr(record, "lead_id", None)
    return lead_id


def covers(leads: Leads, lead_id: str | None) -> bool:
    return leads is None or (lead_id is not None and lead_id in leads)
