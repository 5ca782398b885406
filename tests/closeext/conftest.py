"""Drive closeext's sync and async clients through one interface, against the emulator.

Design rule 7: sync and async differ only in I/O, so one parametrized test covers both.
The ``api`` fixture hands a test an :class:`Api` whose methods are coroutines; for the
sync client they simply call the blocking method.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from closeext import AsyncClose, Close, FieldRegistry, ObjectType


class Api:
    """The operations the helper tests need, over either client."""

    def __init__(self, client: Close | AsyncClose) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncClose)

    async def call(self, op: Any, /, **kwargs: Any) -> Any:
        if isinstance(self.client, AsyncClose):
            return await self.client.call(op, **kwargs)
        return self.client.call(op, **kwargs)

    async def collect(self, op: Any, /, **kwargs: Any) -> list[Any]:
        if isinstance(self.client, AsyncClose):
            return [item async for item in self.client.paginate(op, **kwargs)]
        return list(self.client.paginate(op, **kwargs))

    async def registry(self, *targets: ObjectType | str) -> FieldRegistry:
        if isinstance(self.client, AsyncClose):
            return await self.client.field_registry(*targets)
        return self.client.field_registry(*targets)

    async def refresh(self, registry: FieldRegistry, target: ObjectType | str) -> None:
        if isinstance(self.client, AsyncClose):
            await self.client.refresh_fields(registry, target)
        else:
            self.client.refresh_fields(registry, target)

    async def association(self, action: str, field_id: str, target: Any, **kwargs: Any) -> Any:
        method = {
            "create": "associate",
            "get": "association",
            "update": "update_association",
            "delete": "disassociate",
        }[action]
        result = getattr(self.client, method)(field_id, target, **kwargs)
        if isinstance(self.client, AsyncClose):
            return await result
        return result


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, close_emulator_fresh: Any) -> AsyncIterator[Api]:
    """A client of each kind on a freshly reset emulator."""
    if request.param == "sync":
        with Close(close_emulator_fresh.api_key, base_url=close_emulator_fresh.base_url) as client:
            yield Api(client)
    else:
        async with AsyncClose(
            close_emulator_fresh.api_key, base_url=close_emulator_fresh.base_url
        ) as aclient:
            yield Api(aclient)
