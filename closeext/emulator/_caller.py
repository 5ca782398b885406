"""Who is asking, for the few answers that depend on it: where the caller's day ends.

Close reads ``X-TZ-Offset`` (hours from UTC) to decide what "today" is for task views and
relative dates. The pipeline hands it to the handler (``ApiRequest.tz_offset``); the
handler wrapper sets it here for the duration of the request, so that a renderer can ask
without every getter taking the request.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta

from ._clock import utcnow

_OFFSET: ContextVar[float] = ContextVar("closeext_emulator_tz_offset", default=0.0)


@contextmanager
def caller(tz_offset: float) -> Iterator[None]:
    """Answer as the caller whose day is ``tz_offset`` hours from UTC."""
    token = _OFFSET.set(tz_offset)
    try:
        yield
    finally:
        _OFFSET.reset(token)


def caller_day(moment: datetime) -> date:
    """The caller's calendar day at ``moment``."""
    return (moment.astimezone(UTC) + timedelta(hours=_OFFSET.get())).date()


def caller_today(now: datetime | None = None) -> date:
    """The caller's calendar day now."""
    return caller_day(now or utcnow())
