"""The emulator's time, which tests can move: real time plus an offset, or frozen.

Everything in the emulator that asks what time it is goes through :func:`utcnow`, which
reads the clock of the emulator serving the current request (a context variable the
pipeline sets), so two emulators in one process keep their own time. Tests move a clock
forward with :meth:`Clock.advance` / :meth:`Clock.travel_to`, or hold it with
:meth:`Clock.freeze`; time never runs backwards, because Close's ordering rules (events
newest first, ``date_updated`` after ``date_created``) assume it does not.

Work that Close does later — a webhook retry, a bulk action's progress, a cursor that
expires — is a timer on the clock (:meth:`Clock.call_at`). Timers never run on their own
thread: they run, in due order, when :meth:`Clock.run_due` is called, which the pipeline
does before every request and :meth:`advance` does after moving. So a jump of 31 days
runs everything that fell due in between, in order, before the next answer, and a timer
mutating an organization never races a handler.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "Timer", "current_clock", "use_clock", "utcnow"]


class Timer:
    """A callback due at a moment on one clock; :meth:`cancel` keeps it from running."""

    __slots__ = ("callback", "cancelled", "due")

    def __init__(self, due: datetime, callback: Callable[[], None]) -> None:
        self.due = due
        self.callback = callback
        self.cancelled = False

    def __repr__(self) -> str:
        state = "cancelled" if self.cancelled else "pending"
        return f"Timer(due={self.due.isoformat()}, {state})"

    def cancel(self) -> None:
        """Do not run this timer (a no-op once it has run)."""
        self.cancelled = True


class Clock:
    """One emulator's notion of now: real time shifted by an offset tests control.

    ``Clock()`` follows real time. :meth:`advance` adds to the offset; :meth:`freeze`
    stops time at the current moment (it then moves only when told); :meth:`thaw`
    resumes real time from wherever the frozen clock stood. Thread-safe.
    """

    def __init__(self, *, now: Callable[[], datetime] | None = None) -> None:
        self._real = now or (lambda: datetime.now(UTC))
        self._offset = timedelta(0)
        self._frozen: datetime | None = None
        self._last = self._real()
        self._lock = threading.RLock()
        self._timers: list[tuple[datetime, int, Timer]] = []
        self._order = itertools.count()
        self._running = False

    def __repr__(self) -> str:
        state = "frozen" if self._frozen is not None else "running"
        moment = self.now().isoformat()
        return f"Clock({moment}, {state}, offset={self._offset}, timers={len(self._timers)})"

    @property
    def frozen(self) -> bool:
        """Whether time stands still until :meth:`advance` moves it."""
        return self._frozen is not None

    @property
    def offset(self) -> timedelta:
        """How far this clock runs ahead of real time."""
        with self._lock:
            if self._frozen is not None:
                return self._frozen - self._real()
            return self._offset

    def now(self) -> datetime:
        """The current moment on this clock, timezone-aware in UTC, never before the last."""
        with self._lock:
            moment = self._frozen if self._frozen is not None else self._real() + self._offset
            # Real clocks can step back (NTP); this one never answers an earlier moment,
            # and absorbs the step so that later jumps land where they were aimed.
            if moment < self._last:
                if self._frozen is None:
                    self._offset += self._last - moment
                moment = self._last
            self._last = moment
            return moment

    def advance(self, delta: timedelta | float) -> datetime:
        """Move forward by ``delta`` (a timedelta or seconds), run what fell due, answer now."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=float(delta))
        if step < timedelta(0):
            raise ValueError("the emulator's clock only moves forward")
        with self._lock:
            if self._frozen is not None:
                self._frozen = max(self._frozen, self._last) + step
            else:
                self._offset += step
        self.run_due()
        return self.now()

    def travel_to(self, moment: datetime) -> datetime:
        """Move forward to ``moment`` (aware, or naive meaning UTC); refuse the past."""
        target = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        gap = target.astimezone(UTC) - self.now()
        if gap < timedelta(0):
            raise ValueError(f"{target.isoformat()} is in the emulator's past")
        return self.advance(gap)

    def freeze(self) -> datetime:
        """Stop time at the current moment; answer it."""
        with self._lock:
            if self._frozen is None:
                self._frozen = self.now()
            return self._frozen

    def thaw(self) -> datetime:
        """Let time run again from where the frozen clock stands."""
        with self._lock:
            if self._frozen is not None:
                self._offset = self._frozen - self._real()
                self._frozen = None
            return self.now()

    def call_at(self, due: datetime, callback: Callable[[], None]) -> Timer:
        """Run ``callback`` once the clock reaches ``due`` (at the next :meth:`run_due`)."""
        timer = Timer(due.astimezone(UTC), callback)
        with self._lock:
            heapq.heappush(self._timers, (timer.due, next(self._order), timer))
        return timer

    def call_later(self, delay: timedelta | float, callback: Callable[[], None]) -> Timer:
        """Run ``callback`` ``delay`` (a timedelta or seconds) from now on this clock."""
        step = delay if isinstance(delay, timedelta) else timedelta(seconds=float(delay))
        return self.call_at(self.now() + step, callback)

    def next_due(self) -> datetime | None:
        """When the earliest pending timer falls due, or ``None``."""
        with self._lock:
            while self._timers and self._timers[0][2].cancelled:
                heapq.heappop(self._timers)
            return self._timers[0][0] if self._timers else None

    def run_due(self) -> int:
        """Run every timer due by now, earliest first (each under the clock's time); count them.

        A timer that schedules another one already due gets it run in the same call. An
        exception in one timer does not stop the others; it is re-raised after they ran.
        Re-entrant calls (a timer that advances the clock) return at once.
        """
        if not self._timers:  # the common case, checked without the lock
            return 0
        with self._lock:
            if self._running:
                return 0
            self._running = True
        ran = 0
        failure: BaseException | None = None
        try:
            with use_clock(self):
                while True:
                    with self._lock:
                        if not self._timers or self._timers[0][0] > self.now():
                            break
                        _, _, timer = heapq.heappop(self._timers)
                    if timer.cancelled:
                        continue
                    timer.cancelled = True  # it has run; cancel() is now a no-op
                    ran += 1
                    try:
                        timer.callback()
                    except Exception as exc:  # the others must still run
                        failure = failure or exc
        finally:
            with self._lock:
                self._running = False
        if failure is not None:
            raise failure
        return ran

    def pending(self) -> int:
        """How many timers wait to run."""
        with self._lock:
            return sum(1 for _, _, timer in self._timers if not timer.cancelled)


_REAL: Clock = Clock()
_CURRENT: ContextVar[Clock] = ContextVar("closeext_emulator_clock", default=_REAL)


def current_clock() -> Clock:
    """The clock of the emulator serving this request (real time outside one)."""
    return _CURRENT.get()


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    """Read time from ``clock`` for the duration of the block."""
    token = _CURRENT.set(clock)
    try:
        yield clock
    finally:
        _CURRENT.reset(token)


def utcnow() -> datetime:
    """Now on the current emulator's clock, timezone-aware in UTC."""
    return _CURRENT.get().now()
