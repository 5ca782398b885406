"""Benchmark section 3b, activities: one lead's activities as the organization grows.

Two emulators hold the same lead with the same activities (notes, calls, a completed
task and its TaskCompleted, the lead's Created), logged through the API; one also holds
``small`` activities in all, the other ``large``, spread over other leads (stored
directly, which costs seconds rather than minutes). Listing the lead's activities —
``GET /activity/?lead_id=…`` (the union of every type) and ``GET /activity/note/?lead_id=…``
— should cost the same in both: both read the lead's own indexes, never the organization.

Each emulator is served over loopback by a thread of this process (the ratio is what
counts, and both sides pay the same); rounds alternate between them.
"""

from __future__ import annotations

import dataclasses
import random
import string
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

from closeext.emulator import create_app
from closeext.emulator._records import Note
from closeext.emulator._server import ServerThread
from scripts._bench_report import Report, Sample, Table, ms, ratio

__all__ = ["activity_scaling"]

_KEY = "bench_activities_key"
_BASE62 = string.digits + string.ascii_letters
#: Activities of the measured lead, logged through the API: notes and calls, plus a task.
_LEAD_NOTES, _LEAD_CALLS = 40, 20
#: How many filler activities each other lead holds.
_PER_LEAD = 50
#: Most the ratio may be for the target to be met (the other lists' target too).
_TARGET = 1.5


def _seed(client: httpx.Client, app: Any, total: int, rng: random.Random) -> str:
    """The measured lead, with its activities; then filler activities up to ``total``."""
    lead = client.post("lead/", json={"name": "Measured"}).raise_for_status().json()
    for number in range(_LEAD_NOTES):
        body = {"lead_id": lead["id"], "note": f"Note {number}"}
        client.post("activity/note/", json=body).raise_for_status()
    for number in range(_LEAD_CALLS):
        body = {"lead_id": lead["id"], "duration": number, "note": "call"}
        client.post("activity/call/", json=body).raise_for_status()
    task = client.post("task/", json={"lead_id": lead["id"], "text": "Follow up"}).json()
    client.put(f"task/{task['id']}/", json={"is_complete": True}).raise_for_status()
    found = app.state.emulator.world.authenticate(_KEY)
    assert found is not None
    org, user = found
    template: Note = next(iter(org.notes.values()))
    stored = _LEAD_NOTES + _LEAD_CALLS + 2  # the task's TaskCompleted and the lead's Created
    filler_lead = None
    for number in range(max(0, total - stored)):
        if number % _PER_LEAD == 0:
            filler_lead = org.new_lead(user.id, f"Filler {number // _PER_LEAD}")
            org.insert("leads", filler_lead)
        assert filler_lead is not None
        note_id = "acti_" + "".join(rng.choices(_BASE62, k=43))
        org.insert(
            "notes", dataclasses.replace(template, id=note_id, lead_id=filler_lead.id, children={})
        )
    org.generation += 1  # stored behind the API's back: no cached rendering may survive
    return str(lead["id"])


@contextmanager
def _served(total: int, rng: random.Random) -> Iterator[tuple[httpx.Client, str]]:
    app = create_app(api_keys=[_KEY])
    with (
        ServerThread(app) as server,
        httpx.Client(base_url=server.base_url, auth=(_KEY, ""), timeout=60.0) as client,
    ):
        yield client, _seed(client, app, total, rng)


def activity_scaling(report: Report, *, small: int, large: int, rounds: int, batch: int) -> None:
    """Section 3b: list one lead's activities with ``small`` against ``large`` stored."""
    rng = random.Random(20261202)
    calls = {
        "GET /activity/?lead_id=… (every type)": "activity/",
        "GET /activity/note/?lead_id=…": "activity/note/",
    }
    table = Table(
        "3b. Listing one lead's activities as the organization grows (sequential)",
        ["list", f"{small:,} activities stored", f"{large:,} activities stored", "ratio"],
    )
    with ExitStack() as stack:
        sides = [stack.enter_context(_served(total, rng)) for total in (small, large)]
        for label, path in calls.items():
            times: list[list[float]] = [[], []]
            for client, lead_id in sides:  # warm: the first page renders and is cached
                client.get(path, params={"lead_id": lead_id, "_limit": 100}).raise_for_status()
            for number in range(rounds):
                for which in (0, 1) if number % 2 == 0 else (1, 0):
                    client, lead_id = sides[which]
                    params: dict[str, str | int] = {"lead_id": lead_id, "_limit": 100}
                    started = time.perf_counter()
                    for _ in range(batch):
                        client.get(path, params=params).raise_for_status()
                    times[which].append((time.perf_counter() - started) / batch)
            share = Sample.of(b / a for a, b in zip(times[0], times[1], strict=True))
            table.add(
                label, Sample.of(times[0]).show(ms), Sample.of(times[1]).show(ms), share.show(ratio)
            )
            report.target(
                "3",
                f"{label}: {large:,} activities stored ≤ {_TARGET}x the time with {small:,}",
                ratio(share.median),
                share.median <= _TARGET,
            )
    table.notes.append(
        f"The same lead ({_LEAD_NOTES} notes, {_LEAD_CALLS} calls, a completed task, its "
        f"Created) in two emulators holding {small:,} and {large:,} activities; {rounds} "
        f"alternated rounds of {batch} calls, served by a thread of the benchmark process."
    )
    report.tables.append(table)
