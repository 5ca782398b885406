"""Concurrent writes to one multi-value field must all land.

Two ways requests overlap: many in flight on one event loop (what an async client or a
uvicorn server does), and requests from several threads, each with its own event loop
(what the synchronous test client does). Handlers are synchronous and run under their
organization's lock, so neither may lose an ``.add``.
"""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx

from closeext.emulator import create_app
from tests.emulator._driver import emulator, ok

WRITES = 60


async def test_concurrent_adds_on_one_event_loop_all_land() -> None:
    app = create_app(api_keys=["concurrency-key"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator.test/api/v1", auth=("concurrency-key", "")
    ) as client:
        field = (
            await client.post(
                "/custom_field/lead/",
                json={
                    "name": "Tags",
                    "type": "choices",
                    "accepts_multiple_values": True,
                    "choices": [f"tag{i}" for i in range(WRITES)],
                },
            )
        ).json()
        lead = (await client.post("/lead/", json={"name": "Busy"})).json()
        key = f"custom.{field['id']}.add"
        answers = await asyncio.gather(
            *(client.put(f"/lead/{lead['id']}/", json={key: f"tag{i}"}) for i in range(WRITES))
        )
        assert {answer.status_code for answer in answers} == {200}
        final = (await client.get(f"/lead/{lead['id']}/")).json()
    assert sorted(final[f"custom.{field['id']}"]) == sorted(f"tag{i}" for i in range(WRITES))
    assert app.state.emulator.internal_errors == 0


def test_concurrent_adds_from_threads_all_land() -> None:
    # Switch threads as often as possible, so that a read-modify-write race would show.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        _adds_from_threads()
    finally:
        sys.setswitchinterval(interval)


def _adds_from_threads() -> None:
    with emulator() as (_, (api,)):
        field = ok(
            api.post(
                "/custom_field/lead/",
                json={
                    "name": "Users",
                    "type": "choices",
                    "accepts_multiple_values": True,
                    "choices": [f"c{i}" for i in range(WRITES)],
                },
            )
        )
        lead = ok(api.post("/lead/", json={"name": "Busy"}))
        key = f"custom.{field['id']}.add"

        def add(i: int) -> int:
            return api.put(f"/lead/{lead['id']}/", json={key: f"c{i}"}).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(add, range(WRITES)))
        assert set(statuses) == {200}
        final = ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{field['id']}"]
        assert sorted(final) == sorted(f"c{i}" for i in range(WRITES))
