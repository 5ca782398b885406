"""The two pagination styles of Close's list endpoints, each declared once for every endpoint.

**Offset** (``_skip``/``_limit``/``has_more``): most lists. **Cursor** (``_cursor``/``_limit``
and ``cursor_next``): the event log, whose answers carry the cursor of the next (older) page,
``null`` at the end. The generated module of every paginated list declares which style it
uses as ``PAGINATION`` (``"offset"`` or ``"cursor"``), and the generated facade's
``paginate…`` methods call the matching pager (:data:`PAGER` / :data:`ASYNC_PAGER`).

Offset pagination in detail:

Close's list endpoints answer ``{"data": [...], "has_more": bool}``. An endpoint wrapper
supplies one callable that fetches a page, ``fetch(skip, limit) -> (items, has_more)``
(or an async one), and gets back an iterator over the items::

    for lead in OffsetPaginator(fetch_leads, page_size=200):
        ...
    async for lead in AsyncOffsetPaginator(afetch_leads, page_size=200):
        ...

Pages are fetched lazily, one at a time, so memory stays constant however long the
list. Iteration stops on ``has_more: false``, and also on an empty page even if the
server claims there is more, so a confused server cannot make us loop for ever.

The offset advances by the number of items actually received, not by the page size
asked for: if Close caps the page lower than requested, nothing is skipped.

Page size: each endpoint has its own maximum ``_limit`` (a larger one is a 400). The
generated module of every offset-paginated list carries the spec's maximum as
``MAX_LIMIT`` (``close_api.api.leads.list_leads.MAX_LIMIT == 200``); :func:`page_size_for`
picks from it, so no maximum is ever copied by hand.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from types import ModuleType
from typing import Final, Generic, TypeVar

__all__ = [
    "ASYNC_PAGER",
    "DEFAULT_PAGE_SIZE",
    "PAGER",
    "AsyncCursorPaginator",
    "AsyncOffsetPaginator",
    "AsyncPagers",
    "CursorPaginator",
    "OffsetPaginator",
    "Pagers",
    "async_cursor_pager",
    "async_offset_pager",
    "max_limit_of",
    "offset_pager",
    "page_size_for",
    "pagination_of",
]

T = TypeVar("T")

Page = tuple[Sequence[T], bool]
"""One page: its items and Close's ``has_more``."""

CursorPage = tuple[Sequence[T], str | None]
"""One page of a cursor list: its items and the cursor of the next page (``None``: last)."""

DEFAULT_PAGE_SIZE = 100
"""Used for a list operation that declares no maximum ``_limit``."""


def max_limit_of(op: object, default: int = DEFAULT_PAGE_SIZE) -> int:
    """The spec's maximum ``_limit`` of a generated list operation (module or function).

    The generated module declares it as ``MAX_LIMIT``; an operation without one (or an
    arbitrary callable) gets ``default``.
    """
    module = op if isinstance(op, ModuleType) else sys.modules.get(getattr(op, "__module__", ""))
    value = getattr(module, "MAX_LIMIT", None)
    return value if isinstance(value, int) and value > 0 else default


def pagination_of(op: object) -> str | None:
    """The pagination style a generated list operation declares: ``"offset"``,
    ``"cursor"``, or ``None`` for an operation that is not paginated."""
    module = op if isinstance(op, ModuleType) else sys.modules.get(getattr(op, "__module__", ""))
    value = getattr(module, "PAGINATION", None)
    return value if value in ("offset", "cursor") else None


def page_size_for(maximum: int, requested: int | None = None) -> int:
    """The page size to ask: ``maximum`` (fewest round trips), or ``requested`` lowered to it."""
    if requested is None:
        return maximum
    if requested < 1:
        raise ValueError(f"page size must be at least 1, got {requested}")
    return min(requested, maximum)


class _OffsetState(Generic[T]):
    """Where a walk through an offset-paginated list stands; shared by sync and async."""

    def __init__(self, page_size: int, start: int, max_items: int | None) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if start < 0:
            raise ValueError(f"start must be >= 0, got {start}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        self._page_size = page_size
        self._skip = start
        self._left = max_items
        self._done = max_items == 0

    def next_request(self) -> tuple[int, int] | None:
        """``(skip, limit)`` of the next page to fetch, or None when the walk is over."""
        if self._done:
            return None
        limit = self._page_size if self._left is None else min(self._page_size, self._left)
        return self._skip, limit

    def accept(self, page: Page[T]) -> Sequence[T]:
        """Take a fetched page; return the items to hand out."""
        items, has_more = page
        if not items or not has_more:
            # An empty page ends the walk even when has_more says otherwise.
            self._done = True
        self._skip += len(items)
        if self._left is not None:
            items = items[: self._left]
            self._left -= len(items)
            if self._left == 0:
                self._done = True
        return items


class OffsetPaginator(Generic[T]):
    """Iterate every item of an offset-paginated list, fetching pages as needed.

    ``fetch(skip, limit)`` returns ``(items, has_more)``. ``start`` is the first offset;
    ``max_items`` stops after that many items. Each ``iter()`` starts a fresh walk.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Page[T]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start: int = 0,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._args = (page_size, start, max_items)
        _OffsetState[T](*self._args)  # validate now rather than at the first page

    def __iter__(self) -> Iterator[T]:
        state = _OffsetState[T](*self._args)
        while (request := state.next_request()) is not None:
            yield from state.accept(self._fetch(*request))


class AsyncOffsetPaginator(Generic[T]):
    """The async twin of :class:`OffsetPaginator`: ``fetch`` is awaited, use ``async for``."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Page[T]]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start: int = 0,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._args = (page_size, start, max_items)
        _OffsetState[T](*self._args)

    async def __aiter__(self) -> AsyncIterator[T]:
        state = _OffsetState[T](*self._args)
        while (request := state.next_request()) is not None:
            for item in state.accept(await self._fetch(*request)):
                yield item


def offset_pager(
    fetch: Callable[[int, int], Page[T]], max_limit: int, page_size: int | None, /
) -> OffsetPaginator[T]:
    """The generated facade's ``Pager``: ``paginate`` methods call this with the spec's maximum."""
    return OffsetPaginator(fetch, page_size=page_size_for(max_limit, page_size))


def async_offset_pager(
    fetch: Callable[[int, int], Awaitable[Page[T]]], max_limit: int, page_size: int | None, /
) -> AsyncOffsetPaginator[T]:
    """The generated facade's ``AsyncPager``; see :func:`offset_pager`."""
    return AsyncOffsetPaginator(fetch, page_size=page_size_for(max_limit, page_size))


# -- cursor pagination ------------------------------------------------------------------


class _CursorState(Generic[T]):
    """Where a walk through a cursor-paginated list stands; shared by sync and async."""

    def __init__(self, page_size: int, cursor: str | None, max_items: int | None) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        self._page_size = page_size
        self._cursor = cursor
        self._left = max_items
        self._done = max_items == 0
        self._seen: set[str] = set()

    def next_request(self) -> tuple[str | None, int] | None:
        """``(cursor, limit)`` of the next page to fetch, or None when the walk is over."""
        if self._done:
            return None
        limit = self._page_size if self._left is None else min(self._page_size, self._left)
        return self._cursor, limit

    def accept(self, page: CursorPage[T]) -> Sequence[T]:
        """Take a fetched page; return the items to hand out."""
        items, cursor = page
        # The end: no next cursor, an empty page, or a cursor handed out before (a
        # confused server must not make us loop for ever).
        if not items or not cursor or cursor in self._seen:
            self._done = True
        else:
            self._seen.add(cursor)
            self._cursor = cursor
        if self._left is not None:
            items = items[: self._left]
            self._left -= len(items)
            if self._left == 0:
                self._done = True
        return items


class CursorPaginator(Generic[T]):
    """Iterate every item of a cursor-paginated list, fetching pages as needed.

    ``fetch(cursor, limit)`` returns ``(items, next_cursor)``; the first page is fetched
    with ``cursor`` (``None``: from the start). ``max_items`` stops after that many items.
    Each ``iter()`` starts a fresh walk.
    """

    def __init__(
        self,
        fetch: Callable[[str | None, int], CursorPage[T]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._args = (page_size, cursor, max_items)
        _CursorState[T](*self._args)  # validate now rather than at the first page

    def __iter__(self) -> Iterator[T]:
        state = _CursorState[T](*self._args)
        while (request := state.next_request()) is not None:
            yield from state.accept(self._fetch(*request))


class AsyncCursorPaginator(Generic[T]):
    """The async twin of :class:`CursorPaginator`: ``fetch`` is awaited, use ``async for``."""

    def __init__(
        self,
        fetch: Callable[[str | None, int], Awaitable[CursorPage[T]]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._args = (page_size, cursor, max_items)
        _CursorState[T](*self._args)

    async def __aiter__(self) -> AsyncIterator[T]:
        state = _CursorState[T](*self._args)
        while (request := state.next_request()) is not None:
            for item in state.accept(await self._fetch(*request)):
                yield item


def cursor_pager(
    fetch: Callable[[str | None, int], CursorPage[T]], max_limit: int, page_size: int | None, /
) -> CursorPaginator[T]:
    """What the generated facade's cursor ``paginate`` methods call, with the spec's maximum."""
    return CursorPaginator(fetch, page_size=page_size_for(max_limit, page_size))


def async_cursor_pager(
    fetch: Callable[[str | None, int], Awaitable[CursorPage[T]]],
    max_limit: int,
    page_size: int | None,
    /,
) -> AsyncCursorPaginator[T]:
    """The async twin of :func:`cursor_pager`."""
    return AsyncCursorPaginator(fetch, page_size=page_size_for(max_limit, page_size))


class Pagers:
    """The generated facade's ``Pager``: called for an offset list, ``.cursor`` for a cursor one."""

    def __call__(
        self, fetch: Callable[[int, int], Page[T]], max_limit: int, page_size: int | None, /
    ) -> OffsetPaginator[T]:
        return offset_pager(fetch, max_limit, page_size)

    def cursor(
        self,
        fetch: Callable[[str | None, int], CursorPage[T]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> CursorPaginator[T]:
        return cursor_pager(fetch, max_limit, page_size)


class AsyncPagers:
    """The generated facade's ``AsyncPager``; see :class:`Pagers`."""

    def __call__(
        self,
        fetch: Callable[[int, int], Awaitable[Page[T]]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> AsyncOffsetPaginator[T]:
        return async_offset_pager(fetch, max_limit, page_size)

    def cursor(
        self,
        fetch: Callable[[str | None, int], Awaitable[CursorPage[T]]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> AsyncCursorPaginator[T]:
        return async_cursor_pager(fetch, max_limit, page_size)


#: The pagers the clients hand the generated facade.
PAGER: Final = Pagers()
ASYNC_PAGER: Final = AsyncPagers()
