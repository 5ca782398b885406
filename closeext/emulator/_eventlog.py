"""One organization's event log: stored events, their indexes, retention and cursor pages.

Data only (no HTTP, no rendering): :mod:`._events` records events here and
``_resources/events.py`` answers ``/event/`` from it.

Layout, chosen so that a page costs the same with a thousand or a hundred thousand events:

* every event gets a sequence number when it is appended; events are appended in the order
  they happened and ``date_updated`` never runs backwards (the clock does not), so sequence
  order *is* the log's order, and "events of one object keep their true order" holds even
  when timestamps tie;
* for every filter combination Close allows there is an index: the values of that
  combination -> the ascending list of sequence numbers of the events that match. A page
  is a slice of one list, found by binary search (on the sequence for a cursor, on
  ``date_updated`` for the date bounds), never a scan;
* retention drops events from the front (the oldest); index lists are trimmed lazily, when
  their dead prefix outgrows the live part, so pruning is amortized O(1) per event.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

#: How long Close keeps events.
RETENTION: Final = timedelta(days=30)

#: The filters of ``/event/`` that select events by equality (``date_updated__*`` aside).
FILTERS: Final = ("object_type", "object_id", "action", "lead_id", "user_id", "request_id")

#: Every combination of filters Close allows (sorted names), ``()`` meaning no filter.
COMBINATIONS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(sorted(combination))
    for combination in (
        (),
        ("object_type", "object_id"),
        ("object_type", "action"),
        ("object_id", "action"),
        ("lead_id", "object_type"),
        ("lead_id", "object_type", "action"),
        ("lead_id", "user_id"),
        ("lead_id", "user_id", "object_type"),
        ("lead_id", "user_id", "object_type", "action"),
        ("user_id", "object_id"),
        ("user_id", "object_id", "action"),
        ("user_id", "object_type"),
        ("user_id", "object_type", "action"),
        ("lead_id",),
        ("user_id",),
        ("request_id",),
    )
)
_INDEXED: Final = tuple(sorted(c for c in COMBINATIONS if c))


@dataclass(slots=True)
class Entry:
    """One stored event: what the indexes need, and the event, JSON-ready.

    ``encoded`` caches the event's JSON once a reader encoded it (events never change).
    """

    seq: int
    id: str
    date_updated: datetime
    body: dict[str, Any]
    encoded: bytes | None = None


@dataclass(frozen=True, slots=True)
class Bounds:
    """``date_updated`` bounds of a query (each ``None`` when not given)."""

    gt: datetime | None = None
    gte: datetime | None = None
    lt: datetime | None = None
    lte: datetime | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page, newest first, and where the next (older) and previous (newer) ones start.

    ``older_than`` / ``newer_than`` are sequence bounds for the cursors (``None``: no such
    page exists now).
    """

    entries: list[Entry]
    older_than: int | None
    newer_than: int | None


class EventLog:
    """The stored events of one organization (see the module docstring)."""

    def __init__(self) -> None:
        self._next = 0
        #: The first live sequence number: everything before it has expired.
        self._first = 0
        self._entries: dict[int, Entry] = {}
        self._by_id: dict[str, int] = {}
        self._indexes: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
        self._last: datetime | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"EventLog(events={len(self._entries)})"

    @property
    def last_date(self) -> datetime | None:
        """The ``date_updated`` of the newest event ever appended (``None``: none yet)."""
        return self._last

    def append(
        self,
        event_id: str,
        date_updated: datetime,
        keys: Mapping[str, str | None],
        body: dict[str, Any],
    ) -> Entry:
        """Store one event (``keys``: its value for each of :data:`FILTERS`)."""
        if self._last is not None and date_updated < self._last:
            raise ValueError("events are appended in the order they happened")
        self._last = date_updated
        seq = self._next
        self._next += 1
        entry = Entry(seq, event_id, date_updated, body)
        self._entries[seq] = entry
        self._by_id[event_id] = seq
        for combination in _INDEXED:
            values = tuple(keys.get(name) for name in combination)
            if any(value is None for value in values):
                continue  # an event without a lead is never found by lead_id
            self._indexes.setdefault((combination, values), []).append(seq)  # type: ignore[arg-type]
        return entry

    def get(self, event_id: str) -> Entry | None:
        seq = self._by_id.get(event_id)
        return None if seq is None else self._entries.get(seq)

    def prune(self, now: datetime) -> int:
        """Drop the events whose ``date_updated`` is older than the retention; count them."""
        cutoff = now - RETENTION
        dropped = 0
        while self._first < self._next:
            entry = self._entries.get(self._first)
            if entry is not None and entry.date_updated >= cutoff:
                break
            if entry is not None:
                del self._entries[self._first]
                self._by_id.pop(entry.id, None)
                dropped += 1
            self._first += 1
        return dropped

    def _live(self, seqs: list[int]) -> int:
        """The position of the first live sequence in ``seqs``, trimming a long dead prefix."""
        start = bisect.bisect_left(seqs, self._first)
        if start and start * 2 > len(seqs):
            del seqs[:start]  # each dead number is moved at most O(1) times, amortized
            return 0
        return start

    def _date_position(self, seqs: Sequence[int], moment: datetime, lo: int, hi: int) -> int:
        """The first position in ``seqs[lo:hi]`` whose event is at or after ``moment``."""
        entries = self._entries
        return bisect.bisect_left(seqs, moment, lo, hi, key=lambda seq: entries[seq].date_updated)

    def _date_after(self, seqs: Sequence[int], moment: datetime, lo: int, hi: int) -> int:
        """The first position in ``seqs[lo:hi]`` whose event is after ``moment``."""
        entries = self._entries
        return bisect.bisect_right(seqs, moment, lo, hi, key=lambda seq: entries[seq].date_updated)

    def page(
        self,
        filters: Mapping[str, str],
        bounds: Bounds,
        limit: int,
        *,
        older_than: int | None = None,
        newer_than: int | None = None,
    ) -> Page:
        """The ``limit`` newest events matching, or the ``limit`` just older than
        ``older_than`` / just newer than ``newer_than`` (a cursor), newest first."""
        combination = tuple(sorted(filters))
        if combination not in COMBINATIONS:
            raise ValueError(f"filter combination {combination} is not allowed")
        seqs: Sequence[int]
        if combination:
            values = tuple(filters[name] for name in combination)
            found = self._indexes.get((combination, values))
            if found is None:
                return Page([], None, None)
            start = self._live(found)
            seqs = found
        else:
            # Every live event: the sequence numbers themselves, no list needed.
            seqs = range(self._first, self._next)
            start = 0
        lo, hi = start, len(seqs)
        # The date bounds narrow [lo, hi) by binary search on date_updated.
        if bounds.gte is not None:
            lo = self._date_position(seqs, bounds.gte, lo, hi)
        if bounds.gt is not None:
            lo = max(lo, self._date_after(seqs, bounds.gt, lo, hi))
        if bounds.lt is not None:
            hi = min(hi, self._date_position(seqs, bounds.lt, lo, hi))
        if bounds.lte is not None:
            hi = min(hi, self._date_after(seqs, bounds.lte, lo, hi))
        hi = max(lo, hi)
        # The cursor narrows it again, by sequence number.
        if newer_than is not None:
            first = bisect.bisect_right(seqs, newer_than, lo, hi)
            a, b = first, min(hi, first + limit)
        else:
            last = hi if older_than is None else bisect.bisect_left(seqs, older_than, lo, hi)
            a, b = max(lo, last - limit), last
        window = [self._entries[seqs[i]] for i in range(b - 1, a - 1, -1)]
        older = None
        if a > lo:
            older = seqs[a] if a < len(seqs) else seqs[a - 1] + 1
        newer = None
        if b < hi:
            newer = seqs[b - 1] if b > 0 else seqs[b] - 1
        return Page(window, older, newer)

    def entries(self) -> Iterable[Entry]:
        """Every live event, oldest first."""
        return (
            self._entries[seq] for seq in range(self._first, self._next) if seq in self._entries
        )
