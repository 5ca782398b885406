"""Exports (``/export/``): leads by an Advanced Filtering query, opportunities by list filters.

An export is asynchronous, as Close's are: ``POST`` answers it ``created`` and the
emulator's clock moves it on — ``started`` after 1 second, ``in_progress`` after 2,
``done`` after 3 with its ``download_url`` (each change an ``export.lead`` /
``export.opportunity`` event; ``done`` also records ``completed``). A test advances the
clock instead of waiting. The selection is taken when the export is created; the file is
written when it is done, from the records as they are then (one deleted meanwhile is left
out) [unverified]. The file's shapes are in :mod:`.._export_files`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .._clock import current_clock, use_clock
from .._engine import Bound, Family
from .._export_files import PATH, flatten, write
from .._organization import Organization
from .._params import check_params
from .._records import Record, new_id, utcnow
from .._search import select
from .._spec import CompiledSpec
from .._types import ApiRequest, ApiResponse, BadRequest, Handler
from .activity_union import members

#: The statuses an export moves through, with the seconds after creation each is reached.
STEPS: Final = (("started", 1.0), ("in_progress", 2.0), ("done", 3.0))
#: Parameters of ``GET /opportunity/`` that page or shape the answer rather than filter
#: (an export never groups: ``_group_by`` in its params is refused as no filter).
_NOT_FILTERS: Final = frozenset({"_limit", "_skip", "_fields", "_group_by"})
_CONTENT_TYPES: Final = {"csv": "text/csv", "json": "application/json"}


@dataclass(slots=True, kw_only=True)
class Export(Record):
    """One export: what it selected, how to write it, and where it stands."""

    object_type: str
    type: str | None
    format: str
    date_format: str | None
    status: str = "created"
    n_objects: int | None = None
    download_url: str | None = None
    #: What the file is made of (not rendered): the selected ids, fields and flags.
    selected: list[str] = field(default_factory=list)
    fields: list[str] | None = None
    include_activities: bool = False
    origin: str = ""


EXPORTS = Family(
    name="export",
    plural="exports",
    collection="exports",
    record=Export,
    model="Export",
    event_type=lambda export: f"export.{export.object_type}",
    event_actions={"status": {"done": "completed"}},
    computed={"organization_id": lambda org, export: org.id},
)


def _keep(obj: Mapping[str, Any], fields: list[str] | None) -> dict[str, Any]:
    return dict(obj) if fields is None else {k: obj[k] for k in fields if k in obj}


class _Writer:
    """Builds an export's objects from the records' renderings (see :mod:`.._export_files`)."""

    def __init__(self, spec: CompiledSpec, bound: Mapping[str, Bound]) -> None:
        self.leads = bound["lead"]
        self.opportunities = bound["opportunity"]
        self.activities = members(spec, bound)

    def _activities(self, org: Organization, lead: Any) -> list[dict[str, Any]]:
        found: list[tuple[Any, dict[str, Any]]] = []
        for member in self.activities:
            collection = org.collection(member.collection)
            for record_id in lead.children.get(member.collection, ()):
                record = collection.get(record_id)
                if record is not None:
                    rendered = member.bound.renderer.render(org, record)
                    found.append((record.date_created, rendered))
        found.sort(key=lambda pair: pair[0], reverse=True)  # newest first, as /activity/
        return [rendered for _, rendered in found]

    def objects(self, org: Organization, export: Export) -> list[dict[str, Any]]:
        names = {cf_id: cf.name for cf_id, cf in org.custom_fields.items()}
        csv = export.format == "csv"
        out: list[dict[str, Any]] = []
        if export.object_type == "opportunity":
            for opp_id in export.selected:
                opp = org.opportunities.get(opp_id)
                if opp is not None:
                    rendered = self.opportunities.renderer.render(org, opp)
                    out.append(flatten(rendered, names) if csv else rendered)
            return [_keep(obj, export.fields) for obj in out]
        for lead_id in export.selected:
            lead = org.leads.get(lead_id)
            if lead is None:
                continue
            rendered = self.leads.renderer.render(org, lead)
            if export.type == "leads":
                if csv:
                    out.append(flatten(rendered, names))
                else:
                    if export.include_activities:
                        rendered["activities"] = self._activities(org, lead)
                    out.append(rendered)
                continue
            key, prefix = (
                ("contacts", "contact_")
                if export.type == "contacts"
                else (
                    "opportunities",
                    "opportunity_",
                )
            )
            for child in rendered.get(key) or ():
                if csv:
                    out.append(
                        {**flatten(rendered, names, "lead_"), **flatten(child, names, prefix)}
                    )
                else:
                    out.append(dict(child))
        return [_keep(obj, export.fields) for obj in out]


def _advance(writer: _Writer, org: Organization, export_id: str, status: str) -> Callable[[], None]:
    def step() -> None:
        export = org.collection("exports").get(export_id)
        if export is None:  # the organization was reset meanwhile
            return
        with org.recording(user_id=None):
            attrs: dict[str, Any] = {"status": status}
            if status == "done":
                objects = writer.objects(org, export)
                token = new_id("")[:32]
                ext = "csv" if export.format == "csv" else "json"
                name = f"{export.object_type}_export_{export.id}.{ext}.gz"
                data = write(objects, export.format, export.date_format or "original")
                org.collection("export_files")[token] = (data, _CONTENT_TYPES[export.format])
                attrs["n_objects"] = len(objects)
                attrs["download_url"] = f"{export.origin}{PATH}{token}/{name}"
            org.change("exports", export, attrs, export.created_by)

    return step


def actions(spec: CompiledSpec, bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The two creates (the engine serves the list and the get)."""
    writer = _Writer(spec, bound)
    list_opportunities = spec.operations["list_opportunities"]
    filters = tuple(p for p in list_opportunities.query_params if p.name not in _NOT_FILTERS)
    by_name = {p.name for p in filters}

    def start(
        req: ApiRequest, object_type: str, kind: str | None, selected: list[str]
    ) -> ApiResponse:
        body = req.body
        now = utcnow()
        export = Export(
            id=new_id("expo_"),
            created_by=req.user.id,
            updated_by=req.user.id,
            date_created=now,
            date_updated=now,
            object_type=object_type,
            type=kind,
            format=body["format"],
            date_format=body.get("date_format", "original" if body["format"] == "csv" else None),
            selected=selected,
            fields=body.get("fields"),
            include_activities=bool(body.get("include_activities", False)),
            origin=req.origin,
        )
        req.org.insert("exports", export)
        clock = current_clock()
        for status, seconds in STEPS:
            step = _advance(writer, req.org, export.id, status)

            def run(step: Callable[[], None] = step) -> None:
                with use_clock(clock):
                    step()

            clock.call_later(seconds, run)
        return ApiResponse(body=bound["export"].renderer.render(req.org, export))

    def check_format(body: Mapping[str, Any]) -> None:
        if "date_format" in body and body["format"] != "csv":
            raise BadRequest("date_format works only for CSV exports.")

    def create_lead_export(req: ApiRequest) -> ApiResponse:
        body = req.body
        check_format(body)
        if body.get("include_activities") and (body["format"], body["type"]) != ("json", "leads"):
            raise BadRequest("include_activities works only for JSON leads exports.")
        org = req.org
        tree = body.get("s_query", {"type": "object_type", "object_type": "lead"})
        hits = select(
            org,
            tree,
            user_id=req.user.id,
            tz_offset=req.tz_offset,
            sort=body.get("sort"),
            path="s_query",
            sort_path="sort",
        )
        if any(hit.object_type != "lead" for hit in hits):
            raise BadRequest("A lead export takes an s_query that returns leads only.")
        selected = [hit.record.id for hit in hits]
        if "results_limit" in body:
            selected = selected[: int(body["results_limit"])]  # 3.0 is a schema integer
        return start(req, "lead", body["type"], selected)

    def create_opportunity_export(req: ApiRequest) -> ApiResponse:
        body = req.body
        check_format(body)
        params: Mapping[str, str] = body.get("params") or {}
        unknown = sorted(set(params) - by_name)
        if unknown:
            raise BadRequest(f"params.{unknown[0]} is not a filter of GET /opportunity/.")
        typed = check_params(filters, {name: [value] for name, value in params.items()})
        listing = dataclasses.replace(
            req, operation_id="list_opportunities", params=typed, query=dict(params)
        )
        opportunities = bound["opportunity"]
        items, _ = opportunities.select(listing)
        order_by = str(typed.get("_order_by", ""))
        key = opportunities.family.order.get(order_by.lstrip("-"))
        if key is not None:
            org = req.org
            items = sorted(items, key=lambda r: key(org, r), reverse=order_by.startswith("-"))
        return start(req, "opportunity", None, [opp.id for opp in items])

    return {
        "create_lead_export": create_lead_export,
        "create_opportunity_export": create_opportunity_export,
    }
