"""Create or update many records with bounded concurrency, one result per record.

:func:`bulk` runs one generated operation over many argument sets on an
:class:`~closeext.AsyncClose`. At most ``concurrency`` requests are in flight; the
client's transport paces them to Close's rate limit and retries only what is safe to
retry, so a run under faults never writes a record twice. Every record gets a
:class:`BulkResult`: its value, or the error that stopped it — nothing is silently lost.
Inputs are consumed lazily, so a generator of a million records needs no list of them.

Creating records is not idempotent, and Close has no idempotency keys: when a create
fails without a clear answer — the connection dropped after the request was sent, or a
5xx — it may or may not have happened. Retrying blindly could write it twice; giving up
could lose it. Given a :class:`Reconciler` (how to list the records, and a key that
identifies one), :func:`bulk` settles those records after the run: it walks the list once
(an anchored walk that other writers cannot fool, see ``_reconcile``), counts the ones it
finds as written, and creates the rest again, for a few rounds. Without one, such records
are reported as failed, never retried. When reconciliation itself fails (a list page
fails, the list will not hold still), the run still returns every result: the records
it could not settle keep their error and carry the :class:`ReconcileError` in
``reconcile_error``.

The run always ends and always returns one result per record: an exception that is not
a closeext error (a typo in one item's keyword arguments, say) becomes that record's
``error``, not a hang or a lost run.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import ServerError, TransportError, UnexpectedResponse
from ._helper_errors import ConfigurationError
from ._pagination import max_limit_of, page_size_for
from ._reconcile import ListWalk, ReconcileError

if TYPE_CHECKING:
    from ._client import AsyncClose

__all__ = ["BulkResult", "ReconcileError", "Reconciler", "bulk", "bulk_iter"]

T = TypeVar("T")
DEFAULT_CONCURRENCY = 8
DEFAULT_RECONCILE_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[T]):
    """The outcome of one record: ``value`` when written, ``error`` when not."""

    index: int
    """Position of the record in the input."""
    arguments: Mapping[str, Any]
    """The keyword arguments the operation was called with (``body=``, ids, …)."""
    value: T | None = None
    error: Exception | None = None
    """What stopped the record: a :class:`~closeext.CloseError` from Close or the
    connection, or any other exception its call raised (a ``TypeError`` for a bad
    keyword argument, say)."""
    reconciled: bool = False
    """True when the first attempt's outcome was uncertain and reconciliation settled it:
    the record was found in the list, or (not found) created again."""
    reconcile_error: ReconcileError | None = None
    """Set on an uncertain record that reconciliation could not settle, and why."""

    @property
    def ok(self) -> bool:
        """True when the record was written."""
        return self.error is None

    @property
    def uncertain(self) -> bool:
        """A failure that may have been written anyway (no clear answer from Close)."""
        return isinstance(self.error, TransportError | ServerError | UnexpectedResponse)

    @property
    def unsettled(self) -> bool:
        """An uncertain record that reconciliation tried and failed to settle."""
        return self.reconcile_error is not None


@dataclass(frozen=True, slots=True)
class Reconciler:
    """How :func:`bulk` finds out whether an uncertain create happened.

    ``list_op`` is the generated list operation of the same records (e.g.
    ``close_api.api.leads.list_leads``) with ``list_kwargs`` (e.g. ``{"lead_id": …}``);
    ``key`` maps a record — a listed one, or the ``body`` of a create — to something that
    identifies it, such as an external id kept in a custom field or a unique name. Keys
    must be unique among the records of one run; records whose key is not are reported
    as failed rather than guessed at.
    """

    list_op: Any
    key: Callable[[Any], Hashable]
    list_kwargs: Mapping[str, Any] = field(default_factory=dict)
    rounds: int = DEFAULT_RECONCILE_ROUNDS


class _Progress:
    """A tqdm bar when asked for (the optional ``progress`` extra), else nothing."""

    def __init__(self, enabled: bool | str, total: int | None) -> None:
        self._bar: Any = None
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError as exc:  # depends on the environment
            raise ConfigurationError(
                "progress bars need tqdm: pip install 'closeext[progress]'"
            ) from exc
        label = enabled if isinstance(enabled, str) else "bulk"
        self._bar = tqdm(total=total, desc=label, unit="rec")
        self._failed = 0

    def done(self, result: BulkResult[Any]) -> None:
        if self._bar is None:
            return
        if not result.ok:
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


async def bulk_iter(
    close: AsyncClose,
    op: Any,
    items: Iterable[Mapping[str, Any]],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool | str = False,
) -> AsyncIterator[BulkResult[Any]]:
    """Like :func:`bulk`, but yield each result as it completes (not in input order)."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    total = len(items) if isinstance(items, list | tuple) else None
    bar = _Progress(progress, total)
    source = enumerate(items)
    results: asyncio.Queue[BulkResult[Any] | None] = asyncio.Queue()

    async def worker() -> None:
        # Workers pull from one shared iterator, so at most `concurrency` records are in
        # flight, and only finished results wait in memory for the consumer. Whatever
        # happens, a worker says it is done (None), or the consumer would wait for ever.
        try:
            for index, arguments in source:
                try:
                    value = await close.call(op, **arguments)
                    result: BulkResult[Any] = BulkResult(index, arguments, value=value)
                except Exception as exc:  # one bad record fails alone, never the run
                    result = BulkResult(index, arguments, error=exc)
                await results.put(result)
        finally:
            results.put_nowait(None)

    workers = [asyncio.create_task(worker()) for _ in range(concurrency)]
    running = len(workers)
    try:
        while running:
            finished = await results.get()
            if finished is None:
                running -= 1
                continue
            bar.done(finished)
            yield finished
        # A worker can only die of the input iterable itself raising: surface that.
        for task in workers:
            task.result()
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        bar.close()


async def bulk(
    close: AsyncClose,
    op: Any,
    items: Iterable[Mapping[str, Any]],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool | str = False,
    reconcile: Reconciler | None = None,
) -> list[BulkResult[Any]]:
    """Call the generated operation ``op`` once per argument mapping in ``items``.

    ``op`` is a generated module such as ``close_api.api.leads.create_lead``; each item
    holds its keyword arguments, e.g. ``{"body": LeadCreate(...)}`` or
    ``{"lead_id": "lead_…", "body": LeadUpdate(...)}``. Returns one :class:`BulkResult`
    per item, in input order. Errors Close answers with, and connection failures that
    outlived the retries, are recorded in the results, never raised. With ``reconcile``,
    uncertain creates are settled afterwards (see the module docstring).
    """
    stream = bulk_iter(close, op, items, concurrency=concurrency, progress=progress)
    results = {result.index: result async for result in stream}
    if reconcile is not None:
        for _ in range(reconcile.rounds):
            uncertain = [r for r in results.values() if r.uncertain]
            if not uncertain:
                break
            try:
                await _settle(close, op, uncertain, reconcile, concurrency, results)
            except ReconcileError as exc:
                # Keep every result; mark the ones left unsettled, and stop trying.
                for result in uncertain:
                    if results[result.index].uncertain:
                        results[result.index] = replace(result, reconcile_error=exc)
                break
    return [results[index] for index in sorted(results)]


async def _settle(
    close: AsyncClose,
    op: Any,
    uncertain: list[BulkResult[Any]],
    reconcile: Reconciler,
    concurrency: int,
    results: dict[int, BulkResult[Any]],
) -> None:
    """One reconciliation round: find the uncertain records that exist, redo the others."""
    keys: dict[Hashable, list[BulkResult[Any]]] = {}
    for result in uncertain:
        try:
            key = reconcile.key(result.arguments.get("body"))
            hash(key)
        except Exception as exc:
            message = f"the key function failed on record {result.index}: {exc!r}"
            raise ReconcileError(message, cause=exc) from exc
        keys.setdefault(key, []).append(result)
    wanted = {key for key, group in keys.items() if len(group) == 1}
    walk = ListWalk(
        close,
        reconcile.list_op,
        reconcile.key,
        reconcile.list_kwargs,
        page_size_for(max_limit_of(reconcile.list_op)),
    )
    found = await walk.find(wanted)
    redo: list[BulkResult[Any]] = []
    for key, group in keys.items():
        records = found.get(key, [])
        if key not in wanted or len(records) > 1:
            # Not identifiable: say so instead of guessing which record is ours.
            continue
        if records:
            results[group[0].index] = replace(
                group[0], value=records[0], error=None, reconciled=True
            )
        else:
            redo.append(group[0])
    if not redo:
        return
    again = bulk_iter(close, op, [r.arguments for r in redo], concurrency=concurrency)
    async for result in again:
        original = redo[result.index]
        results[original.index] = replace(result, index=original.index, reconciled=result.ok)
