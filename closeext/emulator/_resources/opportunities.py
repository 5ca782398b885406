"""Opportunities: ``/opportunity/``. Money in cents; statuses belong to pipelines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from .. import _custom_values as cv
from .._organization import Organization
from .._records import Opportunity, add_to_totals, expected_cents, new_id, today
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from ._common import (
    MISSING,
    Body,
    audit,
    empty,
    get_or_404,
    list_params,
    page,
    path_id,
    single,
    user_name,
)

MAX_LIMIT = 250
VALUE_PERIODS = ("one_time", "monthly", "annual")
_FILTERS = ("lead_id", "status_id", "user_id", "value_period")
#: Sort keys Close honours in ``_order_by``; anything else is ignored.
_ORDER = frozenset(
    {"date_won", "date_updated", "date_created", "confidence", "user_name", "value"}
    | {"annualized_value", "annualized_expected_value"}
)


def _money(cents: int, period: str) -> str:
    dollars = cents / 100
    text = f"${dollars:,.0f}" if cents % 100 == 0 else f"${dollars:,.2f}"
    return text if period == "one_time" else f"{text} {period}"


def serialize_opportunity(org: Organization, opp: Opportunity) -> dict[str, Any]:
    """An opportunity as Close returns it, with the derived money fields."""
    status = org.opportunity_statuses.get(opp.status_id)
    pipeline = org.pipelines.get(status.pipeline_id) if status else None
    lead = org.leads.get(opp.lead_id)
    contact = org.contacts.get(opp.contact_id) if opp.contact_id else None
    value = opp.value
    annualized = None if value is None else value * (12 if opp.value_period == "monthly" else 1)
    out: dict[str, Any] = {
        "id": opp.id,
        "lead_id": opp.lead_id,
        "lead_name": lead.name if lead else None,
        "contact_id": opp.contact_id,
        "contact_name": contact.name if contact else None,
        "user_id": opp.user_id,
        "user_name": user_name(org, opp.user_id),
        "status_id": opp.status_id,
        "status_label": status.label if status else None,
        "status_type": status.type if status else None,
        "status_display_name": status.label if status else None,
        "pipeline_id": pipeline.id if pipeline else None,
        "pipeline_name": pipeline.name if pipeline else None,
        "value": value,
        "value_period": opp.value_period,
        "value_currency": org.currency,
        "value_formatted": None if value is None else _money(value, opp.value_period),
        "confidence": opp.confidence,
        "expected_value": None if value is None else expected_cents(value, opp.confidence),
        "annualized_value": annualized,
        "annualized_expected_value": (
            None if annualized is None else expected_cents(annualized, opp.confidence)
        ),
        "date_won": opp.date_won.isoformat() if opp.date_won else None,
        "note": opp.note,
        "attachments": [],
        "integration_links": [],
        **audit(org, opp, names=True),
    }
    out.update(cv.serialize(cv.ValueContext(org, "opportunity", opp.lead_id), opp.custom))
    return out


def _date(body: Body, key: str) -> Any:
    raw = body.string(key, nullable=True)
    if not isinstance(raw, str):
        return raw
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return body.fail(key, "Invalid date.")


def _attributes(req: ApiRequest, body: Body, lead_id: str | None) -> dict[str, Any]:
    org = req.org
    attrs: dict[str, Any] = {
        "value": body.integer("value", nullable=True),
        "value_period": body.choice("value_period", VALUE_PERIODS),
        "confidence": body.integer("confidence", nullable=True, low=0, high=100),
        "note": body.string("note", nullable=True),
        "date_won": _date(body, "date_won"),
        "user_id": body.string("user_id", nullable=True),  # null: unassigned
        "contact_id": body.string("contact_id", nullable=True),
    }
    if attrs["note"] is None:
        attrs["note"] = ""
    if attrs["confidence"] is None:
        attrs["confidence"] = 0
    if isinstance(attrs["user_id"], str) and attrs["user_id"] not in org.users:
        attrs["user_id"] = body.fail("user_id", "User does not exist.")
    contact_id = attrs["contact_id"]
    if isinstance(contact_id, str):
        contact = org.contacts.get(contact_id)
        if contact is None or contact.lead_id != lead_id:
            attrs["contact_id"] = body.fail("contact_id", "Contact does not exist on this lead.")
    return {key: value for key, value in attrs.items() if value is not MISSING}


def _status(org: Organization, body: Body, current: str | None) -> Any:
    """The status the opportunity should end up with, or ``MISSING`` for "unchanged"."""
    pipeline_id = body.string("pipeline_id")
    if isinstance(pipeline_id, str) and pipeline_id not in org.pipelines:
        return body.fail("pipeline_id", "Pipeline does not exist.")
    status_id = body.string("status_id")
    if status_id is MISSING and "status" in body:  # deprecated: a status label
        label = body.string("status")
        for candidate in org.opportunity_statuses.values():
            if candidate.label == label and pipeline_id in (MISSING, candidate.pipeline_id):
                status_id = candidate.id
                break
        else:
            return body.fail("status", f'Opportunity status "{label}" does not exist.')
    if isinstance(status_id, str):
        status = org.opportunity_statuses.get(status_id)
        if status is None:
            return body.fail("status_id", "Opportunity status does not exist.")
        if isinstance(pipeline_id, str) and status.pipeline_id != pipeline_id:
            return body.fail("status_id", "The status does not belong to the given pipeline.")
        return status_id
    if body.errors.get("status_id") or body.errors.get("pipeline_id"):
        return MISSING
    if isinstance(pipeline_id, str):
        if current is not None and current in org.pipelines[pipeline_id].status_ids:
            return MISSING
        first = org.default_opportunity_status_id(pipeline_id)
        if first is None:
            return body.fail("pipeline_id", "The pipeline has no statuses.")
        return first
    if current is None:
        default = org.default_opportunity_status_id()
        if default is None:
            return body.fail("status_id", "The organization has no opportunity status.")
        return default
    return MISSING


def _won_date(org: Organization, opp: Opportunity, status_id: Any, attrs: dict[str, Any]) -> None:
    """Moving to a ``won`` status sets ``date_won`` to today unless it is set or sent."""
    if not isinstance(status_id, str) or "date_won" in attrs or opp.date_won is not None:
        return
    if org.opportunity_statuses[status_id].type == "won":
        opp.date_won = today()


# ---------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------


def _aggregates(totals: Counter[str]) -> dict[str, Any]:
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


def _sort_key(org: Organization, field: str) -> Callable[[Opportunity], Any]:
    def key(opp: Opportunity) -> Any:
        if field == "user_name":
            value: Any = user_name(org, opp.user_id)
        elif field in ("annualized_value", "annualized_expected_value"):
            annual = (opp.value or 0) * (12 if opp.value_period == "monthly" else 1)
            value = (
                annual if field == "annualized_value" else expected_cents(annual, opp.confidence)
            )
        else:
            value = getattr(opp, field)
        return (value is None, value if value is not None else 0)

    return key


def list_opportunities(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    org = req.org
    filters = {key: req.query[key] for key in _FILTERS if req.query.get(key)}
    lead_id = filters.pop("lead_id", None)
    status_type = req.query.get("status_type")
    order_by = req.query.get("_order_by", "")
    if lead_id is None and not filters and not status_type and order_by.lstrip("-") not in _ORDER:
        # The common case stays O(page): running totals instead of a scan.
        answer = page(org.opportunities.values(), params, lambda o: serialize_opportunity(org, o))
        answer.body.update(_aggregates(org.opportunity_totals))
        return answer
    if lead_id is not None:
        lead = org.leads.get(lead_id)
        source: list[Opportunity] = [
            org.opportunities[oid] for oid in (lead.opportunity_ids if lead else {})
        ]
    else:
        source = list(org.opportunities.values())
    source = [
        opp
        for opp in source
        if all(getattr(opp, k) == v for k, v in filters.items())
        and (not status_type or org.opportunity_statuses[opp.status_id].type == status_type)
    ]
    if order_by.lstrip("-") in _ORDER:
        source.sort(key=_sort_key(org, order_by.lstrip("-")), reverse=order_by.startswith("-"))
    totals: Counter[str] = Counter()
    for opp in source:
        add_to_totals(totals, opp, +1)
    answer = page(source, params, lambda opp: serialize_opportunity(org, opp))
    answer.body.update(_aggregates(totals))
    return answer


def create_opportunity(req: ApiRequest) -> ApiResponse:
    from .leads import new_lead  # a lead-less opportunity gets a new lead, as in Close

    org = req.org
    body = Body(req.body)
    lead_id = body.string("lead_id", nullable=True)
    new_parent = None
    if isinstance(lead_id, str):
        if lead_id not in org.leads:
            lead_id = body.fail("lead_id", "Lead does not exist.")
    elif "lead_id" not in body.errors:
        new_parent = new_lead(req, "Untitled")
        lead_id = new_parent.id
    parent_id = lead_id if isinstance(lead_id, str) else None
    attrs = _attributes(req, body, parent_id)
    status_id = _status(org, body, None)
    custom = cv.apply(
        cv.ValueContext(org, "opportunity", parent_id, req.user), {}, body.raw, body.errors
    )
    body.raise_errors()
    if parent_id is None or not isinstance(status_id, str):  # unreachable once checked above
        raise ValidationFailed(errors=["The opportunity needs a lead and a status."])
    opp = Opportunity(
        **org.stamp(req.user.id, new_id("oppo_")),
        lead_id=parent_id,
        status_id=status_id,
        contact_id=attrs.get("contact_id"),
        user_id=attrs.get("user_id", req.user.id),
        value=attrs.get("value"),
        value_period=attrs.get("value_period", "one_time"),
        confidence=attrs.get("confidence", 0),
        note=attrs.get("note", ""),
        date_won=attrs.get("date_won"),
        custom=custom,
    )
    _won_date(org, opp, status_id, attrs)
    if new_parent is not None:
        org.add_lead(new_parent)
    org.add_opportunity(opp)
    return single(serialize_opportunity(org, opp), req)


def get_opportunity(req: ApiRequest) -> ApiResponse:
    opp = get_or_404(req.org.opportunities, path_id(req, "opportunity_id"), "Opportunity")
    return single(serialize_opportunity(req.org, opp), req)


def update_opportunity(req: ApiRequest) -> ApiResponse:
    org = req.org
    opp = get_or_404(org.opportunities, path_id(req, "opportunity_id"), "Opportunity")
    body = Body(req.body)
    if "lead_id" in body and body.raw["lead_id"] != opp.lead_id:
        body.fail("lead_id", "Value cannot be changed.")
    attrs = _attributes(req, body, opp.lead_id)
    status_id = _status(org, body, opp.status_id)
    custom = cv.apply(
        cv.ValueContext(org, "opportunity", opp.lead_id, req.user),
        opp.custom,
        body.raw,
        body.errors,
    )
    body.raise_errors()
    org.count_opportunity(opp, -1)
    for key, value in attrs.items():
        setattr(opp, key, value)
    org.count_opportunity(opp, +1)
    if isinstance(status_id, str) and status_id != opp.status_id:
        org.set_opportunity_status(opp, status_id)
        _won_date(org, opp, status_id, attrs)
    opp.custom = custom
    opp.touch(req.user.id)
    return single(serialize_opportunity(org, opp), req)


def delete_opportunity(req: ApiRequest) -> ApiResponse:
    opp = get_or_404(req.org.opportunities, path_id(req, "opportunity_id"), "Opportunity")
    req.org.delete_opportunity(opp.id)
    return empty()


HANDLERS: dict[str, Handler] = {
    "list_opportunities": list_opportunities,
    "create_opportunity": create_opportunity,
    "get_opportunity": get_opportunity,
    "update_opportunity": update_opportunity,
    "delete_opportunity": delete_opportunity,
}
