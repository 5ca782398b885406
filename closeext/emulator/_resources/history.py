"""The activities Close records about leads and opportunities themselves.

``/activity/status_change/lead/`` and ``/opportunity/`` (list, create, get, delete),
``/activity/created/`` and ``/activity/lead_merge/`` (read-only) and
``/activity/form_submission/`` (read, delete). Posting a status change writes history
only: no status changes. The builders here are also the side effects of the lead and
opportunity families (a create records ``Created``, a status change its activity, a
merge ``LeadMerge``), so both paths produce the same records.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from .._engine import USER, Family, Ref, Write
from .._organization import Organization
from .._records import (
    CreatedActivity,
    FormSubmission,
    Lead,
    LeadMerge,
    LeadStatusChange,
    OpportunityStatusChange,
    new_id,
    parse_moment,
    utcnow,
)
from ._support import user_name

#: The collections these side effects write (see :func:`insert_pending`).
HISTORY = frozenset({"created_activities", "lead_status_changes", "opportunity_status_changes"})


def _stamp(org: Organization, user_id: str) -> dict[str, Any]:
    return org.stamp(user_id, new_id("acti_"))


def _label(org: Organization, collection: str, status_id: str | None) -> str | None:
    status = org.collection(collection).get(status_id or "")
    return status.label if status is not None else None


def lead_status_fields(
    org: Organization, old_id: str | None, new_id_: str | None
) -> dict[str, Any]:
    """The old / new status pairs of a lead status change, labels as they are now."""
    return {
        "old_status_id": old_id,
        "old_status_label": _label(org, "lead_statuses", old_id),
        "new_status_id": new_id_,
        "new_status_label": _label(org, "lead_statuses", new_id_),
    }


def opportunity_fields(
    org: Organization, old_id: str | None, new_id_: str | None, opportunity: Any
) -> dict[str, Any]:
    """The status, pipeline and value fields of an opportunity status change."""
    fields: dict[str, Any] = {}
    for side, status_id in (("old", old_id), ("new", new_id_)):
        status = org.opportunity_statuses.get(status_id or "")
        pipeline = org.pipelines.get(status.pipeline_id) if status is not None else None
        fields[f"{side}_status_id"] = status_id
        fields[f"{side}_status_label"] = status.label if status else None
        fields[f"{side}_status_type"] = status.type if status else None
        fields[f"{side}_pipeline_id"] = pipeline.id if pipeline else None
        fields[f"{side}_pipeline_name"] = pipeline.name if pipeline else None
    won = _value(opportunity, "date_won")
    fields.update(
        opportunity_value=_value(opportunity, "value"),
        opportunity_value_period=_value(opportunity, "value_period"),
        opportunity_value_currency=org.currency,
        opportunity_confidence=_value(opportunity, "confidence"),
        # Close renders the day won as a datetime (midnight UTC here).
        opportunity_date_won=datetime.combine(won, time(), UTC) if isinstance(won, date) else None,
    )
    return fields


def _value(source: Any, name: str) -> Any:
    """An opportunity's value by name: from a pending :class:`Write` or a record."""
    return source.value(name) if isinstance(source, Write) else getattr(source, name, None)


# -- side effects of the lead and opportunity families ------------------------------


def _record_created(write: Write, lead_id: str) -> None:
    user_id = write.req.user.id
    created = CreatedActivity(
        **_stamp(write.org, user_id),
        lead_id=lead_id,
        contact_id=None,
        user_id=user_id,
        source="api",
        import_id=None,
        activity_at=utcnow(),
    )
    write.pending.append(("created_activities", created))


def record_lead_history(write: Write) -> None:
    """Queue the ``Created`` or ``LeadStatusChange`` activity a lead write records."""
    if write.errors:
        return
    org, user_id = write.org, write.req.user.id
    if write.current is None:
        _record_created(write, write.record_id)
        return
    old, new = write.current.status_id, write.attrs.get("status_id")
    if new is not None and new != old:
        change = LeadStatusChange(
            **_stamp(org, user_id),
            lead_id=write.record_id,
            contact_id=None,
            user_id=user_id,
            **lead_status_fields(org, old, new),
            activity_at=utcnow(),
        )
        write.pending.append(("lead_status_changes", change))


def record_made_lead(write: Write) -> None:
    """Queue the ``Created`` activity of the lead Close makes for a new child, if it made one."""
    if not write.errors and write.current is None and isinstance(write.new_parent, Lead):
        _record_created(write, write.new_parent.id)


def record_opportunity_history(write: Write) -> None:
    """Queue the ``OpportunityStatusChange`` an opportunity's status change records."""
    current = write.current
    if write.errors:
        return
    if current is None:
        if isinstance(write.new_parent, Lead):  # Close made a lead for this opportunity
            _record_created(write, write.new_parent.id)
        return
    old, new = current.status_id, write.attrs.get("status_id")
    if new is None or new == old:
        return
    user_id = write.req.user.id
    change = OpportunityStatusChange(
        **_stamp(write.org, user_id),
        lead_id=current.lead_id,
        contact_id=write.value("contact_id"),
        user_id=user_id,
        opportunity_id=current.id,
        **opportunity_fields(write.org, old, new, write),
        activity_at=utcnow(),
    )
    write.pending.append(("opportunity_status_changes", change))


def insert_pending(write: Write, record: Any, created: bool) -> None:
    """After an update: store the history queued by the check (a create stores it itself).

    The history is built while the old values are still there and stored only once the
    write has succeeded, so a refused write records nothing.
    """
    if created:
        return
    for collection, child in write.pending:
        if collection in HISTORY:
            write.org.insert(collection, child)


def record_merge(org: Organization, user_id: str, source: Lead, destination: Lead) -> None:
    """The ``LeadMerge`` activity on the destination of a merge."""
    merge = LeadMerge(
        **_stamp(org, user_id),
        lead_id=destination.id,
        contact_id=None,
        user_id=user_id,
        status="completed",
        source_lead_id=source.id,
        source_lead_name=source.name,
        activity_at=utcnow(),
    )
    org.insert("lead_merges", merge)


# -- the families -------------------------------------------------------------------


def _lead_change(write: Write) -> None:
    for key in ("old_status_id", "new_status_id"):
        if write.body.get(key) is not None and write.body[key] not in write.org.lead_statuses:
            write.fail(key, "Object does not exist.")
    if not write.errors:
        old, new = write.body["old_status_id"], write.body["new_status_id"]
        write.attrs.update(lead_status_fields(write.org, old, new))


def _opportunity_change(write: Write) -> None:
    for key in ("old_status_id", "new_status_id"):
        value = write.body.get(key)
        if value is not None and value not in write.org.opportunity_statuses:
            write.fail(key, "Object does not exist.")
    if write.errors:
        return
    opportunity = write.org.opportunities[write.body["opportunity_id"]]
    old = write.body.get("old_status_id")
    new = write.body.get("new_status_id", opportunity.status_id)
    write.attrs.update(opportunity_fields(write.org, old, new, opportunity))
    write.attrs.setdefault("contact_id", opportunity.contact_id)


def _opportunity_lead(write: Write) -> str:
    """Without ``lead_id``: the opportunity's lead (``""`` for an unknown one, which the
    ``opportunity_id`` reference check then refuses)."""
    opportunity = write.org.opportunities.get(str(write.body.get("opportunity_id", "")))
    return opportunity.lead_id if opportunity is not None else ""


def _money(org: Organization, change: OpportunityStatusChange) -> str | None:
    if change.opportunity_value is None:
        return None
    amount = f"${change.opportunity_value / 100:,.2f}".replace(".00", "")
    period = change.opportunity_value_period
    return amount if period in (None, "one_time") else f"{amount} {period}"


_COMMON: dict[str, Any] = {
    "user_id": lambda write: write.req.user.id,
    "contact_id": None,
    "activity_at": lambda write: utcnow(),
}

LEAD_STATUS_CHANGES = Family(
    name="lead_status_change",
    plural="lead_status_changes",
    collection="lead_status_changes",
    record=LeadStatusChange,
    model="Activity",
    refs={"user_id": USER},
    defaults=_COMMON,
    convert={"activity_at": parse_moment},
    claims=frozenset({"old_status_id", "new_status_id"}),
    check=_lead_change,
    computed={
        "_type": lambda org, change: "LeadStatusChange",
        "user_name": lambda org, change: user_name(org, change.user_id),
        # Lead statuses have no type in the emulator [unverified]: always null.
        "old_status_type": lambda org, change: None,
        "new_status_type": lambda org, change: None,
    },
)

OPPORTUNITY_STATUS_CHANGES = Family(
    name="opportunity_status_change",
    plural="opportunity_status_changes",
    collection="opportunity_status_changes",
    record=OpportunityStatusChange,
    model="Activity",
    refs={"user_id": USER, "opportunity_id": Ref("opportunities", same_lead=True)},
    defaults=_COMMON,
    convert={"activity_at": parse_moment},
    claims=frozenset({"old_status_id", "new_status_id"}),
    make_parent=_opportunity_lead,
    check=_opportunity_change,
    computed={
        "_type": lambda org, change: "OpportunityStatusChange",
        "user_name": lambda org, change: user_name(org, change.user_id),
        "opportunity_value_formatted": _money,
    },
)

CREATED_ACTIVITIES = Family(
    name="created_activity",
    plural="created_activities",
    collection="created_activities",
    record=CreatedActivity,
    model="Activity",
    computed={
        "_type": lambda org, created: "Created",
        "user_name": lambda org, created: user_name(org, created.user_id),
    },
)

LEAD_MERGES = Family(
    name="lead_merge",
    plural="lead_merges",
    collection="lead_merges",
    record=LeadMerge,
    model="Activity",
    event_type="lead_merge",  # Close's event list names it apart from the activities
    computed={
        "_type": lambda org, merge: "LeadMerge",
        "user_name": lambda org, merge: user_name(org, merge.user_id),
        "destination_lead_id": lambda org, merge: merge.lead_id,
    },
)

FORM_SUBMISSIONS = Family(
    name="form_submission",
    plural="form_submissions",
    collection="form_submissions",
    record=FormSubmission,
    model="Activity",
    computed={
        "_type": lambda org, submission: "FormSubmission",
        "user_name": lambda org, submission: user_name(org, submission.user_id),
    },
)

FAMILIES = (
    LEAD_STATUS_CHANGES,
    OPPORTUNITY_STATUS_CHANGES,
    CREATED_ACTIVITIES,
    LEAD_MERGES,
    FORM_SUBMISSIONS,
)
