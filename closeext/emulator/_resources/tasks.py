"""Tasks (``/task/``) and the activities their completion records (``/activity/task_completed/``).

Only ``lead`` and ``outgoing_call`` tasks can be created (the spec's enum); Close raises the
other types itself. Without ``_type`` a list holds ``lead`` tasks only, ``_type=all`` every
type. ``view`` follows the caller's day (``X-TZ-Offset``): ``inbox`` is incomplete and due by
its end, ``future`` incomplete and due later, ``archive`` complete. Completing a task — or
creating it complete — records a TaskCompleted activity; reopening it deletes that activity.
``PUT /task/`` applies one change to every task the list filters select, at most 1,000.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, Final

from .._caller import caller_day, caller_today
from .._engine import CONTACT_ON_LEAD, USER, Bound, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Task, TaskCompleted, new_id, parse_day_or_moment, utcnow
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, ValidationFailed
from ._support import activity_family, user_name

#: Most tasks one bulk update may change, as Close refuses beyond it.
MAX_BULK: Final = 1_000


def _day(org: Organization, task: Task) -> date | None:
    """The task's due day in the caller's time zone (``None`` for a dateless task)."""
    when = task.date
    if isinstance(when, datetime):
        return caller_day(when)
    return when


def view_of(org: Organization, task: Task) -> str:
    if task.is_complete:
        return "archive"
    day = _day(org, task)
    return "inbox" if day is None or day <= caller_today() else "future"


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _check(write: Write) -> None:
    body = write.body
    if write.current is None:
        write.attrs["kind"] = body.get("_type", "lead")
    elif "text" in body and write.current.kind != "lead" and body["text"] != write.current.text:
        write.fail("text", "Value cannot be changed.")
    for key in ("date", "due_date"):
        if key in body:
            write.attrs[key] = parse_day_or_moment(body[key]) if body[key] else None


def complete(org: Organization, task: Task, user_id: str) -> None:
    """Record the TaskCompleted activity of a task that just became complete."""
    activity = TaskCompleted(
        **org.stamp(user_id, new_id("acti_")),
        lead_id=task.lead_id,
        task_id=task.id,
        contact_id=task.contact_id,
        user_id=user_id,
        task_text=task.text,
        task_assigned_to=task.assigned_to,
        activity_at=utcnow(),
    )
    org.insert("task_completions", activity)


def reopen(org: Organization, task: Task) -> None:
    """Delete the TaskCompleted activities of a task that is open again."""
    lead = org.leads.get(task.lead_id)
    if lead is None:
        return
    for activity_id in list(lead.children.get("task_completions", {})):
        if org.task_completions[activity_id].task_id == task.id:
            org.remove("task_completions", activity_id)


def _after(write: Write, task: Task, created: bool) -> None:
    was_complete = False if created else write.before.get("is_complete", task.is_complete)
    if task.is_complete and not was_complete:
        complete(write.org, task, write.req.user.id)
    elif was_complete and not task.is_complete:
        reopen(write.org, task)


def _types(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    if "_type" in req.params or "_type__in" in req.params:
        return None
    return (task for task in listing.source(req) if task.kind == "lead")


def _order_key(org: Organization, task: Task) -> tuple[Any, ...]:
    """Dateless last; on one day, date-only tasks before timed ones (caller's day)."""
    day = _day(org, task)
    timed = task.date if isinstance(task.date, datetime) else None
    return (
        day is None,
        day or date.min,
        timed is not None,
        timed or datetime.min.replace(tzinfo=UTC),
    )


def _contact_name(org: Organization, task: Task) -> str | None:
    contact = org.contacts.get(task.contact_id) if task.contact_id else None
    return contact.name if contact else None


TASKS = Family(
    name="task",
    plural="tasks",
    collection="tasks",
    record=Task,
    model="Task",
    event_type=lambda task: f"task.{task.kind}",
    event_fields=frozenset({"is_complete", "date", "due_date", "is_dateless", "text"}),
    event_actions={"is_complete": {True: "completed"}},
    refs={"contact_id": CONTACT_ON_LEAD, "assigned_to": USER},
    immutable=("lead_id",),
    defaults={
        "contact_id": None,
        "assigned_to": lambda write: write.req.user.id,
        "text": "",
        "date": None,
        "due_date": None,
        "is_complete": False,
    },
    claims=frozenset({"_type", "date", "due_date"}),
    check=_check,
    after=_after,
    list_source=_types,
    derived={
        "_type": lambda org, task, wanted: wanted == "all" or task.kind == wanted,
        "_type__in": lambda org, task, wanted: task.kind in wanted.split(","),
        "view": lambda org, task, wanted: view_of(org, task) == wanted,
    },
    order={
        "date": _order_key,
        "date_created": lambda org, task: task.date_created,
    },
    # The view depends on the caller's day and the clock: never reuse a rendering.
    memoize=False,
    computed={
        "_type": lambda org, task: task.kind,
        "lead_name": lambda org, task: getattr(org.leads.get(task.lead_id), "name", None),
        "contact_name": _contact_name,
        "assigned_to_name": lambda org, task: user_name(org, task.assigned_to),
        "date": lambda org, task: _iso(task.date),
        "due_date": lambda org, task: _iso(task.due_date),
        "is_dateless": lambda org, task: task.date is None,
        "view": view_of,
    },
)


TASK_COMPLETIONS = activity_family(
    "TaskCompleted",
    authored=False,  # made by completing a task, never posted
    name="task_completed_activity",
    plural="task_completed_activities",
    collection="task_completions",
    record=TaskCompleted,
    computed={
        "task_assigned_to_name": lambda org, activity: user_name(org, activity.task_assigned_to),
    },
)


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """``PUT /task/``: one change applied to every task the list filters select."""
    tasks = families["task"]

    def bulk_update_tasks(req: ApiRequest) -> ApiResponse:
        selected = list(tasks.select(req)[0])
        if len(selected) > MAX_BULK:
            raise BadRequest(
                f"{len(selected)} tasks match; a bulk update changes at most {MAX_BULK}. "
                "Narrow the filters."
            )
        body: Mapping[str, Any] = req.body
        assignee = body.get("assigned_to")
        if assignee is not None and not USER.holds(req.org, assignee, None):
            raise ValidationFailed(field_errors={"assigned_to": USER.message()})
        for task in selected:
            tasks.change(req, task, body)
        return ApiResponse(body={"count": len(selected)})

    return {"bulk_update_tasks": bulk_update_tasks}


__all__ = ["TASKS", "TASK_COMPLETIONS", "actions", "view_of"]
