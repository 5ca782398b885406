"""The arithmetic of the reports: time ranges, status histories, activity metrics.

Everything is computed from the organization's records when a report is asked for: the
status history of a lead or opportunity is its creation plus its status-change activities,
and activity metrics count the activity records in the range. Nothing is kept between
requests, so a report always agrees with the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from .._caller import caller_today
from .._clock import utcnow
from .._organization import Organization
from .._records import parse_moment
from .._types import BadRequest

#: The relative ranges Close accepts (``all-time`` included).
RELATIVE_RANGES: Final = (
    "today",
    "this-week",
    "this-month",
    "this-quarter",
    "this-year",
    "yesterday",
    "last-week",
    "last-month",
    "last-quarter",
    "last-year",
    "all-time",
)
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open time range ``[start, end)``."""

    start: datetime
    end: datetime

    def holds(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def _midnight(day: date, offset: timedelta) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC) - offset


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def relative_span(name: str, tz_hours: float) -> Span:
    """``name`` as a range of the caller's days (their ``X-TZ-Offset``)."""
    offset = timedelta(hours=tz_hours)
    today = caller_today()
    if name == "all-time":
        return Span(_EPOCH, utcnow() + timedelta(seconds=1))
    periods: dict[str, tuple[date, date]] = {}
    week = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    quarter = _quarter_start(today)
    year = date(today.year, 1, 1)
    periods["today"] = (today, today + timedelta(days=1))
    periods["yesterday"] = (today - timedelta(days=1), today)
    periods["this-week"] = (week, week + timedelta(days=7))
    periods["last-week"] = (week - timedelta(days=7), week)
    periods["this-month"] = (month, _add_months(month, 1))
    periods["last-month"] = (_add_months(month, -1), month)
    periods["this-quarter"] = (quarter, _add_months(quarter, 3))
    periods["last-quarter"] = (_add_months(quarter, -3), quarter)
    periods["this-year"] = (year, date(today.year + 1, 1, 1))
    periods["last-year"] = (date(today.year - 1, 1, 1), year)
    first, last = periods[name]
    return Span(_midnight(first, offset), _midnight(last, offset))


def absolute_span(raw: Mapping[str, Any], what: str) -> Span:
    """A ``{"start": …, "end": …}`` range (either may be left out)."""
    try:
        start = parse_moment(raw["start"]) if raw.get("start") else _EPOCH
        end = parse_moment(raw["end"]) if raw.get("end") else utcnow() + timedelta(seconds=1)
    except ValueError:
        raise BadRequest(f"{what} must hold ISO-8601 timestamps.") from None
    if end < start:
        raise BadRequest(f"{what} ends before it starts.")
    return Span(start, end)


def span_of(body: Mapping[str, Any], relative: str, absolute: str, tz_hours: float) -> Span | None:
    """The range a body names by ``relative`` or ``absolute`` (not both), or ``None``."""
    if body.get(relative) is not None and body.get(absolute) is not None:
        raise BadRequest(f"Give either {relative} or {absolute}, not both.")
    if body.get(relative) is not None:
        return relative_span(str(body[relative]), tz_hours)
    if body.get(absolute) is not None:
        return absolute_span(body[absolute], absolute)
    return None


def day_bound(text: str | None, end: bool, what: str) -> datetime | None:
    """``date_start`` / ``date_end`` of the status reports: a date or a timestamp."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1 if end else 0), time(), tzinfo=UTC)
        return parse_moment(text)
    except ValueError:
        raise BadRequest(f"{what} must be a date or an ISO-8601 timestamp.") from None


# -- status histories -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One status an object took: when, which, and its label then."""

    at: datetime
    status_id: str
    label: str


def histories(
    objects: Iterable[Any],
    changes: Iterable[Any],
    key: str,
    label_of: Callable[[str], str | None],
) -> dict[str, list[Step]]:
    """Each object's statuses in time order: its first at creation, then every change."""
    by_object: dict[str, list[Any]] = {}
    for change in changes:
        by_object.setdefault(getattr(change, key), []).append(change)
    out: dict[str, list[Step]] = {}
    for obj in objects:
        moves = sorted(by_object.get(obj.id, []), key=lambda c: (c.activity_at, c.date_created))
        first = moves[0].old_status_id if moves and moves[0].old_status_id else obj.status_id
        first_label = (moves[0].old_status_label if moves else None) or label_of(first) or ""
        steps = [Step(obj.date_created, first, first_label)]
        for move in moves:
            if move.new_status_id and move.new_status_id != steps[-1].status_id:
                label = move.new_status_label or label_of(move.new_status_id) or ""
                steps.append(Step(move.activity_at, move.new_status_id, label))
        out[obj.id] = steps
    return out


def status_at(steps: list[Step], moment: datetime) -> str | None:
    """The status held at ``moment`` (``None`` before the object existed)."""
    held = None
    for step in steps:
        if step.at > moment:
            break
        held = step.status_id
    return held


def status_report(
    org: Organization,
    steps_by_object: Mapping[str, list[Step]],
    statuses: Mapping[str, str],
    start: datetime | None,
    end: datetime | None,
) -> dict[str, Any]:
    """``status_overview``, ``status_transitions`` and their summary over ``[start, end]``.

    ``statuses`` maps every current status id to its label, in display order; statuses
    found only in the history are the deleted ones.
    """
    overall = start is None and end is None
    lower = start or _EPOCH
    upper = end or utcnow() + timedelta(seconds=1)
    labels: dict[str, str] = dict(statuses)
    for steps in steps_by_object.values():
        for step in steps:
            labels.setdefault(step.status_id, step.label)
    rows = {
        sid: dict.fromkeys(("started", "ended", "gained", "lost", "entered", "left"), 0)
        for sid in labels
    }
    transitions: dict[tuple[str | None, str], int] = {}
    summary: dict[tuple[str | None, str], int] = {}
    for steps in steps_by_object.values():
        before = status_at(steps, lower - timedelta(microseconds=1)) if start else None
        after = status_at(steps, upper - timedelta(microseconds=1))
        if before is not None:
            rows[before]["started"] += 1
        if after is not None:
            rows[after]["ended"] += 1
        if after is not None and after != before:
            rows[after]["gained"] += 1
        if before is not None and before != after:
            rows[before]["lost"] += 1
        previous: str | None = None
        for step in steps:
            if lower <= step.at < upper:
                rows[step.status_id]["entered"] += 1
                if previous is not None:
                    rows[previous]["left"] += 1
                transitions[(previous, step.status_id)] = (
                    transitions.get((previous, step.status_id), 0) + 1
                )
            previous = step.status_id
        if after is not None and after != before:
            summary[(before, after)] = summary.get((before, after), 0) + 1

    def status(prefix: str, sid: str | None) -> dict[str, Any]:
        return {
            f"{prefix}status_id": sid,
            f"{prefix}status_label": labels.get(sid) if sid else None,
            f"{prefix}status_is_deleted": sid is not None and sid not in statuses,
        }

    overview = []
    for sid, counts in rows.items():
        row: dict[str, Any] = {**status("", sid), **counts}
        row["change"] = counts["ended"] - counts["started"]
        row["change_percent"] = (
            round(100 * row["change"] / counts["started"], 2) if counts["started"] else None
        )
        if overall:  # what makes no sense without a start is left out, as Close does
            for name in ("started", "change", "change_percent", "gained", "lost"):
                del row[name]
        overview.append(row)

    def listed(pairs: Mapping[tuple[str | None, str], int]) -> list[dict[str, Any]]:
        return [
            {**status("from_", old), **status("to_", new), "count": count}
            for (old, new), count in sorted(pairs.items(), key=lambda p: (-p[1], str(p[0])))
        ]

    return {
        "status_overview": overview,
        "status_transitions": listed(transitions),
        "status_transitions_summary": listed(summary),
    }
