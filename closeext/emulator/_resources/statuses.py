"""Lead statuses (``/status/lead/``), opportunity statuses (``/status/opportunity/``) and
pipelines (``/pipeline/``).

Statuses in use cannot be deleted (usage counters make that O(1)); the last lead status
cannot be deleted either, since new leads need a default. Opportunity statuses belong to a
pipeline (the first one unless named); a pipeline may only be deleted once it has no
statuses, and an update may reorder them or move in statuses of other pipelines.
"""

from __future__ import annotations

from .._engine import Family, Write
from .._organization import Organization
from .._records import LeadStatus, OpportunityStatus, Pipeline
from ._naive import NAIVE_STAMPS
from ._support import unique_label


def _lead_status_in_use(org: Organization, status: LeadStatus) -> str | None:
    if org.usage[status.id] > 0:
        return (
            f"This status still has {org.usage[status.id]} leads; move them to another "
            "status before deleting it."
        )
    if len(org.lead_statuses) == 1:
        return "The last lead status cannot be deleted."
    return None


LEAD_STATUSES = Family(
    name="lead_status",
    plural="lead_statuses",
    collection="lead_statuses",
    record=LeadStatus,
    model="Status",
    defaults={"color": None},
    check=lambda write: unique_label(write, write.org.lead_statuses.values()),
    in_use=_lead_status_in_use,
)


def _opportunity_status_in_use(org: Organization, status: OpportunityStatus) -> str | None:
    if org.usage[status.id] > 0:
        return (
            f"This status still has {org.usage[status.id]} opportunities; move them to "
            "another status before deleting it."
        )
    return None


def _unique_in_pipeline(write: Write) -> None:
    pipeline = write.org.pipelines.get(write.parent_id or "")
    if pipeline is not None:
        statuses = write.org.opportunity_statuses
        unique_label(write, (statuses[sid] for sid in pipeline.status_ids))


OPPORTUNITY_STATUSES = Family(
    name="opportunity_status",
    plural="opportunity_statuses",
    collection="opportunity_statuses",
    record=OpportunityStatus,
    model="Status",
    make_parent=lambda write: next(iter(write.org.pipelines), None),
    check=_unique_in_pipeline,
    in_use=_opportunity_status_in_use,
)


def _statuses(write: Write) -> None:
    """Validate ``statuses``: every listed id must name an opportunity status."""
    items = write.body.get("statuses")
    if items is None:
        return
    known = write.org.opportunity_statuses
    errors = {
        str(index): {"errors": [], "field-errors": {"id": "Object does not exist."}}
        for index, item in enumerate(items)
        if item["id"] not in known
    }
    if errors:
        write.fail("statuses", {"errors": errors})


def _apply_statuses(write: Write, pipeline: Pipeline, created: bool) -> None:
    """Order the pipeline's statuses as listed, moving in statuses of other pipelines.

    Statuses of the pipeline that are not listed keep their relative order after the
    listed ones, so a partial list never drops a status.
    """
    items = write.body.get("statuses")
    if items is None:
        return
    org = write.org
    ids = list(dict.fromkeys(item["id"] for item in items))
    for status_id in ids:
        status = org.opportunity_statuses[status_id]
        if status.pipeline_id != pipeline.id:
            org.pipelines[status.pipeline_id].status_ids.pop(status_id, None)
            status.pipeline_id = pipeline.id
    listed = set(ids)
    pipeline.status_ids = dict.fromkeys(ids + [s for s in pipeline.status_ids if s not in listed])


def _pipeline_in_use(org: Organization, pipeline: Pipeline) -> str | None:
    if pipeline.status_ids:
        return (
            "The pipeline still has statuses; delete them or move them to another pipeline "
            "before deleting it."
        )
    return None


def _pipeline_statuses(org: Organization, pipeline: Pipeline) -> list[OpportunityStatus]:
    return [org.opportunity_statuses[sid] for sid in pipeline.status_ids]


PIPELINES = Family(
    name="pipeline",
    plural="pipelines",
    collection="pipelines",
    record=Pipeline,
    model="Pipeline",
    claims=frozenset({"statuses"}),
    check=_statuses,
    after=_apply_statuses,
    in_use=_pipeline_in_use,
    embeds={"statuses": ("opportunity_status", _pipeline_statuses)},
    computed=NAIVE_STAMPS,
)
