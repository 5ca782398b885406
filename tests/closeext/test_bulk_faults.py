"""Bulk writes under injected faults: every record written exactly once, every failure told.

The emulator runs over real HTTP (uvicorn in a thread) so dropped connections are real
connection resets, as a client would meet them from Close.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from close_api.api.leads import create_lead, list_leads, update_lead
from close_api.models.lead_create import LeadCreate
from close_api.models.lead_update import LeadUpdate

from closeext import AsyncClose, Reconciler, RetryPolicy, TransportError, bulk
from closeext.emulator import ServerThread, create_app

KEY = "bulk_fault_key"
COUNT = 1000
# Short backoff keeps the test quick; the waits Close asks for (429) are still honoured.
POLICY = RetryPolicy(backoff_base=0.01, backoff_cap=0.05)


def serve(faults: str, seed: int) -> tuple[ServerThread, Any]:
    app = create_app(api_keys=[KEY], faults=faults, seed=seed)
    return ServerThread(app).start(), app


def stored_lead_names(app: Any) -> Counter[str]:
    found = app.state.emulator.world.authenticate(KEY)
    assert found is not None
    organization = found[0]
    return Counter(lead.name for lead in organization.leads.values())


def bodies(count: int = COUNT) -> list[dict[str, Any]]:
    return [{"body": LeadCreate(name=f"Bulk {n:04d}")} for n in range(count)]


RECONCILE = Reconciler(list_op=list_leads, key=lambda record: record.name)


@pytest.fixture
def faulty() -> Iterator[tuple[ServerThread, Any]]:
    server, app = serve("429=0.03,503=0.03,reset-before=0.03", seed=7)
    try:
        yield server, app
    finally:
        server.stop()


async def test_a_bulk_create_under_refusals_and_resets_writes_each_lead_once(
    faulty: tuple[ServerThread, Any],
) -> None:
    server, app = faulty
    async with AsyncClose(KEY, base_url=server.base_url, retry=POLICY) as client:
        results = await bulk(client, create_lead, bodies(), concurrency=8, reconcile=RECONCILE)

    assert [r.index for r in results] == list(range(COUNT))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]
    # Some creates were settled by reconciliation, so the faults really bit.
    assert any(r.reconciled for r in results)
    assert stored_lead_names(app) == Counter(f"Bulk {n:04d}" for n in range(COUNT))
    assert {r.value.name for r in results} == {f"Bulk {n:04d}" for n in range(COUNT)}


async def test_resets_after_the_write_never_duplicate_and_every_failure_is_reported() -> None:
    server, app = serve("reset-after=0.05", seed=11)
    try:
        async with AsyncClose(KEY, base_url=server.base_url, retry=POLICY) as client:
            results = await bulk(client, create_lead, bodies(400), concurrency=8)
        failed = [r for r in results if not r.ok]
        names = stored_lead_names(app)

        assert len(results) == 400
        assert failed, "the fault rate should have dropped some responses"
        assert all(isinstance(r.error, TransportError) and r.uncertain for r in failed)
        # Nothing was written twice: a POST that lost its response is not retried blindly.
        assert max(names.values()) == 1
        # Each dropped response hid a write that did happen: it is in the store, and only
        # the report (not the store) says it failed. Nothing vanished either way.
        assert len(names) == 400

    finally:
        server.stop()


async def test_reconciliation_settles_dropped_responses_without_a_second_write() -> None:
    server, app = serve("reset-after=0.05", seed=11)
    try:
        async with AsyncClose(KEY, base_url=server.base_url, retry=POLICY) as client:
            results = await bulk(client, create_lead, bodies(400), reconcile=RECONCILE)
        assert all(r.ok for r in results)
        assert any(r.reconciled for r in results), "some responses should have been dropped"
        assert stored_lead_names(app) == Counter(f"Bulk {n:04d}" for n in range(400))
    finally:
        server.stop()


async def test_updates_are_retried_through_resets_because_they_are_idempotent() -> None:
    server, app = serve("reset-before=0.05,reset-after=0.05,503=0.05", seed=3)
    try:
        async with AsyncClose(KEY, base_url=server.base_url, retry=POLICY) as client:
            created = await bulk(client, create_lead, bodies(200), reconcile=RECONCILE)
            assert all(r.ok for r in created)
            updates = [
                {"lead_id": r.value.id, "body": LeadUpdate(description=f"v2 {r.index}")}
                for r in created
            ]
            updated = await bulk(client, update_lead, updates, concurrency=8)
        assert all(r.ok for r in updated), [r.error for r in updated if not r.ok][:3]
        found = app.state.emulator.world.authenticate(KEY)[0]
        assert sorted(lead.description for lead in found.leads.values()) == sorted(
            f"v2 {n}" for n in range(200)
        )
    finally:
        server.stop()
