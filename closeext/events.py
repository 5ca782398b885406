"""Reading Close's event log incrementally: everything since a bookmark, each event once.

Close keeps 30 days of events (``GET /event/``) and recommends re-reading the last five
minutes on every pass, because events can appear in the log a little after the moment
they carry. :class:`EventReader` does exactly that::

    reader = EventReader(close, object_type="lead", action="deleted")
    bookmark = None                      # or EventBookmark.from_dict(saved)
    while True:
        batch = reader.read(bookmark)
        for event in batch:              # oldest first, never one twice
            handle(event)
        bookmark = batch.bookmark        # persist bookmark.to_dict() between runs

A read asks for every event whose ``date_updated`` is at or after the bookmark's moment
minus the overlap (five minutes), pages through them with the event log's cursor, and
skips the ones the bookmark already saw. The bookmark remembers the ids (and
``date_updated``) of the events of its last overlap window, so an event is yielded once
per version: an event Close consolidated later (same id, newer ``date_updated``) is
yielded again, since it says more than before.

A batch holds the events of one pass in memory, oldest first (the log answers newest
first; the reader turns the order round so changes can be applied as they happened).
:class:`AsyncEventReader` is the asyncio twin.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from close_api.models import Event

    from ._client import AsyncClose, Close

__all__ = ["OVERLAP", "AsyncEventReader", "EventBatch", "EventBookmark", "EventReader"]

#: How far back every read starts before the bookmark, as Close recommends.
OVERLAP: Final = timedelta(minutes=5)


def _moment(value: datetime | str) -> datetime:
    """An event's timestamp as an aware UTC datetime (Close sends it naive, in UTC)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class EventBookmark:
    """Where an incremental reader stands.

    ``moment`` is the newest ``date_updated`` read so far (``None``: nothing read yet);
    ``seen`` maps the ids of the events read within the overlap before it to their
    ``date_updated``, so the next read can skip them. Persist it with :meth:`to_dict`.
    """

    moment: datetime | None = None
    seen: Mapping[str, datetime] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"moment": iso or None, "seen": {id: iso}}``."""
        return {
            "moment": None if self.moment is None else self.moment.isoformat(),
            "seen": {event_id: moment.isoformat() for event_id, moment in self.seen.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventBookmark:
        """The bookmark :meth:`to_dict` wrote."""
        raw = data.get("moment")
        seen = data.get("seen") or {}
        return cls(
            moment=None if raw is None else _moment(str(raw)),
            seen={str(k): _moment(str(v)) for k, v in dict(seen).items()},
        )


@dataclass(frozen=True)
class EventBatch(Sequence["Event"]):
    """The new events of one read, oldest first, and the bookmark to read on from."""

    events: tuple[Event, ...]
    bookmark: EventBookmark

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: Any) -> Any:
        return self.events[index]

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)


class _Pass:
    """One read's bookkeeping, shared by the sync and the async reader."""

    def __init__(self, bookmark: EventBookmark | datetime | None, overlap: timedelta) -> None:
        if isinstance(bookmark, datetime):
            bookmark = EventBookmark(moment=_moment(bookmark))
        self.bookmark = bookmark or EventBookmark()
        self.overlap = overlap
        self.fresh: list[Event] = []
        self._taken: set[tuple[str, datetime]] = set()

    def since(self) -> datetime | None:
        """The ``date_updated__gte`` bound of this read (``None``: the whole log)."""
        moment = self.bookmark.moment
        return None if moment is None else moment - self.overlap

    def accept(self, event: Event) -> None:
        moment = _moment(event.date_updated)
        key = (event.id, moment)
        if self.bookmark.seen.get(event.id) == moment or key in self._taken:
            return  # read by an earlier pass (or earlier in this one)
        self._taken.add(key)
        self.fresh.append(event)

    def batch(self) -> EventBatch:
        # The log answers newest first: turn the order round, keeping one object's
        # events in their true order.
        events = tuple(reversed(self.fresh))
        moments = [_moment(event.date_updated) for event in events]
        newest = max(
            [*moments, *([self.bookmark.moment] if self.bookmark.moment else [])], default=None
        )
        if newest is None:
            return EventBatch(events, self.bookmark)
        start = newest - self.overlap
        seen = {k: v for k, v in self.bookmark.seen.items() if v >= start}
        seen.update({e.id: m for e, m in zip(events, moments, strict=True) if m >= start})
        return EventBatch(events, EventBookmark(moment=newest, seen=seen))


def _filters(since: datetime | None, filters: Mapping[str, Any]) -> dict[str, Any]:
    found = dict(filters)
    if since is not None:
        found["date_updated_gte"] = since
    return found


class EventReader:
    """Reads a :class:`~closeext.Close` client's event log incrementally (module docstring).

    ``filters`` are the event log's own (``object_type=``, ``action=``, ``lead_id=``,
    ``user_id=``, ``object_id=``, ``request_id=``), in the combinations Close allows;
    ``page_size`` defaults to the largest page the spec allows (50).
    """

    def __init__(
        self,
        close: Close,
        *,
        overlap: timedelta = OVERLAP,
        page_size: int | None = None,
        **filters: str,
    ) -> None:
        if overlap < timedelta(0):
            raise ValueError("overlap cannot be negative")
        self._close = close
        self._overlap = overlap
        self._page_size = page_size
        self._filters = filters

    def read(self, bookmark: EventBookmark | datetime | None = None) -> EventBatch:
        """Every event since ``bookmark`` (a :class:`EventBookmark`, a moment, or ``None`` for
        the whole log) not read before, oldest first, with the new bookmark."""
        state = _Pass(bookmark, self._overlap)
        events: Iterable[Event] = self._close.events.paginate(
            page_size=self._page_size, **_filters(state.since(), self._filters)
        )
        for event in events:
            state.accept(event)
        return state.batch()


class AsyncEventReader:
    """The asyncio twin of :class:`EventReader`: ``await reader.read(bookmark)``."""

    def __init__(
        self,
        close: AsyncClose,
        *,
        overlap: timedelta = OVERLAP,
        page_size: int | None = None,
        **filters: str,
    ) -> None:
        if overlap < timedelta(0):
            raise ValueError("overlap cannot be negative")
        self._close = close
        self._overlap = overlap
        self._page_size = page_size
        self._filters = filters

    async def read(self, bookmark: EventBookmark | datetime | None = None) -> EventBatch:
        """See :meth:`EventReader.read`."""
        state = _Pass(bookmark, self._overlap)
        events: AsyncIterable[Event] = self._close.events.paginate(
            page_size=self._page_size, **_filters(state.since(), self._filters)
        )
        async for event in events:
            state.accept(event)
        return state.batch()
