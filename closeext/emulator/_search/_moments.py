"""Moments of a ``moment_range``: fixed days and instants, offsets from now, named periods.

Local days are the caller's (``X-TZ-Offset`` hours from UTC). Every moment resolves to an
aware UTC instant once per request, so a condition compares instants only. Emulator
choices where Close's docs are silent [unverified]: weeks start on Monday; months and
years move by calendar, the day clamped to the end of a shorter month.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from .._types import BadRequest

NOT_UNDERSTOOD = "Advanced Filtering does not understand"


def refuse(path: str, why: str) -> BadRequest:
    """The Close-shaped 400 for a query part the emulator does not understand."""
    return BadRequest(f"{NOT_UNDERSTOOD} {path}: {why}")


def local_zone(tz_offset: float) -> timezone:
    return timezone(timedelta(hours=tz_offset))


def day_start(day: date, tz_offset: float) -> datetime:
    """The instant the caller's ``day`` begins."""
    return datetime.combine(day, time(), local_zone(tz_offset)).astimezone(UTC)


def as_instant(value: Any, tz_offset: float) -> datetime | None:
    """A stored date or datetime as an instant (a date: the start of that local day)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return day_start(value, tz_offset)
    if isinstance(value, str):  # custom date / datetime values are stored as ISO text
        try:
            if len(value) == 10:
                return day_start(date.fromisoformat(value), tz_offset)
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (negative: back), clamped to month end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _period(name: str, today: date) -> tuple[date, date]:
    """The first day of the period ``name`` and the first day after it."""
    base, _, which = name.partition("-")
    if name in ("today", "yesterday", "tomorrow"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[name]
        start = today + timedelta(days=shift)
        return start, start + timedelta(days=1)
    step = {"this": 0, "last": -1, "next": 1}[base]
    if which == "week":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return start, start + timedelta(weeks=1)
    months = {"month": 1, "quarter": 3, "year": 12}[which]
    if which == "month":
        first = today.replace(day=1)
    elif which == "quarter":
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    else:
        first = date(today.year, 1, 1)
    start = add_months(first, step * months)
    return start, add_months(start, months)


def resolve(moment: Mapping[str, Any], path: str, now: datetime, tz_offset: float) -> datetime:
    """The instant a moment names (raises the 400 for one the emulator cannot place)."""
    kind = moment.get("type")
    local_today = (now + timedelta(hours=tz_offset)).date()
    try:
        if kind == "now":
            return now
        if kind == "fixed_utc":
            parsed = as_instant(str(moment["value"]), tz_offset)
            if parsed is None or len(str(moment["value"])) == 10:
                raise refuse(path, "fixed_utc needs an ISO 8601 date and time.")
            return parsed
        if kind == "fixed_local_date":
            day = date.fromisoformat(str(moment["value"]))
            if moment.get("which") == "end":
                day += timedelta(days=1)
            return day_start(day, tz_offset)
        if kind == "start_end_of_predefined_relative_period":
            start, end = _period(str(moment["range"]), local_today)
            return day_start(end if moment.get("which") == "end" else start, tz_offset)
        if kind == "offset":
            return _offset(moment, path, now, tz_offset)
    except (ValueError, OverflowError, KeyError):
        raise refuse(path, "the moment lies outside the calendar.") from None
    raise refuse(path, f"a moment of type {kind!r}.")


def _offset(moment: Mapping[str, Any], path: str, now: datetime, tz_offset: float) -> datetime:
    base = resolve(moment["moment"], f"{path}.moment", now, tz_offset)
    sign = -1 if moment.get("direction") == "past" else 1
    offset = moment.get("offset") or {}
    months = int(offset.get("years", 0)) * 12 + int(offset.get("months", 0))
    delta = timedelta(
        weeks=int(offset.get("weeks", 0)),
        days=int(offset.get("days", 0)),
        hours=int(offset.get("hours", 0)),
        minutes=int(offset.get("minutes", 0)),
        seconds=int(offset.get("seconds", 0)),
    )
    local = base.astimezone(local_zone(tz_offset))
    if months:
        moved_day = add_months(local.date(), sign * months)
        local = datetime.combine(moved_day, local.timetz())
    local = local + sign * delta
    which = moment.get("which_day_end")
    if which in ("start", "end"):
        day = local.date() + timedelta(days=1 if which == "end" else 0)
        return day_start(day, tz_offset)
    return local.astimezone(UTC)
