"""Find records by key in a list that other writers change while we read it.

Offset pages shift when records are deleted: a plain ``_skip`` walk then silently skips
records, and a reconciler that trusts it creates an existing record again. This walk is
correct by construction for any list whose order is stable (each record keeps its place
relative to the others, as Close's and the emulator's lists do):

* every page after the first is fetched so that it starts a little *before* the last
  record seen (the anchor), and must contain the anchor; what follows the anchor in the
  page is then exactly what follows it in the list at that moment, however many records
  were added or deleted before it;
* when the anchor is gone from the page (deleted, or shifted further than the overlap),
  the walk starts again from the top, keeping what it found; after a few such restarts
  it gives up with :class:`ReconcileError` rather than guess.

So a record that exists during the whole walk is always seen, and "not found" is only
ever reported after a walk whose every page boundary was checked.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._helper_errors import CloseError

if TYPE_CHECKING:
    from ._client import AsyncClose

__all__ = ["DEFAULT_MAX_RESTARTS", "ListWalk", "ReconcileError"]

DEFAULT_MAX_RESTARTS = 8
"""Walks started over (the anchor vanished) before giving up on a changing list."""
_MAX_PAGES = 100_000  # a list that grows faster than we read must still end


class ReconcileError(CloseError):
    """Reconciliation could not settle some records, which are left as they were.

    ``cause`` is what stopped it: a list page that failed (a typed closeext error), a
    ``key`` function that raised, or None when the list kept changing under the walk.
    """

    def __init__(self, message: str, *, cause: BaseException | None = None) -> None:
        self.cause = cause
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.cause))


def _rebuild(message: str, cause: BaseException | None) -> ReconcileError:
    return ReconcileError(message, cause=cause)


@dataclass
class ListWalk:
    """One anchored walk over ``list_op`` looking for the records whose key is wanted."""

    close: AsyncClose
    list_op: Any
    key: Callable[[Any], Hashable]
    list_kwargs: Mapping[str, Any]
    page_size: int
    max_restarts: int = DEFAULT_MAX_RESTARTS

    async def find(self, wanted: set[Hashable]) -> dict[Hashable, list[Any]]:
        """Every listed record whose key is in ``wanted``, grouped by key (each once).

        Raises :class:`ReconcileError` when a page fails or the list will not hold still.
        """
        found: dict[Hashable, list[Any]] = {}
        seen: set[Hashable] = set()
        size = max(self.page_size, 4)
        overlap = max(1, size // 4)  # how far back a page reaches, to absorb deletions
        restarts = 0
        skip = 0
        anchor: Hashable | None = None
        for _ in range(_MAX_PAGES):
            start = max(0, skip - 1 - overlap) if anchor is not None else 0
            records, has_more = await self._page(start, size)
            fresh = records
            if anchor is not None:
                position = self._position(records, anchor)
                if position is None:
                    restarts += 1
                    if restarts > self.max_restarts:
                        raise ReconcileError(
                            f"the list kept changing: {restarts} walks lost their place"
                        )
                    skip, anchor = 0, None
                    continue
                fresh = records[position + 1 :]
            for record in fresh:
                identity = self._identity(record)
                if identity in seen:
                    continue
                seen.add(identity)
                key = self._key(record)
                if key in wanted:
                    found.setdefault(key, []).append(record)
            if not has_more or not records:
                return found
            anchor = self._identity(records[-1])
            skip = start + len(records)
        raise ReconcileError(f"the list did not end within {_MAX_PAGES} pages")

    async def _page(self, skip: int, limit: int) -> tuple[list[Any], bool]:
        try:
            parsed = await self.close.call(
                self.list_op, field_skip=skip, field_limit=limit, **self.list_kwargs
            )
        except CloseError as exc:
            raise ReconcileError(f"a list page failed: {exc}", cause=exc) from exc
        data = getattr(parsed, "data", None)
        if not isinstance(data, list):
            raise ReconcileError(f"{type(parsed).__name__} is not a paginated list response")
        return data, getattr(parsed, "has_more", False) is True

    def _position(self, records: list[Any], anchor: Hashable) -> int | None:
        for position, record in enumerate(records):
            if self._identity(record) == anchor:
                return position
        return None

    def _identity(self, record: Any) -> Hashable:
        record_id = getattr(record, "id", None)
        return record_id if isinstance(record_id, str) and record_id else ("key", self._key(record))

    def _key(self, record: Any) -> Hashable:
        try:
            return self.key(record)
        except Exception as exc:
            message = f"the key function failed on a listed record: {exc!r}"
            raise ReconcileError(message, cause=exc) from exc
