"""Cursor pagination and the incremental event reader, sync and async alike.

The reader tests run against an emulator of their own (served over HTTP), whose clock
they move: the session's shared emulator keeps real time for everyone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from close_api.api.events import list_events
from close_api.models import LeadCreate, LeadUpdate

from closeext import (
    AsyncClose,
    AsyncCursorPaginator,
    AsyncEventReader,
    Close,
    CursorPaginator,
    EventBookmark,
    EventReader,
)
from closeext.emulator import EmulatorApp, ServerThread, create_app

from .conftest import collect, resolve

KEY = "events-reader-key"


class FakeCursorList:
    """A cursor list over ``total`` items; ``loop`` makes it hand out one cursor for ever."""

    def __init__(self, total: int, *, loop: bool = False) -> None:
        self.items = list(range(total))
        self.loop = loop
        self.calls: list[tuple[str | None, int]] = []

    def fetch(self, cursor: str | None, limit: int) -> tuple[list[int], str | None]:
        self.calls.append((cursor, limit))
        start = int(cursor or 0)
        page = self.items[start : start + limit]
        end = start + len(page)
        if self.loop:
            return page, "0"
        return page, (str(end) if end < len(self.items) else None)

    async def afetch(self, cursor: str | None, limit: int) -> tuple[list[int], str | None]:
        return self.fetch(cursor, limit)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_cursor_paginator_follows_cursor_next_to_the_end(kind: str) -> None:
    source = FakeCursorList(7)
    pager: Any = (
        CursorPaginator(source.fetch, page_size=3)
        if kind == "sync"
        else AsyncCursorPaginator(source.afetch, page_size=3)
    )
    assert await collect(pager) == list(range(7))
    assert source.calls == [(None, 3), ("3", 3), ("6", 3)]
    # A repeated cursor ends the walk instead of looping; max_items stops early.
    looping = FakeCursorList(10, loop=True)
    walk: Any = (
        CursorPaginator(looping.fetch, page_size=2)
        if kind == "sync"
        else AsyncCursorPaginator(looping.afetch, page_size=2)
    )
    assert await collect(walk) == [0, 1, 0, 1]
    short: Any = (
        CursorPaginator(source.fetch, page_size=5, max_items=4)
        if kind == "sync"
        else AsyncCursorPaginator(source.afetch, page_size=5, max_items=4)
    )
    assert await collect(short) == [0, 1, 2, 3]
    with pytest.raises(ValueError):
        CursorPaginator(source.fetch, page_size=0)


def test_the_event_list_declares_cursor_pagination() -> None:
    assert (list_events.PAGINATION, list_events.MAX_LIMIT) == ("cursor", 50)
    with (
        Close("k", base_url="http://127.0.0.1:9/api/v1/") as close,
        pytest.raises(TypeError, match="cursor"),
    ):
        close.paginate(list_events)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[EmulatorApp, ServerThread]]:
    app = create_app(api_keys=[KEY])
    with ServerThread(app) as thread:
        yield app, thread


@pytest.fixture(params=["sync", "async"])
async def setup(
    request: pytest.FixtureRequest, server: tuple[EmulatorApp, ServerThread]
) -> AsyncIterator[tuple[Any, Any, Any]]:
    """(client, reader class, emulator clock) on a freshly reset emulator."""
    app, thread = server
    app.state.emulator.reset()
    clock = app.state.emulator.clock
    if request.param == "sync":
        with Close(KEY, base_url=thread.base_url) as close:
            yield close, EventReader, clock
    else:
        async with AsyncClose(KEY, base_url=thread.base_url) as aclose:
            yield aclose, AsyncEventReader, clock


async def test_the_facade_pages_the_event_log_with_its_cursor(setup: Any) -> None:
    client, _, _ = setup
    for number in range(5):
        await resolve(client.leads.create(body=LeadCreate(name=f"L{number}")))
    events = await collect(
        client.events.paginate(page_size=2, object_type="lead", action="created")
    )
    assert [event.data.additional_properties["name"] for event in events] == [
        "L4",
        "L3",
        "L2",
        "L1",
        "L0",
    ]


async def test_a_reader_returns_everything_once_oldest_first_with_a_bookmark(setup: Any) -> None:
    client, reader_class, clock = setup
    reader = reader_class(client, page_size=2, object_type="lead", action="created")
    for number in range(3):
        await resolve(client.leads.create(body=LeadCreate(name=f"L{number}")))
    batch = await resolve(reader.read())
    assert [event.data.additional_properties["name"] for event in batch] == ["L0", "L1", "L2"]
    assert batch.bookmark.moment == max(event.date_updated for event in batch)
    assert set(batch.bookmark.seen) == {event.id for event in batch}
    # Nothing new: the overlap is read again, and nothing is handed out twice.
    again = await resolve(reader.read(batch.bookmark))
    assert list(again) == [] and again.bookmark == batch.bookmark
    clock.advance(dt.timedelta(minutes=1))
    await resolve(client.leads.create(body=LeadCreate(name="L3")))
    later = await resolve(reader.read(again.bookmark))
    assert [event.data.additional_properties["name"] for event in later] == ["L3"]
    # The bookmark survives JSON.
    assert EventBookmark.from_dict(later.bookmark.to_dict()) == later.bookmark


async def test_a_reader_rereads_the_last_five_minutes_before_its_bookmark(setup: Any) -> None:
    client, reader_class, clock = setup
    reader = reader_class(client)
    early = await resolve(client.leads.create(body=LeadCreate(name="early")))
    clock.advance(dt.timedelta(minutes=3))
    late = await resolve(client.leads.create(body=LeadCreate(name="late")))
    everything = await resolve(reader.read())
    late_events = [e for e in everything if e.lead_id == late.id]
    # A bookmark that saw only the late lead: the early one (3 minutes before) was in
    # the overlap, so an event that reached the log late is still read, once.
    bookmark = EventBookmark(
        moment=max(e.date_updated for e in late_events),
        seen={e.id: e.date_updated for e in late_events},
    )
    caught = await resolve(reader.read(bookmark))
    assert {e.lead_id for e in caught} == {early.id}
    assert len(caught) == 2  # the lead and its Created activity
    # Beyond the overlap nothing older is read again.
    clock.advance(dt.timedelta(minutes=10))
    await resolve(client.leads.update(late.id, body=LeadUpdate.from_dict({"name": "later"})))
    newest = await resolve(reader.read(caught.bookmark))
    assert [(e.object_type, e.action) for e in newest] == [("lead", "updated")]
    assert newest[0].changed_fields == ["name", "display_name"]
    assert newest.bookmark.moment > caught.bookmark.moment
    assert set(newest.bookmark.seen) == {newest[0].id}


def test_a_reader_starts_from_a_moment_too(server: tuple[EmulatorApp, ServerThread]) -> None:
    app, thread = server
    app.state.emulator.reset()
    with Close(KEY, base_url=thread.base_url) as close:
        close.leads.create(body=LeadCreate(name="before"))
        app.state.emulator.clock.advance(dt.timedelta(hours=1))
        start = app.state.emulator.clock.now()
        close.leads.create(body=LeadCreate(name="after"))
        batch = EventReader(close, object_type="lead", action="created").read(start)
        assert [e.data.additional_properties["name"] for e in batch] == ["after"]
        with pytest.raises(ValueError):
            EventReader(close, overlap=dt.timedelta(minutes=-1))
