"""Opportunities: ``/opportunity/``. Money in cents; statuses belong to pipelines.

The status follows ``status_id``, else the first status of ``pipeline_id``, else the
organization's default; the deprecated ``status`` (a label) still works. Moving to a
``won`` status sets ``date_won`` to today unless it is set or sent. The list carries
aggregates over every matching opportunity, kept as running totals for the unfiltered list;
``_group_by`` is served by :mod:`.opportunity_groups`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from .._engine import CONTACT_ON_LEAD, USER, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Opportunity, add_to_totals, expected_cents, today
from .._search import select
from .._search._legacy import translate
from .._types import ApiRequest, BadRequest
from . import history
from ._support import no_list, user_name
from .integration_links import links_of
from .smart_views import leads_of_view

VALUE_PERIODS = ("one_time", "monthly", "annual")


def _money(cents: int, period: str) -> str:
    dollars = cents / 100
    text = f"${dollars:,.0f}" if cents % 100 == 0 else f"${dollars:,.2f}"
    return text if period == "one_time" else f"{text} {period}"


def _annualized(opp: Opportunity) -> int | None:
    if opp.value is None:
        return None
    return opp.value * (12 if opp.value_period == "monthly" else 1)


def _status_named(write: Write, pipeline_id: str | None) -> str | None:
    label = write.body["status"]
    for candidate in write.org.opportunity_statuses.values():
        if candidate.label == label and pipeline_id in (None, candidate.pipeline_id):
            return candidate.id
    write.fail("status", f'Opportunity status "{label}" does not exist.')
    return None


def _status(write: Write) -> None:
    """Settle ``status_id`` from ``status_id`` / ``status`` / ``pipeline_id`` / defaults."""
    org, body = write.org, write.body
    pipeline_id = body.get("pipeline_id")
    if pipeline_id is not None and pipeline_id not in org.pipelines:
        write.fail("pipeline_id", "Object does not exist.")
        return
    status_id = body.get("status_id")
    if status_id is None and "status" in body:
        status_id = _status_named(write, pipeline_id)
        if status_id is None:
            return
    if status_id is not None:
        status = org.opportunity_statuses.get(status_id)
        if status is None:
            write.fail("status_id", "Object does not exist.")
        elif pipeline_id is not None and status.pipeline_id != pipeline_id:
            write.fail("status_id", "The status does not belong to the given pipeline.")
        else:
            write.attrs["status_id"] = status_id
        return
    current = write.current.status_id if write.current is not None else None
    if pipeline_id is not None:
        if current is not None and current in org.pipelines[pipeline_id].status_ids:
            return
        first = org.default_opportunity_status_id(pipeline_id)
        if first is None:
            write.fail("pipeline_id", "The pipeline has no statuses.")
        else:
            write.attrs["status_id"] = first
    elif current is None:
        default = org.default_opportunity_status_id()
        if default is None:
            write.fail("status_id", "The organization has no opportunity status.")
        else:
            write.attrs["status_id"] = default


def _won_date(write: Write) -> None:
    """Moving to a ``won`` status sets ``date_won`` to today unless it is set or sent;
    moving to a ``lost`` one sets ``date_lost`` (our choice: Close's is undocumented)."""
    status_id = write.attrs.get("status_id")
    if status_id is None or (write.current is not None and write.current.status_id == status_id):
        return
    kind = write.org.opportunity_statuses[status_id].type
    if kind == "won" and "date_won" not in write.body and write.value("date_won") is None:
        write.attrs["date_won"] = today()
    if kind == "lost":
        write.attrs["date_lost"] = today()


def _check(write: Write) -> None:
    _status(write)
    if not write.errors:
        _won_date(write)
    history.record_opportunity_history(write)  # OpportunityStatusChange (side effect)


def aggregates(totals: Counter[str]) -> dict[str, Any]:
    """Close's list aggregates from per-period totals (see ``add_to_totals``)."""
    out: dict[str, Any] = {
        "total_results": sum(totals[f"count:{p}"] for p in VALUE_PERIODS),
        "count_by_value_period": {
            p: totals[f"count:{p}"] for p in VALUE_PERIODS if totals[f"count:{p}"]
        },
    }
    for kind, prefix in (("value", "total_value"), ("expected", "expected_value")):
        for period in VALUE_PERIODS:
            out[f"{prefix}_{period}"] = totals[f"{kind}:{period}"]
        out[f"{prefix}_annualized"] = sum(
            totals[f"{kind}:{p}"] * (12 if p == "monthly" else 1) for p in VALUE_PERIODS
        )
    return out


def _list_extra(req: ApiRequest, selected: list[Opportunity] | None) -> dict[str, Any]:
    if selected is None:  # the unfiltered list: O(1) from the running totals
        return aggregates(req.org.opportunity_totals)
    totals: Counter[str] = Counter()
    for opp in selected:
        add_to_totals(totals, opp, +1)
    return aggregates(totals)


def _sort(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


def _status_of(org: Organization, opp: Opportunity) -> Any:
    return org.opportunity_statuses.get(opp.status_id)


def _pipeline_of(org: Organization, opp: Opportunity) -> Any:
    status = _status_of(org, opp)
    return org.pipelines.get(status.pipeline_id) if status else None


def _status_attr(name: str) -> Any:
    def get(org: Organization, opp: Opportunity) -> Any:
        status = _status_of(org, opp)
        return getattr(status, name) if status else None

    return get


def _lead_name(org: Organization, opp: Opportunity) -> str | None:
    lead = org.leads.get(opp.lead_id)
    return lead.name if lead else None


def _contact_name(org: Organization, opp: Opportunity) -> str | None:
    contact = org.contacts.get(opp.contact_id) if opp.contact_id else None
    return contact.name if contact else None


#: Parameters Close documents that the emulator refuses rather than ignores, and why.
REFUSED: dict[str, str] = {
    "query": (
        "The emulator's opportunity list does not filter by query: it does not evaluate "
        "Close's search over opportunity properties (its grammar is undocumented)."
    ),
    "is_stalled": (
        "The emulator's opportunity list does not filter by is_stalled: Close does not "
        "document when an opportunity counts as stalled."
    ),
}


def _of_selected_leads(req: ApiRequest, listing: Listing) -> list[Opportunity] | None:
    """The opportunities of the leads ``lead_saved_search_id`` and ``lead_query`` select,
    oldest first (``None``: neither is sent). Refuses what the emulator cannot honour."""
    for param, why in REFUSED.items():
        if param in req.params:
            raise BadRequest(why)
    view_id = req.params.get("lead_saved_search_id")
    text = req.params.get("lead_query")
    if view_id is None and text is None:
        return None
    leads: frozenset[str] | None = None
    if view_id is not None:
        leads = leads_of_view(req, str(view_id))
    if text is not None:
        tree, sort = translate(req.org, str(text), req.tz_offset)
        hits = select(req.org, tree, user_id=req.user.id, tz_offset=req.tz_offset, sort=sort)
        matched = frozenset(hit.record.id for hit in hits)
        leads = matched if leads is None else leads & matched
    assert leads is not None
    return [opp for opp in req.org.opportunities.values() if opp.lead_id in leads]


def _grouped(org: Organization, opp: Opportunity, wanted: Any) -> bool:
    """Grouping by ``date_won`` leaves out opportunities never won [unverified]."""
    return "date_won" not in str(wanted) or opp.date_won is not None


def _label_in(org: Organization, opp: Opportunity, wanted: Any) -> bool:
    return _status_attr("label")(org, opp) in str(wanted).split(",")


def _new_lead(write: Write) -> Any:
    return write.org.new_lead(write.req.user.id, "Untitled")


OPPORTUNITIES = Family(
    name="opportunity",
    plural="opportunities",
    collection="opportunities",
    record=Opportunity,
    model="Opportunity",
    # What fires opportunity.updated (not value_currency, which is organization-wide).
    event_fields=frozenset(
        {"status_id", "status_label", "status_type", "status_display_name", "pipeline_id"}
        | {"pipeline_name", "date_won", "value", "value_period", "value_formatted"}
        | {"confidence"}
    ),
    refs={"contact_id": CONTACT_ON_LEAD, "user_id": USER},
    immutable=("lead_id",),
    defaults={
        "contact_id": None,
        "user_id": lambda write: write.req.user.id,
        "value": None,
        "value_period": "one_time",
        "confidence": 0,
        "note": "",
        "date_won": None,
    },
    convert={
        "confidence": lambda value: value or 0,
        "note": lambda value: value or "",
        "date_won": lambda value: date.fromisoformat(value) if value else None,
    },
    claims=frozenset({"status", "status_id", "pipeline_id"}),
    make_parent=_new_lead,
    check=_check,
    after=history.insert_pending,
    target=lambda opp: ("opportunity", opp.lead_id),
    computed={
        "lead_name": _lead_name,
        "contact_name": _contact_name,
        "user_name": lambda org, opp: user_name(org, opp.user_id),
        "status_label": _status_attr("label"),
        "status_type": _status_attr("type"),
        "status_display_name": _status_attr("label"),
        "pipeline_id": lambda org, opp: getattr(_pipeline_of(org, opp), "id", None),
        "pipeline_name": lambda org, opp: getattr(_pipeline_of(org, opp), "name", None),
        "value_currency": lambda org, opp: org.currency,
        "value_formatted": lambda org, opp: (
            None if opp.value is None else _money(opp.value, opp.value_period)
        ),
        "expected_value": lambda org, opp: (
            None if opp.value is None else expected_cents(opp.value, opp.confidence)
        ),
        "annualized_value": lambda org, opp: _annualized(opp),
        "annualized_expected_value": lambda org, opp: (
            None if opp.value is None else expected_cents(_annualized(opp), opp.confidence)
        ),
        "attachments": no_list,
        "integration_links": links_of("opportunity"),
    },
    derived={
        # ``_of_selected_leads`` already selected the opportunities (or refused); declaring
        # the parameters here marks the list as narrowed (``total_results`` counts the matches).
        "lead_saved_search_id": lambda org, opp, wanted: True,
        "lead_query": lambda org, opp, wanted: True,
        **{param: (lambda org, opp, wanted: True) for param in REFUSED},
        "organization_id": lambda org, opp, wanted: wanted == org.id,
        # The deprecated spellings of ``status_label`` / ``status_label__in``.
        "status": lambda org, opp, wanted: _status_attr("label")(org, opp) == wanted,
        "status__in": _label_in,
        "_group_by": _grouped,
        "status_type": lambda org, opp, wanted: _status_attr("type")(org, opp) == wanted,
        "status_type__in": lambda org, opp, wanted: (
            _status_attr("type")(org, opp) in wanted.split(",")
        ),
        "status_label": lambda org, opp, wanted: _status_attr("label")(org, opp) == wanted,
        "status_label__in": _label_in,
    },
    # The sort keys Close honours in ``_order_by``; anything else is ignored (as Close does).
    order={
        "date_won": lambda org, opp: _sort(opp.date_won),
        "date_updated": lambda org, opp: _sort(opp.date_updated),
        "date_created": lambda org, opp: _sort(opp.date_created),
        "confidence": lambda org, opp: _sort(opp.confidence),
        "value": lambda org, opp: _sort(opp.value),
        "user_name": lambda org, opp: _sort(user_name(org, opp.user_id)),
        "annualized_value": lambda org, opp: _sort(_annualized(opp) or 0),
        "annualized_expected_value": lambda org, opp: _sort(
            expected_cents(_annualized(opp) or 0, opp.confidence)
        ),
    },
    list_extra=_list_extra,
    list_source=_of_selected_leads,
    # ``opportunity_groups.actions`` serves the list: grouped itself, else the generic one.
    handwritten=frozenset({"list"}),
)
