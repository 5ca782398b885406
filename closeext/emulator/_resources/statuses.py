"""Lead statuses (``/status/lead/``), opportunity statuses (``/status/opportunity/``) and
pipelines (``/pipeline/``).

Statuses in use cannot be deleted (usage counters make that O(1)); the last lead status
cannot be deleted either, since new leads need a default. A pipeline may only be deleted
once it has no statuses.
"""

from __future__ import annotations

from typing import Any

from .._organization import Organization
from .._records import LeadStatus, OpportunityStatus, Pipeline, new_id
from .._types import ApiRequest, ApiResponse, BadRequest, Handler
from ._common import (
    MISSING,
    Body,
    audit,
    created,
    empty,
    everything,
    get_or_404,
    no_content,
    path_id,
    single,
)

STATUS_TYPES = ("active", "won", "lost")


def serialize_lead_status(org: Organization, status: LeadStatus) -> dict[str, Any]:
    return {
        "id": status.id,
        "label": status.label,
        "color": status.color,
        "organization_id": org.id,
    }


def serialize_opportunity_status(org: Organization, status: OpportunityStatus) -> dict[str, Any]:
    return {
        "id": status.id,
        "label": status.label,
        "type": status.type,
        "pipeline_id": status.pipeline_id,
        "organization_id": org.id,
    }


def serialize_pipeline(org: Organization, pipeline: Pipeline) -> dict[str, Any]:
    statuses = [org.opportunity_statuses[sid] for sid in pipeline.status_ids]
    return {
        "id": pipeline.id,
        "name": pipeline.name,
        "statuses": [{"id": s.id, "label": s.label, "type": s.type} for s in statuses],
        **audit(org, pipeline),
    }


# ---------------------------------------------------------------------------------------
# Lead statuses
# ---------------------------------------------------------------------------------------


def _unique_label(body: Body, label: Any, taken: list[str]) -> None:
    if isinstance(label, str) and label.strip().lower() in {t.strip().lower() for t in taken}:
        body.fail("label", "A status with this label already exists.")


def list_lead_statuses(req: ApiRequest) -> ApiResponse:
    return everything(
        req.org.lead_statuses.values(), req, lambda s: serialize_lead_status(req.org, s)
    )


def create_lead_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    label = body.string("label", required=True, non_empty=True)
    color = body.string("color", nullable=True)
    _unique_label(body, label, [s.label for s in org.lead_statuses.values()])
    body.raise_errors()
    status = LeadStatus(
        **org.stamp(req.user.id, new_id("stat_")),
        label=str(label),
        color=color if isinstance(color, str) else None,
    )
    org.lead_statuses[status.id] = status
    return single(serialize_lead_status(org, status), req)


def update_lead_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    status = get_or_404(org.lead_statuses, path_id(req, "status_id"), "Status")
    body = Body(req.body)
    label = body.string("label", non_empty=True)
    color = body.string("color", nullable=True)
    _unique_label(body, label, [s.label for s in org.lead_statuses.values() if s is not status])
    body.raise_errors()
    if isinstance(label, str):
        status.label = label
    if color is not MISSING:
        status.color = color
    status.touch(req.user.id)
    return single(serialize_lead_status(org, status), req)


def delete_lead_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    status = get_or_404(org.lead_statuses, path_id(req, "status_id"), "Status")
    if org.usage[status.id] > 0:
        raise BadRequest(
            f"This status still has {org.usage[status.id]} leads; move them to another "
            "status before deleting it."
        )
    if len(org.lead_statuses) == 1:
        raise BadRequest("The last lead status cannot be deleted.")
    del org.lead_statuses[status.id]
    return empty()


# ---------------------------------------------------------------------------------------
# Opportunity statuses
# ---------------------------------------------------------------------------------------


def _move_status(org: Organization, status: OpportunityStatus, pipeline_id: str) -> None:
    if status.pipeline_id == pipeline_id:
        return
    old = org.pipelines.get(status.pipeline_id)
    if old is not None and status.id in old.status_ids:
        old.status_ids.remove(status.id)
    status.pipeline_id = pipeline_id
    org.pipelines[pipeline_id].status_ids.append(status.id)


def list_opportunity_statuses(req: ApiRequest) -> ApiResponse:
    return everything(
        req.org.opportunity_statuses.values(),
        req,
        lambda s: serialize_opportunity_status(req.org, s),
    )


def create_opportunity_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    label = body.string("label", required=True, non_empty=True)
    kind = body.choice("type", STATUS_TYPES, required=True)
    pipeline_id = body.string("pipeline_id", nullable=True)
    if not isinstance(pipeline_id, str):
        pipeline_id = next(iter(org.pipelines), MISSING)
        if pipeline_id is MISSING:
            body.fail("pipeline_id", "This field is required.")
    elif pipeline_id not in org.pipelines:
        pipeline_id = body.fail("pipeline_id", "Pipeline does not exist.")
    if isinstance(pipeline_id, str):
        siblings = org.pipelines[pipeline_id].status_ids
        _unique_label(body, label, [org.opportunity_statuses[s].label for s in siblings])
    body.raise_errors()
    status = OpportunityStatus(
        **org.stamp(req.user.id, new_id("stat_")),
        label=str(label),
        type=str(kind),
        pipeline_id=str(pipeline_id),
    )
    org.opportunity_statuses[status.id] = status
    org.pipelines[status.pipeline_id].status_ids.append(status.id)
    return single(serialize_opportunity_status(org, status), req)


def update_opportunity_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    status = get_or_404(org.opportunity_statuses, path_id(req, "status_id"), "Status")
    body = Body(req.body)
    label = body.string("label", non_empty=True)
    siblings = org.pipelines[status.pipeline_id].status_ids
    _unique_label(
        body, label, [org.opportunity_statuses[s].label for s in siblings if s != status.id]
    )
    body.raise_errors()
    if isinstance(label, str):
        status.label = label
    status.touch(req.user.id)
    return single(serialize_opportunity_status(org, status), req)


def delete_opportunity_status(req: ApiRequest) -> ApiResponse:
    org = req.org
    status = get_or_404(org.opportunity_statuses, path_id(req, "status_id"), "Status")
    if org.usage[status.id] > 0:
        raise BadRequest(
            f"This status still has {org.usage[status.id]} opportunities; move them to "
            "another status before deleting it."
        )
    pipeline = org.pipelines.get(status.pipeline_id)
    if pipeline is not None and status.id in pipeline.status_ids:
        pipeline.status_ids.remove(status.id)
    del org.opportunity_statuses[status.id]
    return empty()


# ---------------------------------------------------------------------------------------
# Pipelines
# ---------------------------------------------------------------------------------------


def _pipeline_statuses(req: ApiRequest, body: Body) -> Any:
    """Validate ``statuses``: ``{"id": …}`` items naming existing opportunity statuses."""
    items = body.dict_list("statuses")
    if items is MISSING:
        return MISSING
    errors: dict[str, Any] = {}
    ids: list[str] = []
    for index, item in enumerate(items):
        status_id = item.get("id")
        if not isinstance(status_id, str) or status_id not in req.org.opportunity_statuses:
            errors[str(index)] = {"errors": [], "field-errors": {"id": "Object does not exist."}}
        else:
            ids.append(status_id)
    if errors:
        return body.fail("statuses", {"errors": errors})
    return list(dict.fromkeys(ids))


def _apply_statuses(org: Organization, pipeline: Pipeline, ids: list[str]) -> None:
    """Order the pipeline's statuses as listed, moving in statuses of other pipelines.

    Statuses of the pipeline that are not listed keep their relative order after the
    listed ones, so a partial list never drops a status.
    """
    for status_id in ids:
        _move_status(org, org.opportunity_statuses[status_id], pipeline.id)
    listed = set(ids)
    pipeline.status_ids = ids + [sid for sid in pipeline.status_ids if sid not in listed]


def list_pipelines(req: ApiRequest) -> ApiResponse:
    return everything(req.org.pipelines.values(), req, lambda p: serialize_pipeline(req.org, p))


def create_pipeline(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    name = body.string("name", required=True, non_empty=True)
    body.raise_errors()
    pipeline = Pipeline(**org.stamp(req.user.id, new_id("pipe_")), name=str(name))
    org.pipelines[pipeline.id] = pipeline
    return created(serialize_pipeline(org, pipeline), f"/pipeline/{pipeline.id}/")


def update_pipeline(req: ApiRequest) -> ApiResponse:
    org = req.org
    pipeline = get_or_404(org.pipelines, path_id(req, "pipeline_id"), "Pipeline")
    body = Body(req.body)
    name = body.string("name", non_empty=True)
    items = _pipeline_statuses(req, body)
    body.raise_errors()
    if isinstance(name, str):
        pipeline.name = name
    if isinstance(items, list):
        _apply_statuses(org, pipeline, items)
    pipeline.touch(req.user.id)
    return single(serialize_pipeline(org, pipeline), req)


def delete_pipeline(req: ApiRequest) -> ApiResponse:
    org = req.org
    pipeline = get_or_404(org.pipelines, path_id(req, "pipeline_id"), "Pipeline")
    if pipeline.status_ids:
        raise BadRequest(
            "The pipeline still has statuses; delete them or move them to another pipeline "
            "before deleting it."
        )
    del org.pipelines[pipeline.id]
    return no_content()


HANDLERS: dict[str, Handler] = {
    "list_lead_statuses": list_lead_statuses,
    "create_lead_status": create_lead_status,
    "update_lead_status": update_lead_status,
    "delete_lead_status": delete_lead_status,
    "list_opportunity_statuses": list_opportunity_statuses,
    "create_opportunity_status": create_opportunity_status,
    "update_opportunity_status": update_opportunity_status,
    "delete_opportunity_status": delete_opportunity_status,
    "list_pipelines": list_pipelines,
    "create_pipeline": create_pipeline,
    "update_pipeline": update_pipeline,
    "delete_pipeline": delete_pipeline,
}
