"""The activity metrics the emulator computes, by name.

Close lists its predefined metrics at ``GET /report/activity/metrics/``; only
``calls.outbound.all.count`` is confirmed by code that reads Close's answers, so the other
names follow its ``<object>.<direction>.<subset>.<measure>`` pattern [unverified]. Each
metric counts (or sums a number of) the records of one collection that it selects, in time
by their ``activity_at`` (``date_created`` for leads and opportunities, ``date_won`` for won
opportunities), and by user through the record's user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from .._organization import Organization


@dataclass(frozen=True, slots=True)
class Metric:
    """One metric: what it selects and what it adds up."""

    key: str
    label: str
    collection: str
    select: Callable[[Any], bool]
    when: Callable[[Any], datetime | None]
    user: Callable[[Any], str | None]
    #: What one record adds: 1 for counts, a number for sums.
    amount: Callable[[Any], int]
    #: ``count``, ``duration`` (seconds) or ``money`` (cents).
    kind: str = "count"


def _activity_at(record: Any) -> datetime | None:
    moment: datetime | None = record.activity_at
    return moment


def _created(record: Any) -> datetime | None:
    moment: datetime | None = record.date_created
    return moment


def _won(record: Any) -> datetime | None:
    won = record.date_won
    return datetime.combine(won, time(12), tzinfo=UTC) if won is not None else None


def _by_user(record: Any) -> str | None:
    user: str | None = record.user_id
    return user


def _by_creator(record: Any) -> str | None:
    creator: str | None = record.created_by
    return creator


def _one(record: Any) -> int:
    return 1


def _calls(direction: str | None, measure: str) -> Metric:
    name = direction or "all"
    return Metric(
        key=f"calls.{name}.all.{measure}",
        label=f"{name.title()} calls ({measure})",
        collection="calls",
        select=lambda c: direction is None or c.direction == direction,
        when=_activity_at,
        user=_by_user,
        amount=_one if measure == "count" else (lambda c: int(c.duration or 0)),
        kind="count" if measure == "count" else "duration",
    )


def _messages(collection: str, noun: str, sent: bool, words: tuple[str, str]) -> Metric:
    """``words``: the family's directions for received and sent messages."""
    verb = "sent" if sent else "received"
    return Metric(
        key=f"{noun}.{verb}.all.count",
        label=f"{noun.title()} {verb}",
        collection=collection,
        select=(
            (lambda m: m.direction == words[1] and m.status == "sent")
            if sent
            else (lambda m: m.direction == words[0])
        ),
        when=_activity_at,
        user=_by_user,
        amount=_one,
    )


def _is_won(org: Organization) -> Callable[[Any], bool]:
    def won(opportunity: Any) -> bool:
        status = org.opportunity_statuses.get(opportunity.status_id)
        return status is not None and status.type == "won"

    return won


def metrics(org: Organization) -> dict[str, Metric]:
    """Every metric, by key (some depend on the organization's statuses)."""
    won = _is_won(org)
    found = [
        _calls("outbound", "count"),
        _calls("inbound", "count"),
        _calls(None, "count"),
        _calls("outbound", "duration"),
        _calls("inbound", "duration"),
        _calls(None, "duration"),
        _messages("emails", "emails", True, ("incoming", "outgoing")),
        _messages("emails", "emails", False, ("incoming", "outgoing")),
        _messages("sms_messages", "sms", True, ("inbound", "outbound")),
        _messages("sms_messages", "sms", False, ("inbound", "outbound")),
        Metric("notes.all.all.count", "Notes", "notes", _one_true, _activity_at, _by_user, _one),
        Metric(
            "leads.created.all.count",
            "Leads created",
            "leads",
            _one_true,
            _created,
            _by_creator,
            _one,
        ),
        Metric(
            "opportunities.created.all.count",
            "Opportunities created",
            "opportunities",
            _one_true,
            _created,
            _by_user,
            _one,
        ),
        Metric(
            "opportunities.won.all.count",
            "Opportunities won",
            "opportunities",
            won,
            _won,
            _by_user,
            _one,
        ),
        Metric(
            "opportunities.won.all.value",
            "Value won (cents)",
            "opportunities",
            won,
            _won,
            _by_user,
            lambda o: int(o.value or 0),
            "money",
        ),
    ]
    return {m.key: m for m in found}


def _one_true(record: Any) -> bool:
    return True


def records(org: Organization, metric: Metric) -> Iterable[Any]:
    """The records ``metric`` selects (any time, any user)."""
    return (r for r in org.collection(metric.collection).values() if metric.select(r))
