"""Bulk actions (``/bulk_action/edit/``, ``/bulk_action/delete/``) over an Advanced Filtering query.

A bulk action is asynchronous, as Close's are: ``POST`` answers it ``created`` with the
selection taken (``n_objects``); the emulator's clock moves it to ``processing`` after 1
second, then handles up to :data:`BATCH` objects per further second [unverified] until it
is ``done``. Each step is one clock timer; ``PUT {"status": "paused"}`` stops it at the next
step and ``{"status": "resuming"}`` goes on one second later [inferred endpoint]. Every
change a step makes is recorded with ``meta.bulk_action_id``; the action's own changes are
``bulk_action.edit`` / ``bulk_action.delete`` events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from .. import _custom_values as cv
from .._clock import current_clock, use_clock
from .._engine import Bound, Family
from .._organization import Organization
from .._records import Record, new_id, utcnow
from .._search import select
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound

#: Objects one step of the clock handles [unverified].
BATCH: Final = 100
#: Seconds between two steps.
STEP_SECONDS: Final = 1.0
#: How long a paused action may still be resumed (Close's docs: 7 days).
RESUMABLE: Final = timedelta(days=7)
_LEAD_QUERY: Final = {"type": "object_type", "object_type": "lead"}


@dataclass(slots=True, kw_only=True)
class BulkAction(Record):
    """One bulk edit or delete: what it selected, what it does, and where it stands."""

    kind: str
    status: str = "created"
    s_query: Any = None
    results_limit: int | None = None
    sort: list[Any] = field(default_factory=list)
    send_done_email: bool = True
    selected: list[str] = field(default_factory=list)
    n_objects: int = 0
    n_objects_processed: int = 0
    # edit
    type: str | None = None
    lead_status_id: str | None = None
    custom_field_id: str | None = None
    custom_field_value: Any = None
    custom_field_values: list[Any] | None = None
    custom_field_operation: str | None = None
    # delete
    bulk_object_type: str = "lead"
    #: Bumped by every pause and resume: a timer of an older run does nothing.
    run: int = 0
    paused_at: Any = None


_COMMON: Final = {
    "organization_id": lambda org, action: org.id,
    "n_leads": lambda org, action: action.n_objects,
    "n_leads_processed": lambda org, action: action.n_objects_processed,
}

BULK_EDITS = Family(
    name="bulk_edit_action",
    plural="bulk_edit_actions",
    collection="bulk_edit_actions",
    record=BulkAction,
    model="BulkEditAction",
    event_type="bulk_action.edit",
    event_actions={"status": {"done": "completed", "paused": "paused"}},
    computed=_COMMON,
    claims=frozenset({"custom_field_name"}),  # resolved to custom_field_id by the create
    handwritten=frozenset({"create", "update"}),
)
BULK_DELETES = Family(
    name="bulk_delete_action",
    plural="bulk_delete_actions",
    collection="bulk_delete_actions",
    record=BulkAction,
    model="BulkDeleteAction",
    event_type="bulk_action.delete",
    event_actions={"status": {"done": "completed", "paused": "paused"}},
    computed=_COMMON,
    handwritten=frozenset({"create", "update"}),
)
_COLLECTION: Final = {"edit": "bulk_edit_actions", "delete": "bulk_delete_actions"}


def _edit_body(org: Organization, action: BulkAction) -> dict[str, Any]:
    """The lead write one object of an edit makes, as a ``PUT /lead/`` body would say it."""
    if action.type == "set_lead_status":
        return {"status_id": action.lead_status_id}
    key = f"custom.{action.custom_field_id}"
    if action.type == "clear_custom_field":
        return {key: None}
    operation = action.custom_field_operation or "replace"
    value = (
        action.custom_field_values
        if action.custom_field_values is not None
        else action.custom_field_value
    )
    if operation == "replace":
        return {key: value}
    return {f"{key}.{operation}": value}


def _apply_edit(org: Organization, action: BulkAction, lead: Any) -> None:
    body = _edit_body(org, action)
    user = org.users.get(action.created_by or "")
    if "status_id" in body:
        if body["status_id"] in org.lead_statuses:  # deleted meanwhile: leave the lead
            org.change("leads", lead, body, action.created_by or "")
        return
    ctx = cv.ValueContext(org, "lead", lead.id, user)
    errors: dict[str, Any] = {}
    values = dict(lead.custom)
    ((key, raw),) = body.items()
    atoms = raw if key.endswith((".add", ".remove")) and isinstance(raw, list) else [raw]
    for atom in atoms:
        values = cv.apply(ctx, values, {key: atom}, errors)
    if not errors and values != lead.custom:
        org.change("leads", lead, {"custom": values}, action.created_by or "")


def _step(
    org: Organization, kind: str, action_id: str, run: int, due: datetime
) -> Callable[[], None]:
    def step() -> None:
        action = org.collection(_COLLECTION[kind]).get(action_id)
        if action is None or action.run != run or action.status in ("paused", "done"):
            return  # reset, paused meanwhile, or superseded by a resume
        with org.recording(user_id=action.created_by, meta={"bulk_action_id": action.id}):
            if action.status in ("created", "resuming"):
                org.change(_COLLECTION[kind], action, {"status": "processing"}, action.created_by)
            else:
                start = action.n_objects_processed
                for object_id in action.selected[start : start + BATCH]:
                    if kind == "edit":
                        lead = org.leads.get(object_id)
                        if lead is not None:
                            _apply_edit(org, action, lead)
                    else:
                        name = "leads" if action.bulk_object_type == "lead" else "contacts"
                        if object_id in org.collection(name):
                            org.remove(name, object_id)
                done = min(start + BATCH, action.n_objects)
                attrs: dict[str, Any] = {"n_objects_processed": done}
                if done >= action.n_objects:
                    attrs["status"] = "done"
                org.change(_COLLECTION[kind], action, attrs, action.created_by)
        if action.status != "done":
            # From when this step was due, not from now: one advance of the clock over
            # several seconds runs every step that fell due in them.
            _schedule(org, kind, action, due + timedelta(seconds=STEP_SECONDS))

    return step


def _schedule(
    org: Organization, kind: str, action: BulkAction, due: datetime | None = None
) -> None:
    clock = current_clock()
    when = due or clock.now() + timedelta(seconds=STEP_SECONDS)
    step = _step(org, kind, action.id, action.run, when)

    def run() -> None:
        with use_clock(clock):
            step()

    clock.call_at(when, run)


def _select(req: ApiRequest, object_type: str) -> tuple[Any, list[str]]:
    body = req.body
    tree = body.get("s_query", {**_LEAD_QUERY, "object_type": object_type})
    hits = select(
        req.org,
        tree,
        user_id=req.user.id,
        tz_offset=req.tz_offset,
        sort=body.get("sort"),
        path="s_query",
        sort_path="sort",
    )
    if any(hit.object_type != object_type for hit in hits):
        raise BadRequest(
            f"A bulk action on {object_type}s takes an s_query that returns {object_type}s only."
        )
    selected = [hit.record.id for hit in hits]
    if "results_limit" in body:
        selected = selected[: int(body["results_limit"])]
    return tree, selected


def _check_edit(req: ApiRequest, action: BulkAction) -> None:
    """Refuse what the edit could never do, before it starts."""
    body, org = req.body, req.org
    if action.type == "set_lead_status":
        if not action.lead_status_id:
            raise BadRequest("Bulk edit: set_lead_status needs lead_status_id.")
        if action.lead_status_id not in org.lead_statuses:
            raise BadRequest("Bulk edit: lead_status_id does not name a lead status.")
        return
    ref = body.get("custom_field_id") or body.get("custom_field_name")
    if not ref:
        raise BadRequest(f"Bulk edit: {action.type} needs custom_field_id or custom_field_name.")
    bound = cv.binding(org, "lead", ref) if "custom_field_id" in body else None
    if bound is None:
        found = [
            f.id
            for f in org.custom_fields.values()
            if f.name == ref and cv.binding(org, "lead", f.id) is not None
        ]
        bound = cv.binding(org, "lead", found[0]) if found else None
    if bound is None:
        raise BadRequest(f'Bulk edit: the lead Custom Field "{ref}" does not exist.')
    action.custom_field_id = bound.field.id
    if action.type == "clear_custom_field":
        return
    if "custom_field_value" not in body and "custom_field_values" not in body:
        raise BadRequest(
            "Bulk edit: set_custom_field needs custom_field_value or custom_field_values."
        )
    if "custom_field_value" in body and "custom_field_values" in body:
        raise BadRequest("Bulk edit: send custom_field_value or custom_field_values, not both.")
    multi_only = (action.custom_field_operation or "replace") != "replace"
    if (multi_only or "custom_field_values" in body) and not bound.multi:
        raise BadRequest(
            "Bulk edit: custom_field_values and custom_field_operation add / remove "
            "work only on multi-value fields."
        )
    # Check the value as a lead write would, on a lead with no values.
    errors: dict[str, Any] = {}
    probe = dict(_edit_body(org, action))
    ((key, raw),) = probe.items()
    atoms = raw if key.endswith((".add", ".remove")) and isinstance(raw, list) else [raw]
    ctx = cv.ValueContext(org, "lead", None, req.user)
    for atom in atoms:
        cv.apply(ctx, {}, {key: atom}, errors)
    if errors:
        raise BadRequest(f"Bulk edit: {next(iter(errors.values()))}")


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The creates and the pause / resume updates (the engine serves list and get)."""

    def start(req: ApiRequest, kind: str, action: BulkAction) -> ApiResponse:
        req.org.insert(_COLLECTION[kind], action)
        _schedule(req.org, kind, action)
        return ApiResponse(body=bound[f"bulk_{kind}_action"].renderer.render(req.org, action))

    def new(req: ApiRequest, kind: str, object_type: str) -> BulkAction:
        body = req.body
        tree, selected = _select(req, object_type)
        now = utcnow()
        return BulkAction(
            id=new_id("bulk_"),
            created_by=req.user.id,
            updated_by=req.user.id,
            date_created=now,
            date_updated=now,
            kind=kind,
            s_query=tree,
            results_limit=body.get("results_limit"),
            sort=list(body.get("sort") or []),
            send_done_email=bool(body.get("send_done_email", True)),
            selected=selected,
            n_objects=len(selected),
        )

    def create_bulk_edit_action(req: ApiRequest) -> ApiResponse:
        body = req.body
        action = new(req, "edit", "lead")
        action.type = body["type"]
        action.lead_status_id = body.get("lead_status_id")
        action.custom_field_value = body.get("custom_field_value")
        action.custom_field_values = body.get("custom_field_values")
        action.custom_field_operation = body.get("custom_field_operation")
        _check_edit(req, action)
        return start(req, "edit", action)

    def create_bulk_delete_action(req: ApiRequest) -> ApiResponse:
        object_type = req.body.get("bulk_object_type", "lead")
        action = new(req, "delete", object_type)
        action.bulk_object_type = object_type
        return start(req, "delete", action)

    def update(kind: str) -> Handler:
        def handler(req: ApiRequest) -> ApiResponse:
            org = req.org
            param = f"bulk_{kind}_action_id"
            action = org.collection(_COLLECTION[kind]).get(req.path_params[param])
            if action is None:
                raise NotFound(
                    f"Empty query: Bulk{kind.title()}Action matching query does not exist."
                )
            wanted = req.body["status"]
            attrs: dict[str, Any] = {"status": wanted, "run": action.run + 1}
            if wanted == "paused":
                if action.status not in ("created", "processing", "resuming"):
                    raise BadRequest(
                        f"Only a running bulk action can be paused; this one is {action.status}."
                    )
                attrs["paused_at"] = utcnow()
            else:
                if action.status != "paused":
                    raise BadRequest(
                        f"Only a paused bulk action can be resumed; this one is {action.status}."
                    )
                if action.paused_at is not None and utcnow() - action.paused_at > RESUMABLE:
                    raise BadRequest("Only a bulk action paused at most 7 days ago can be resumed.")
            org.change(_COLLECTION[kind], action, attrs, req.user.id)
            if wanted == "resuming":
                _schedule(org, kind, action)
            return ApiResponse(body=bound[f"bulk_{kind}_action"].renderer.render(org, action))

        return handler

    return {
        "create_bulk_edit_action": create_bulk_edit_action,
        "create_bulk_delete_action": create_bulk_delete_action,
        "update_bulk_edit_action": update("edit"),
        "update_bulk_delete_action": update("delete"),
    }
