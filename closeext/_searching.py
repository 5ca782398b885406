"""``close.search(query, fields=…)``: every hit of an Advanced Filtering query, lazily.

One cursor sequence of ``POST /data/search/`` returns at most 10,000 objects and each
cursor expires 30 seconds after it was issued. To get past both, the way Close documents,
the iterator sorts on ``date_created`` (ascending, a stable sort) and, when a sequence
ends at the cap or a cursor has expired, queries again from the last ``date_created`` it
saw (``on_or_after``), skipping the ids it already yielded at that moment (a "plateau" of
equal timestamps). So a search of one object type yields every match once, however many.

With a ``sort`` of your own (or a query that returns several object types) the
iterator cannot move the window: it stops after one sequence, and raises
:class:`SearchWindowError` if that sequence hit the cap rather than silently dropping
objects.

The paging decisions live in :class:`_SearchState`, shared by the sync and async
iterators, which differ only in how they send a request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Final

from ._errors import BadRequest
from ._helper_errors import CloseError
from ._query import Query, Sort

__all__ = ["AsyncSearchPaginator", "SearchPaginator", "SearchWindowError"]

#: Close returns at most this many objects through one cursor sequence.
SEQUENCE_CAP: Final = 10_000
#: The largest page Advanced Filtering serves.
MAX_PAGE: Final = 200

Body = dict[str, Any]
Page = Mapping[str, Any]


class SearchWindowError(CloseError):
    """A search hit the 10,000-object cap of one cursor sequence and cannot re-query
    past it (a custom ``sort``, or several object types)."""


def _query_dict(query: Query | Mapping[str, Any]) -> dict[str, Any]:
    return query.to_dict() if isinstance(query, Query) else dict(query)


def _returned_types(query: Mapping[str, Any]) -> list[str]:
    return list(Query(query).object_types)


class _SearchState:
    """What to ask for next, and what of an answer to yield (no I/O)."""

    def __init__(
        self,
        query: Query | Mapping[str, Any],
        *,
        fields: Mapping[str, Sequence[str]] | None,
        sort: Sequence[Sort | Mapping[str, Any]] | None,
        page_size: int | None,
        limit: int | None,
    ) -> None:
        self.query = _query_dict(query)
        types = _returned_types(self.query)
        self.page_size = max(1, min(MAX_PAGE, page_size or MAX_PAGE))
        self.limit = limit
        self.user_fields = {k: list(v) for k, v in fields.items()} if fields is not None else None
        # The window moves only on our own stable sort, over one object type.
        self.windowed = sort is None and len(types) == 1
        self.object_type = types[0] if len(types) == 1 else None
        if self.windowed:
            created = {
                "type": "regular_field",
                "object_type": self.object_type,
                "field_name": "date_created",
            }
            self.sort: list[dict[str, Any]] = [{"direction": "asc", "field": created}]
        else:
            self.sort = [s.to_dict() if isinstance(s, Sort) else dict(s) for s in sort or ()]
        self.yielded = 0
        self.cursor: str | None = None
        self.in_sequence = 0
        self.since: str | None = None  # date_created the current window starts at
        self.last: str | None = None  # date_created of the last hit yielded
        self.at_last: set[str] = set()  # ids already yielded with date_created == last
        self.done = limit == 0

    # -- requests ----------------------------------------------------------------------

    def _window_query(self) -> dict[str, Any]:
        if self.since is None:
            return self.query
        created = {
            "type": "regular_field",
            "object_type": self.object_type,
            "field_name": "date_created",
        }
        moment = {"type": "fixed_utc", "value": self.since}
        condition = {"type": "moment_range", "on_or_after": moment, "before": None}
        window = {"type": "field_condition", "field": created, "condition": condition}
        return {"type": "and", "queries": [self.query, window]}

    def _fields(self) -> dict[str, list[str]] | None:
        if not self.windowed:
            return self.user_fields
        assert self.object_type is not None
        fields = dict(self.user_fields or {})
        wanted = list(fields.get(self.object_type, ["id"]))
        for name in ("id", "date_created"):
            if name not in wanted:
                wanted.append(name)
        fields[self.object_type] = wanted
        return fields

    def next_body(self) -> Body | None:
        """The next request's body, or ``None`` when everything was yielded."""
        if self.done:
            return None
        body: Body = {"query": self._window_query(), "_limit": self.page_size}
        if self.sort:
            body["sort"] = self.sort
        fields = self._fields()
        if fields is not None:
            body["_fields"] = fields
        if self.cursor is not None:
            body["cursor"] = self.cursor
        return body

    # -- answers -----------------------------------------------------------------------

    def accept(self, page: Page) -> list[dict[str, Any]]:
        """The hits of ``page`` to yield, as the caller asked for them."""
        hits: list[dict[str, Any]] = []
        for hit in page.get("data") or []:
            self.in_sequence += 1
            if self.windowed and not self._new(hit):
                continue
            hits.append(self._as_asked(hit))
            self.yielded += 1
            if self.limit is not None and self.yielded >= self.limit:
                self.done = True
                return hits
        cursor = page.get("cursor")
        if cursor:
            self.cursor = str(cursor)
            return hits
        self.cursor = None
        if self.in_sequence < SEQUENCE_CAP:
            self.done = True
        elif not self.windowed:
            raise SearchWindowError(
                "The search returned the 10,000 objects one cursor sequence allows and "
                "cannot re-query past them with a custom sort or several object types; "
                "narrow the query (for example by a date range) and search again."
            )
        else:
            self._next_window(progressed=bool(hits))
        return hits

    def restart(self) -> None:
        """Start a new sequence from the last ``date_created`` (after a cursor expired)."""
        if not self.windowed:
            raise SearchWindowError(
                "A search cursor expired (they last 30 seconds) and a search with a custom "
                "sort or several object types cannot resume; read pages faster or narrow it."
            )
        self.cursor = None
        self._next_window(progressed=True)

    def _new(self, hit: Mapping[str, Any]) -> bool:
        """Whether a hit was not yielded yet (a new window repeats the last plateau)."""
        created = hit.get("date_created")
        object_id = str(hit.get("id"))
        if not isinstance(created, str):
            return True
        if created == self.last and object_id in self.at_last:
            return False
        if created != self.last:
            self.last, self.at_last = created, set()
        self.at_last.add(object_id)
        return True

    def _next_window(self, *, progressed: bool) -> None:
        if not progressed:
            raise SearchWindowError(
                "More than 10,000 objects share one date_created: the search cannot move "
                "its window past them; narrow the query."
            )
        self.since = self.last
        self.in_sequence = 0

    def _as_asked(self, hit: Mapping[str, Any]) -> dict[str, Any]:
        """Drop the keys the iterator added for itself."""
        out = dict(hit)
        if not self.windowed:
            return out
        asked = (self.user_fields or {}).get(str(hit.get("__object_type")))
        if asked is None:
            return {key: out[key] for key in ("__object_type", "id") if key in out}
        if "_all" in asked:
            return out
        return {
            key: value
            for key, value in out.items()
            if key in ("__object_type", *asked) or ("custom" in asked and key.startswith("custom."))
        }


def _is_expired_cursor(error: BadRequest) -> bool:
    body = error.body if isinstance(error.body, Mapping) else {}
    message = str(body.get("error", "")).casefold()
    return "cursor" in message and "expired" in message


class SearchPaginator:
    """Iterates every hit of a search, one page in memory (see the module docstring).

    Each hit is a dict: ``__object_type``, and the properties ``fields`` asked for that
    type (else ``id``).
    """

    def __init__(self, fetch: Callable[[Body], Page], state: _SearchState) -> None:
        self._fetch = fetch
        self._state = state

    def __iter__(self) -> Iterator[dict[str, Any]]:
        state = self._state
        while (body := state.next_body()) is not None:
            try:
                page = self._fetch(body)
            except BadRequest as error:
                if state.cursor is None or not _is_expired_cursor(error):
                    raise
                state.restart()
                continue
            yield from state.accept(page)


class AsyncSearchPaginator:
    """``async for`` over every hit of a search; see :class:`SearchPaginator`."""

    def __init__(self, fetch: Callable[[Body], Awaitable[Page]], state: _SearchState) -> None:
        self._fetch = fetch
        self._state = state

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        state = self._state
        while (body := state.next_body()) is not None:
            try:
                page = await self._fetch(body)
            except BadRequest as error:
                if state.cursor is None or not _is_expired_cursor(error):
                    raise
                state.restart()
                continue
            for hit in state.accept(page):
                yield hit
