"""bulk() always returns, one bad record fails alone, and reconciliation never writes twice.

The reconciliation tests run the emulator in process (httpx.ASGITransport) behind a
small transport that plays the other writers: it drops the answers of some creates
after they were stored (so they are uncertain), and deletes other leads while the
reconciler pages through the list, which shifts every later offset page.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from close_api.api.leads import create_lead, delete_lead, list_leads
from close_api.models.lead_create import LeadCreate

from closeext import (
    AsyncClose,
    ReconcileError,
    Reconciler,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    bulk,
)
from closeext.emulator import ServerThread, create_app

KEY = "sk_bulk_hardening"
BOUND = 60  # seconds: a hung run fails the test instead of hanging the suite
RECONCILE = Reconciler(list_op=list_leads, key=lambda record: record.name)
FAST = RetryPolicy(backoff_base=0.01, backoff_cap=0.05)


def names(items: list[dict[str, Any]]) -> list[str]:
    return [item["body"].name for item in items]


def bodies(prefix: str, count: int) -> list[dict[str, Any]]:
    return [{"body": LeadCreate(name=f"{prefix} {n:04d}")} for n in range(count)]


def stored(app: Any) -> Counter[str]:
    found = app.state.emulator.world.authenticate(KEY)
    assert found is not None
    return Counter(lead.name for lead in found[0].leads.values())


class OtherWriters(httpx.AsyncBaseTransport):
    """The emulator in process, with lost answers and concurrent deletions."""

    def __init__(self, app: Any, *, drop_every: int = 3, delete_per_page: int = 0) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.drop_every = drop_every
        self.delete_per_page = delete_per_page
        self.creates = 0
        self.victims: list[str] = []  # other leads' ids, oldest first
        self.fail_lists = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path == "/api/v1/lead/":
            response = await self.inner.handle_async_request(request)
            await response.aread()
            self.creates += 1
            if self.drop_every and self.creates % self.drop_every == 0:
                raise httpx.ReadError("connection reset after the write", request=request)
            return response
        if request.method == "GET" and path == "/api/v1/lead/":
            if self.fail_lists:
                return httpx.Response(500, json={"error": "list exploded"})
            if int(request.url.params.get("_skip", "0")) > 0:
                await self._delete_others(request)
        return await self.inner.handle_async_request(request)

    async def _delete_others(self, request: httpx.Request) -> None:
        # Deleting leads listed before the current offset moves every later lead back.
        for _ in range(min(self.delete_per_page, len(self.victims))):
            lead_id = self.victims.pop(0)
            delete = httpx.Request(
                "DELETE",
                request.url.copy_with(path=f"/api/v1/lead/{lead_id}/", query=None),
                headers={"Authorization": request.headers["Authorization"]},
            )
            answer = await self.inner.handle_async_request(delete)
            await answer.aread()


async def seed_others(client: AsyncClose, transport: OtherWriters, count: int) -> None:
    drop, transport.drop_every = transport.drop_every, 0
    for n in range(count):
        lead = await client.call(create_lead, body=LeadCreate(name=f"Other {n:04d}"))
        transport.victims.append(lead.id)
    transport.drop_every = drop


# -- point 1: a bad record fails alone, the run always returns -----------------------------------


async def test_a_record_with_bad_arguments_fails_alone() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": "lead_1", "name": json.loads(request.content)["name"]}
        )

    items: list[Any] = bodies("Good", 5)
    items.insert(2, {"body": LeadCreate(name="typo"), "nmae": "oops"})
    items.insert(4, None)  # not even a mapping
    async with AsyncClose(KEY, transport=httpx.MockTransport(handler)) as client:
        results = await asyncio.wait_for(bulk(client, create_lead, items, concurrency=3), BOUND)
    assert [r.ok for r in results] == [True, True, False, True, False, True, True]
    assert isinstance(results[2].error, TypeError) and isinstance(results[4].error, TypeError)


async def test_a_non_json_success_is_that_records_failed_result() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        name = json.loads(request.content)["name"]
        if name.endswith("2"):
            return httpx.Response(200, content=b"<html>proxy</html>")
        return httpx.Response(200, json={"id": "lead_1", "name": name})

    async with AsyncClose(KEY, transport=httpx.MockTransport(handler)) as client:
        results = await asyncio.wait_for(bulk(client, create_lead, bodies("N", 4)), BOUND)
    assert [r.ok for r in results] == [True, True, False, True]
    assert isinstance(results[2].error, UnexpectedResponse) and results[2].uncertain


async def test_an_input_iterable_that_raises_ends_the_run_with_its_error() -> None:
    def items() -> Iterator[dict[str, Any]]:
        yield {"body": LeadCreate(name="one")}
        raise LookupError("the CSV ran out of rows")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "lead_1", "name": "one"})

    async with AsyncClose(KEY, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(LookupError):
            await asyncio.wait_for(bulk(client, create_lead, items(), concurrency=4), BOUND)


# -- point 2: never a duplicate while other writers change the list ------------------------------


@pytest.mark.parametrize("delete_per_page", [0, 7, 60])
async def test_reconciliation_never_duplicates_while_leads_are_deleted(
    delete_per_page: int,
) -> None:
    app = create_app(api_keys=[KEY])
    transport = OtherWriters(app, delete_per_page=delete_per_page)
    wanted = bodies("Ours", 150)
    async with AsyncClose(KEY, base_url="http://emulator/api/v1/", transport=transport) as client:
        await seed_others(client, transport, 700)
        results = await asyncio.wait_for(
            bulk(client, create_lead, wanted, concurrency=4, reconcile=RECONCILE), BOUND
        )
    counts = stored(app)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]
    assert sum(r.reconciled for r in results) >= 40  # a third of the answers were lost
    assert {name: counts[name] for name in names(wanted)} == dict.fromkeys(names(wanted), 1)


async def test_free_running_deletions_during_a_faulty_bulk_never_duplicate() -> None:
    app = create_app(api_keys=[KEY], faults="reset-after=0.15", seed=5)
    wanted = bodies("Free", 300)
    with ServerThread(app) as server:
        async with AsyncClose(KEY, base_url=server.base_url, retry=FAST) as client:
            seeded = await bulk(client, create_lead, bodies("Other", 900), concurrency=8)
            others = [r.value for r in seeded if r.ok]
            stop = asyncio.Event()

            async def deleter(share: list[Any]) -> None:
                # Leads listed before ours go away while the run creates and reconciles.
                for lead in share:
                    if stop.is_set():
                        return
                    # A retried DELETE may find the lead already gone: that is fine.
                    with contextlib.suppress(Exception):
                        await client.call(delete_lead, lead_id=lead.id)
                    await asyncio.sleep(0.02)  # spread over the run, reconciliation included

            churn = [asyncio.create_task(deleter(others[n::3])) for n in range(3)]
            try:
                results = await asyncio.wait_for(
                    bulk(client, create_lead, wanted, concurrency=8, reconcile=RECONCILE), BOUND
                )
            finally:
                stop.set()
                await asyncio.gather(*churn)
    counts = stored(app)
    assert all(counts[name] <= 1 for name in names(wanted)), counts.most_common(3)
    for result in results:
        name = wanted[result.index]["body"].name
        if result.ok:
            assert counts[name] == 1, name
        else:
            assert result.uncertain or result.unsettled, result.error
    assert sum(r.ok for r in results) >= 280
    assert any(r.reconciled for r in results)


# -- point 3: a failing page keeps every result ------------------------------------------------


async def test_a_failing_list_page_keeps_every_result_and_marks_the_unsettled() -> None:
    app = create_app(api_keys=[KEY])
    transport = OtherWriters(app, drop_every=4)
    wanted = bodies("Kept", 40)
    async with AsyncClose(
        KEY, base_url="http://emulator/api/v1/", transport=transport, retry=FAST
    ) as client:
        transport.fail_lists = True
        results = await asyncio.wait_for(
            bulk(client, create_lead, wanted, concurrency=2, reconcile=RECONCILE), BOUND
        )
    assert len(results) == 40
    unsettled = [r for r in results if r.unsettled]
    assert len(unsettled) == 10
    assert all(r.ok for r in results if not r.unsettled)
    for result in unsettled:
        assert result.uncertain and not result.ok
        assert isinstance(result.reconcile_error, ReconcileError)
        assert isinstance(result.reconcile_error.cause, ServerError)
    assert stored(app) == Counter(names(wanted))  # nothing recreated blindly


async def test_a_key_function_that_raises_leaves_records_unsettled_not_lost() -> None:
    app = create_app(api_keys=[KEY])
    transport = OtherWriters(app, drop_every=2)

    def key(record: Any) -> Any:
        if record.name.endswith("3"):
            raise KeyError("no external id")
        return record.name

    async with AsyncClose(KEY, base_url="http://emulator/api/v1/", transport=transport) as client:
        results = await asyncio.wait_for(
            bulk(
                client,
                create_lead,
                bodies("K", 8),
                reconcile=Reconciler(list_op=list_leads, key=key),
            ),
            BOUND,
        )
    assert len(results) == 8
    assert all(r.ok or r.unsettled for r in results)
    assert any(r.unsettled for r in results)
