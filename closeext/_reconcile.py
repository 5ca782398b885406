"""Find records by key in a list that other writers change while we read it.

Offset pages shift when records are deleted: a plain ``_skip`` walk then silently skips
records, and a reconciler that trusts it creates an existing record again. This walk is
correct by construction for any list whose order is stable (each record keeps its place
relative to the others, as Close's and the emulator's lists do):

* every page after the first is fetched so that it starts a little *before* the end of
  the previous one, and must contain a record already seen (an anchor); since a page is
  a contiguous slice of the list at that moment, what follows the last anchor in it is
  exactly what follows that record in the list, however many records were added or
  deleted before it;
* when a page holds no record seen before (deletions moved everything back further than
  the overlap), the walk steps back a page and looks again; the head of the list (skip 0)
  needs no anchor, so stepping back always ends. A list that changes faster than it can
  be read ends in :class:`ReconcileError` rather than a guess.

So a record that exists during the whole walk is always seen, and "not found" is only
ever reported after a walk whose every page was anchored.
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
"""Bounds how often (times eight) a walk may step back before giving up on a changing list."""
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
        steps_back = 0
        start = 0
        for _ in range(_MAX_PAGES):
            records, has_more = await self._page(start, size)
            identities = [self._identity(record) for record in records]
            if start == 0:
                after = 0  # the head of the list needs no anchor
            else:
                anchor = self._last_seen(identities, seen)
                if anchor is None:
                    # Deletions moved everything we saw behind this page: look earlier.
                    steps_back += 1
                    if steps_back > self.max_restarts * 8:
                        raise ReconcileError(
                            f"the list kept changing: lost its place {steps_back} times"
                        )
                    start = max(0, start - (size - 1))
                    continue
                after = anchor + 1
            for identity, record in zip(identities[after:], records[after:], strict=True):
                if identity in seen:
                    continue
                seen.add(identity)
                key = self._key(record)
                if key in wanted:
                    found.setdefault(key, []).append(record)
            if not has_more or not records:
                return found
            start = max(0, start + len(records) - 1 - overlap)
        raise ReconcileError(f"the list did not end within {_MAX_PAGES} pages")

    @staticmethod
    def _last_seen(identities: list[Hashable], seen: set[Hashable]) -> int | None:
        for position in range(len(identities) - 1, -1, -1):
            if identities[position] in seen:
                return position
        return None

    async def _page(self, skip: int, limit: int) -> tuple[list[Any], bool]:
        try:
            parsed = await self.close.call(self.list_op, skip=skip, limit=limit, **self.list_kwargs)
        except CloseError as exc:
            raise ReconcileError(f"a list page failed: {exc}", cause=exc) from exc
        data = getattr(parsed, "data", None)
        if not isinstance(data, list):
            raise ReconcileError(f"{type(parsed).__name__} is not a paginated list response")
        return data, getattr(parsed, "has_more", False) is True

    def _identity(self, record: Any) -> Hashable:
        record_id = getattr(record, "id", None)
        return record_id if isinstance(record_id, str) and record_id else ("key", self._key(record))

    def _key(self, record: Any) -> Hashable:
        try:
            return self.key(record)
        except Exception as exc:
            message = f"the key function failed on a listed record: {exc!r}"
            raise ReconcileError(message, cause=exc) from exc
