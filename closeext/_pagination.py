"""Offset pagination (``_skip``/``_limit``/``has_more``), declared once for every endpoint.

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

Page size: each endpoint has its own maximum ``_limit`` (a larger one is a 400). 100
is safe everywhere; leads allow 200; users and custom field definitions 1000. Pick
with :func:`page_size_for` and the :data:`MAX_PAGE_SIZES` table (or your own).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZES",
    "AsyncOffsetPaginator",
    "OffsetPaginator",
    "page_size_for",
]

T = TypeVar("T")

Page = tuple[Sequence[T], bool]
"""One page: its items and Close's ``has_more``."""

DEFAULT_PAGE_SIZE = 100
"""Accepted by every offset-paginated Close endpoint."""

MAX_PAGE_SIZES: Mapping[str, int] = {
    # The maximum `_limit` of each offset-paginated list operation, as the pinned spec
    # declares it (keyed by operationId, which is also the generated module's name).
    "list_leads": 200,
    "list_contacts": 100,
    "list_opportunities": 250,
    "list_lead_custom_fields": 1000,
    "list_contact_custom_fields": 1000,
    "list_opportunity_custom_fields": 1000,
    "list_activity_custom_fields": 1000,
    "list_custom_object_custom_fields": 1000,
    "list_custom_objects": 100,
    "list_custom_activities": 100,
    "list_users": 1000,
}
"""Maximum ``_limit`` per list operation; one not listed gets :data:`DEFAULT_PAGE_SIZE`."""


def page_size_for(
    key: str,
    limits: Mapping[str, int] = MAX_PAGE_SIZES,
    *,
    requested: int | None = None,
    default: int = DEFAULT_PAGE_SIZE,
) -> int:
    """The page size to use for ``key`` (a list path or an operation name).

    Without ``requested``: the largest size ``limits`` allows for ``key`` (fewest
    round trips), else ``default``. With it: ``requested``, lowered to that maximum.
    """
    maximum = limits.get(key, default)
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
