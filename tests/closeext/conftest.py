"""Drive closeext's sync and async clients through the same code, against the emulator.

Design rule 7: sync and async differ only in I/O, so one parametrized test covers both.
The ``client`` fixture is a :class:`Close` or an :class:`AsyncClose`; both have the same
methods with the same parameters, so a test calls them alike and passes each result
through :func:`resolve` (awaited when it is a coroutine) or :func:`collect` (an iterable
or an async iterable, as a list). There is no per-method adapter.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

import pytest

from closeext import AsyncClose, Close

T = TypeVar("T")


async def resolve(value: T | Awaitable[T]) -> T:
    """A sync client's result as is, an async client's awaited."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(items: Any) -> list[Any]:
    """Every item of a paginator, sync or async."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, close_emulator_fresh: Any
) -> AsyncIterator[Close | AsyncClose]:
    """A client of each kind on a freshly reset emulator."""
    server = close_emulator_fresh
    if request.param == "sync":
        with Close(server.api_key, base_url=server.base_url) as sync_client:
            yield sync_client
    else:
        async with AsyncClose(server.api_key, base_url=server.base_url) as async_client:
            yield async_client
