"""Reporting (``/report/…``): every figure computed from the organization's records.

* activity metrics and the activity report (overview per day, comparison per user);
* lead and opportunity status reports, from creations and status-change activities;
* the opportunity funnel (stages and totals) of one pipeline;
* sent emails per template, with the replies their threads got;
* the custom (Explorer) report: a count or a sum of one object type's number over a date
  axis, optionally grouped.

A Smart View (``query.saved_search_id``, ``smart_view_id``) or a lead search ``query``
restricts a report to the leads it selects (``_report_filters``): their status changes,
their opportunities, the activity on them. What a report cannot honour yet — a search
query over activities or opportunities in the Explorer — is refused with 400, never
ignored, and so is a CSV answer (``Accept: text/csv`` on the reports Close serves as CSV:
its columns are undocumented). Reports only read, so they record no events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from .._caller import caller_day
from .._clock import utcnow
from .._organization import COLLECTIONS, Organization
from .._records import iso
from .._render import user_name
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound
from ._report_filters import Leads, body_view_leads, covers, lead_of, query_leads, view_leads
from ._report_math import Span, day_bound, histories, span_of, status_report
from ._report_metrics import metrics, records

_NO_QUERY = (
    "The emulator's reports do not filter by a search query over {what} yet; "
    "only lead reports take one."
)


def _json_only(req: ApiRequest) -> None:
    """Refuse a request for CSV (an ``Accept`` that names CSV but no JSON) rather than
    answer it with JSON."""
    accept = (req.header("accept") or "").lower()
    if "text/csv" in accept and "json" not in accept and "*/*" not in accept:
        raise BadRequest(
            "The emulator's reports answer JSON only: ask with Accept: application/json "
            "(Close's CSV columns are undocumented)."
        )


def _org(req: ApiRequest) -> Organization:
    if req.path_params.get("organization_id") != req.org.id:
        raise NotFound("Organization")
    return req.org


def _users(org: Organization, asked: Iterable[str] | None) -> list[str]:
    if not asked:
        return list(org.users)
    unknown = [uid for uid in asked if uid not in org.users]
    if unknown:
        raise BadRequest(f"User does not exist: {', '.join(unknown)}.")
    return list(dict.fromkeys(asked))


# -- activity report --------------------------------------------------------------------


def _activity_report(req: ApiRequest) -> ApiResponse:
    _json_only(req)
    org = req.org
    body: dict[str, Any] = req.body
    leads = body_view_leads(req, body)
    span = span_of(body, "relative_range", "datetime_range", req.tz_offset)
    if span is None:
        raise BadRequest("Give relative_range or datetime_range.")
    known = metrics(org)
    unknown = [m for m in body["metrics"] if m not in known]
    if unknown:
        raise BadRequest(f"Unknown metrics: {', '.join(unknown)}.")
    chosen = [known[m] for m in dict.fromkeys(body["metrics"])]
    users = _users(org, body.get("users"))
    allowed = set(users)
    zero = {m.key: 0 for m in chosen}
    totals = dict(zero)
    per_user = {uid: dict(zero) for uid in users}
    per_day: dict[date, dict[str, int]] = {}
    for metric in chosen:
        for record in records(org, metric):
            moment, user = metric.when(record), metric.user(record)
            if moment is None or not span.holds(moment) or user not in allowed:
                continue
            if not covers(leads, lead_of(metric.collection, record)):
                continue
            amount = metric.amount(record)
            totals[metric.key] += amount
            per_user[str(user)][metric.key] += amount
            day = per_day.setdefault(caller_day(moment), dict(zero))
            day[metric.key] += amount
    data: list[dict[str, Any]]
    if body["type"] == "overview":
        data = [{"date": day.isoformat(), "metrics": per_day[day]} for day in sorted(per_day)]
    else:
        data = [
            {"user_id": uid, "user_name": user_name(org, uid), "metrics": per_user[uid]}
            for uid in users
        ]
    return ApiResponse(
        body={
            "type": body["type"],
            "date_start": iso(span.start),
            "date_end": iso(span.end),
            "aggregations": {"totals": totals},
            "data": data,
        }
    )


# -- status reports ---------------------------------------------------------------------


def _bounds(req: ApiRequest) -> tuple[datetime | None, datetime | None, Leads]:
    """The period, and the leads ``query`` or ``smart_view_id`` selects (``None``: all)."""
    if req.params.get("query") is not None and req.params.get("smart_view_id") is not None:
        raise BadRequest("Give either query or smart_view_id, not both.")
    start = day_bound(req.params.get("date_start"), False, "date_start")
    end = day_bound(req.params.get("date_end"), True, "date_end")
    if start is not None and end is not None and end < start:
        raise BadRequest("date_end is before date_start.")
    view = view_leads(req, req.params.get("smart_view_id"))
    return start, end, view if view is not None else query_leads(req, req.params.get("query"))


def _lead_statuses(req: ApiRequest) -> ApiResponse:
    org = _org(req)
    start, end, leads = _bounds(req)
    labels = {sid: s.label for sid, s in org.lead_statuses.items()}
    chosen = [lead for lead in org.leads.values() if covers(leads, lead.id)]
    steps = histories(chosen, org.lead_status_changes.values(), "lead_id", labels.get)
    return ApiResponse(body=status_report(org, steps, labels, start, end))


def _opportunity_statuses(req: ApiRequest) -> ApiResponse:
    org = _org(req)
    start, end, leads = _bounds(req)
    user_id = req.params.get("user_id")
    labels = {sid: s.label for sid, s in org.opportunity_statuses.items()}
    chosen = [
        o
        for o in org.opportunities.values()
        if (user_id is None or o.user_id == user_id) and covers(leads, o.lead_id)
    ]
    steps = histories(chosen, org.opportunity_status_changes.values(), "opportunity_id", labels.get)
    return ApiResponse(body=status_report(org, steps, labels, start, end))


# -- funnels ----------------------------------------------------------------------------


def _funnel(req: ApiRequest) -> tuple[Organization, list[Any], list[Any], dict[str, Any]]:
    """The pipeline's statuses in order, the opportunities of the cohort, and the ranges."""
    _json_only(req)
    org = req.org
    body: dict[str, Any] = req.body
    leads = body_view_leads(req, body)
    pipeline = org.pipelines.get(body["pipeline"])
    if pipeline is None:
        raise BadRequest("The pipeline does not exist.")
    statuses = [org.opportunity_statuses[sid] for sid in pipeline.status_ids]
    report = span_of(body, "report_relative_range", "report_datetime_range", req.tz_offset)
    cohort = span_of(body, "cohort_relative_range", "cohort_datetime_range", req.tz_offset)
    users = set(_users(org, body.get("users")))
    ids = {s.id for s in statuses}
    in_pipeline = [
        o
        for o in org.opportunities.values()
        if o.status_id in ids and o.user_id in users and covers(leads, o.lead_id)
    ]
    if body["type"] == "created-cohort":
        if cohort is None:
            raise BadRequest(
                "A created-cohort funnel needs cohort_relative_range or cohort_datetime_range."
            )
        chosen = [o for o in in_pipeline if cohort.holds(o.date_created)]
        window = cohort
    else:
        window = report or Span(datetime(1970, 1, 1, tzinfo=UTC), utcnow() + timedelta(seconds=1))
        chosen = [o for o in in_pipeline if o.date_created < window.end]
    return org, statuses, chosen, {"start": iso(window.start), "end": iso(window.end)}


def _reached(org: Organization, statuses: list[Any], chosen: list[Any]) -> dict[str, set[str]]:
    """Per status of the pipeline, the opportunities that reached it (or went past it)."""
    labels = {s.id: s.label for s in statuses}
    steps = histories(chosen, org.opportunity_status_changes.values(), "opportunity_id", labels.get)
    active = [s.id for s in statuses if s.type == "active"]
    order = {sid: i for i, sid in enumerate(active)}
    reached: dict[str, set[str]] = {s.id: set() for s in statuses}
    for opp_id, history in steps.items():
        furthest = -1
        for step in history:
            if step.status_id in order:
                furthest = max(furthest, order[step.status_id])
            elif step.status_id in reached:
                reached[step.status_id].add(opp_id)
                if org.opportunity_statuses[step.status_id].type == "won":
                    furthest = len(active) - 1  # a won deal went through every stage
        for sid in active[: furthest + 1]:
            reached[sid].add(opp_id)
    return reached


def _stage_rows(org: Organization, statuses: list[Any], chosen: list[Any]) -> list[dict[str, Any]]:
    reached = _reached(org, statuses, chosen)
    value = {o.id: int(o.value or 0) for o in chosen}
    active = [s for s in statuses if s.type == "active"]
    won = {oid for s in statuses if s.type == "won" for oid in reached[s.id]}
    rows = []
    for index, status in enumerate(statuses):
        ids = reached[status.id]
        if status.type == "active":
            following = active[index + 1] if index + 1 < len(active) else None
            onward = reached[following.id] if following is not None else won
            converted = len(ids & onward)
        else:
            converted = len(ids)
        rows.append(
            {
                "status_id": status.id,
                "status_label": status.label,
                "status_type": status.type,
                "entered": len(ids),
                "converted": converted,
                "conversion_rate": round(100 * converted / len(ids), 2) if ids else None,
                "value": sum(value[oid] for oid in ids),
            }
        )
    return rows


def _totals(org: Organization, statuses: list[Any], chosen: list[Any]) -> dict[str, Any]:
    kinds = {s.id: s.type for s in statuses}
    won = [o for o in chosen if kinds.get(o.status_id) == "won"]
    lost = [o for o in chosen if kinds.get(o.status_id) == "lost"]
    decided = len(won) + len(lost)
    return {
        "count": len(chosen),
        "active": len(chosen) - decided,
        "won": len(won),
        "lost": len(lost),
        "won_value": sum(int(o.value or 0) for o in won),
        "total_value": sum(int(o.value or 0) for o in chosen),
        "win_rate": round(100 * len(won) / decided, 2) if decided else None,
    }


def _per_user(
    org: Organization, chosen: list[Any], build: Callable[[list[Any]], Any], key: str
) -> list[dict[str, Any]]:
    users = dict.fromkeys(o.user_id for o in chosen if o.user_id)
    return [
        {
            "user_id": uid,
            "user_name": user_name(org, uid),
            key: build([o for o in chosen if o.user_id == uid]),
        }
        for uid in users
    ]


def _funnel_stages(req: ApiRequest) -> ApiResponse:
    org, statuses, chosen, window = _funnel(req)
    rows = _stage_rows(org, statuses, chosen)
    per_user = _per_user(org, chosen, lambda mine: _stage_rows(org, statuses, mine), "stages")
    return ApiResponse(body={"range": window, "aggregated": {"stages": rows}, "per_user": per_user})


def _funnel_totals(req: ApiRequest) -> ApiResponse:
    org, statuses, chosen, window = _funnel(req)
    per_user = _per_user(org, chosen, lambda mine: _totals(org, statuses, mine), "totals")
    return ApiResponse(
        body={"range": window, "aggregated": _totals(org, statuses, chosen), "per_user": per_user}
    )


# -- sent emails ------------------------------------------------------------------------


def _sent_emails(req: ApiRequest) -> ApiResponse:
    org = _org(req)
    start = day_bound(req.params.get("date_start"), False, "date_start")
    end = day_bound(req.params.get("date_end"), True, "date_end")
    user_id = req.params.get("user_id")
    templates = org.collection("email_templates") if "email_templates" in COLLECTIONS else {}
    replies: dict[str, list[datetime]] = {}
    for email in org.emails.values():
        if email.direction == "incoming":
            replies.setdefault(email.thread_id, []).append(email.activity_at)
    groups: dict[str | None, dict[str, Any]] = {}
    for email in org.emails.values():
        if email.direction != "outgoing" or email.status != "sent":
            continue
        sent_at = email.date_sent or email.activity_at
        if (start and sent_at < start) or (end and sent_at >= end):
            continue
        if user_id is not None and email.user_id != user_id:
            continue
        template = templates.get(email.template_id) if email.template_id else None
        row = groups.setdefault(
            email.template_id,
            {
                "template_id": email.template_id,
                "template_name": getattr(template, "name", None),
                "sent": 0,
                "replied": 0,
            },
        )
        row["sent"] += 1
        if any(at > sent_at for at in replies.get(email.thread_id, ())):
            row["replied"] += 1
    rows = sorted(groups.values(), key=lambda r: (-r["sent"], str(r["template_id"])))
    return ApiResponse(body={"data": rows})


# -- custom report (Explorer) -----------------------------------------------------------

#: Object types of the Explorer axes: collection, numeric fields for ``y``.
_EXPLORER: Mapping[str, tuple[str, frozenset[str]]] = {
    "lead": ("leads", frozenset()),
    "opportunity": ("opportunities", frozenset({"value", "confidence"})),
    "call": ("calls", frozenset({"duration"})),
    "email": ("emails", frozenset()),
    "sms": ("sms_messages", frozenset()),
    "note": ("notes", frozenset()),
}
_DATE_FIELDS = frozenset({"date_created", "date_updated", "activity_at", "date_won"})
_GROUPS = frozenset({"user_id", "status_id", "direction", "status", "created_by"})


def _bucket(moment: datetime, interval: str) -> str:
    day = caller_day(moment)
    if interval == "hour":
        return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0).isoformat()
    if interval == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if interval == "month":
        return day.replace(day=1).isoformat()
    if interval == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1).isoformat()
    if interval == "year":
        return date(day.year, 1, 1).isoformat()
    return day.isoformat()


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(12), tzinfo=UTC)
    return None


def _custom(req: ApiRequest) -> ApiResponse:
    org = _org(req)
    params = req.params
    y = params.get("y") or "lead.count"
    y_type, _, y_field = y.partition(".")
    x = params.get("x") or f"{y_type}.date_created"
    x_type, _, x_field = x.partition(".")
    if y_type not in _EXPLORER or x_type != y_type:
        raise BadRequest(
            "The emulator's Explorer reports on one object type at a time "
            f"({', '.join(sorted(_EXPLORER))}): x and y must name the same one."
        )
    collection, numbers = _EXPLORER[y_type]
    if y_field != "count" and y_field not in numbers:
        raise BadRequest(f"y must be {y_type}.count or a number field of {y_type}.")
    if x_field not in _DATE_FIELDS:
        raise BadRequest("The emulator's Explorer takes a date field for x (e.g. date_created).")
    # A lead report takes any lead search; Close limits the others to the properties of
    # their object type, in a grammar it does not document.
    if y_type != "lead" and params.get("query") not in (None, "", "*"):
        raise BadRequest(_NO_QUERY.format(what=f"{y_type} objects"))
    leads = query_leads(req, params.get("query")) if y_type == "lead" else None
    group_by = params.get("group_by")
    group_field = None
    if group_by:
        g_type, _, group_field = group_by.partition(".")
        if group_field not in _GROUPS:  # the spec's pattern says the same
            names = ", ".join(f"{y_type}.{name}" for name in sorted(_GROUPS))
            raise BadRequest(f"group_by must be one of {names}.")
        if g_type != y_type:
            raise BadRequest(f"group_by must name a field of {y_type}, the object type of y.")
    interval = params.get("interval") or "auto"
    if interval not in ("auto", "hour", "day", "week", "month", "quarter", "year"):
        raise BadRequest("interval must be auto, hour, day, week, month, quarter or year.")
    start = day_bound(params.get("start"), False, "start") or org.date_created
    end = day_bound(params.get("end"), True, "end") or utcnow() + timedelta(seconds=1)
    if interval == "auto":  # about a hundred points at most
        days = (end - start).days
        interval = "day" if days <= 100 else "week" if days <= 700 else "month"
    transform = params.get("transform_y") or "sum"
    buckets: dict[Any, dict[str, list[int]]] = {}
    for record in org.collection(collection).values():
        if not hasattr(record, x_field) or not covers(leads, record.id):
            continue
        moment = _moment(getattr(record, x_field))
        if moment is None or not start <= moment < end:
            continue
        group = getattr(record, group_field, None) if group_field else None
        amount = 1 if y_field == "count" else int(getattr(record, y_field) or 0)
        buckets.setdefault(group, {}).setdefault(_bucket(moment, interval), []).append(amount)

    def reduce(amounts: list[int]) -> float | int:
        if y_field == "count" or transform == "sum":
            return sum(amounts)
        if transform == "avg":
            return round(sum(amounts) / len(amounts), 2)
        return min(amounts) if transform == "min" else max(amounts)

    series = [
        {
            "group": group,
            "data": [{"x": key, "y": reduce(points[key])} for key in sorted(points)],
        }
        for group, points in sorted(buckets.items(), key=lambda item: str(item[0]))
    ]
    return ApiResponse(
        body={"x": x, "y": y, "interval": interval, "transform_y": transform, "series": series}
    )


def _metrics_list(req: ApiRequest) -> ApiResponse:
    found = metrics(req.org)
    return ApiResponse(
        body={"data": [{"key": m.key, "label": m.label, "kind": m.kind} for m in found.values()]}
    )


HANDLERS: Mapping[str, Handler] = {
    "list_activity_metrics": _metrics_list,
    "get_activity_report": _activity_report,
    "get_lead_status_report": _lead_statuses,
    "get_opportunity_status_report": _opportunity_statuses,
    "get_opportunity_funnel_stages": _funnel_stages,
    "get_opportunity_funnel_totals": _funnel_totals,
    "get_sent_emails_report": _sent_emails,
    "get_custom_report": _custom,
}
