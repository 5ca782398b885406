"""Sections 1 and 2 of the benchmark: what each client costs per call, and bulk pacing.

Section 1 runs the same three calls through four clients, one keep-alive connection
each, against the same emulator process: raw httpx + ``json`` (the floor), the generated
``close_api`` client on an httpx client with Basic auth, ``closeext.Close``, and Close's
official ``closeio`` client. Within a round the sides take turns call by call (ABCD ABCD
…, the starting side rotated every round), each call timed on its own, and a side's ratio
to raw httpx is the median of its per-round ratios, so drift in the machine's speed hits
both sides of a ratio alike.

Section 2 updates leads under a 50 requests/s limit: ``closeext.bulk`` on
``AsyncClose`` (8 in flight, paced by the client) against the official client in a
plain loop. Each side uses its own API key (its own organization and rate-limit window),
and the sides alternate in rounds.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from close_api import Client as GeneratedClient
from close_api.api.leads import create_lead, get_lead, list_leads, update_lead
from close_api.models.lead import Lead
from close_api.models.lead_create import LeadCreate
from close_api.models.lead_list import LeadList
from close_api.models.lead_update import LeadUpdate
from closeio_api import API, APIError

from closeext import AsyncClose, Close, bulk
from scripts._bench_report import Report, Sample, Table, fraction, ms, rate, ratio
from scripts._bench_server import field_values

RAW = "raw httpx + json"
GENERATED = "generated close_api"
CLOSEEXT = "closeext.Close"
OFFICIAL = "closeio (official)"


@dataclass
class Side:
    """One client: the three calls of section 1 and how to release its connection."""

    name: str
    get: Callable[[str], Any]
    create: Callable[[dict[str, Any]], Any]
    list100: Callable[[], Any]
    close: Callable[[], None]


MAX_OVER_RAW = 1.10
"""Section 1's target: closeext's cost per call at most this multiple of raw httpx + json."""


def _json_ok(response: httpx.Response) -> Any:
    if response.status_code >= 400:
        raise RuntimeError(f"{response.request.url.path}: HTTP {response.status_code}")
    return json.loads(response.content)


def _expect(value: Any, kind: type) -> Any:
    # The generated functions return the success type or raise; the check costs what it did.
    if not isinstance(value, kind):
        raise RuntimeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def make_sides(base_url: str, key: str) -> list[Side]:
    raw = httpx.Client(base_url=base_url, auth=(key, ""))
    generated_http = httpx.Client(base_url=base_url, auth=httpx.BasicAuth(key, ""))
    generated = GeneratedClient(base_url=base_url)
    generated.set_httpx_client(generated_http)
    close = Close(key, base_url=base_url)
    official = API(base_url, api_key=key)
    return [
        Side(
            RAW,
            get=lambda lead_id: _json_ok(raw.get(f"lead/{lead_id}/")),
            create=lambda body: _json_ok(raw.post("lead/", json=body)),
            list100=lambda: _json_ok(raw.get("lead/", params={"_limit": 100}))["data"],
            close=raw.close,
        ),
        Side(
            GENERATED,
            get=lambda lead_id: _expect(get_lead.sync(lead_id, client=generated), Lead),
            create=lambda body: _expect(
                create_lead.sync(client=generated, body=LeadCreate.from_dict(body)), Lead
            ),
            list100=lambda: _expect(list_leads.sync(client=generated, limit=100), LeadList).data,
            close=generated_http.close,
        ),
        Side(
            CLOSEEXT,
            get=lambda lead_id: close.leads.get(lead_id),
            create=lambda body: close.leads.create(body=LeadCreate.from_dict(body)),
            list100=lambda: close.leads.list(limit=100).data,
            close=close.close,
        ),
        Side(
            OFFICIAL,
            get=lambda lead_id: official.get(f"lead/{lead_id}"),
            create=lambda body: official.post("lead", body),
            list100=lambda: official.get("lead", params={"_limit": 100})["data"],
            close=official.session.close,
        ),
    ]


def per_call(
    report: Report,
    base_url: str,
    key: str,
    org: dict[str, Any],
    *,
    rounds: int,
    batches: dict[str, int],
) -> None:
    """Section 1: median seconds per call of each side, and its ratio to raw httpx."""
    lead_id = org["lead_ids"][0]
    body = {"name": "Bench Create", **field_values(org["fields"])}
    sides = make_sides(base_url, key)
    # (name, batch size key, the call a side makes)
    ops: list[tuple[str, str, Callable[[Side], Callable[[], Any]]]] = [
        ("get a lead", "get", lambda side: lambda: side.get(lead_id)),
        ("create a lead (5 custom values)", "create", lambda side: lambda: side.create(body)),
        ("list 100 leads", "list", lambda side: side.list100),
    ]
    times: dict[tuple[str, str], list[float]] = {(o[0], s.name): [] for o in ops for s in sides}
    try:
        for side in sides:  # every side works (and has its connection open) before timing
            for _, _, op in ops:
                op(side)()
        clock = time.perf_counter
        for number in range(rounds + 1):  # round 0 warms up and is dropped
            for op_name, size, op in ops:
                shift = number % len(sides)
                order = sides[shift:] + sides[:shift]
                calls = [(side.name, op(side)) for side in order]
                spent = dict.fromkeys((name for name, _ in calls), 0.0)
                count = batches[size]
                gc.collect()
                # One call per side in turn (ABCD ABCD …), each timed on its own: a burst of
                # load on the shared machine lands on every side alike, not on one side's batch.
                for _ in range(count):
                    for name, call in calls:
                        started = clock()
                        call()
                        spent[name] += clock() - started
                if number:
                    for name, total in spent.items():
                        times[(op_name, name)].append(total / count)
    finally:
        for side in sides:
            side.close()

    table = Table(
        "1. Per-call cost (sequential, one keep-alive connection, emulator over loopback)",
        ["operation", "side", "time per call", "x raw httpx (median of per-round ratios)"],
    )
    for op_name, _, _ in ops:
        raw = times[(op_name, RAW)]
        for side in sides:
            own = times[(op_name, side.name)]
            share = Sample.of(a / b for a, b in zip(own, raw, strict=True))
            shown = "1.00x (the floor)" if side.name == RAW else share.show(ratio)
            table.add(op_name, side.name, Sample.of(own).show(ms), shown)
        ours = Sample.of(a / b for a, b in zip(times[(op_name, CLOSEEXT)], raw, strict=True))
        report.target(
            "1", f"{op_name}: closeext.Close ≤ {MAX_OVER_RAW:.2f}x raw httpx", ratio(ours.median),
            ours.median <= MAX_OVER_RAW,
        )  # fmt: skip
        official = times[(op_name, OFFICIAL)]
        versus = Sample.of(a / b for a, b in zip(times[(op_name, CLOSEEXT)], official, strict=True))
        report.target(
            "1", f"{op_name}: closeext.Close faster than closeio",
            f"{ratio(versus.median)} of closeio's time", versus.median < 1.0,
        )  # fmt: skip
    sizes = ", ".join(f"{k} {v}" for k, v in batches.items())
    table.notes.append(
        f"{rounds} rounds after a warm-up round; in each round the sides take turns, one "
        f"timed call each (calls per side: {sizes}), starting from a side rotated every round."
    )
    table.notes.append(
        "The typed sides build the request model (`LeadCreate.from_dict`) inside the timed "
        "call, as a caller must; every side checks the status or the returned type, and the "
        "list sides take the page's `data` (the typed sides: 100 `Lead` objects, whose nested "
        "values are converted when first read)."
    )
    report.tables.append(table)


# -- section 2 ------------------------------------------------------------------------


@dataclass
class BulkRun:
    """One side's round: wall time, when each successful update completed, server counts."""

    seconds: float
    done: list[float]
    failures: int
    refused: int = 0
    requests: int = 0

    def steady_rate(self, burst: int) -> float | None:
        """Updates/s after the opening burst: ``(n - burst) / (t_n - t_burst)``.

        A fresh fixed window lets ``burst`` requests through at once; counting from the
        ``burst``-th completion measures the rate a long job sustains. ``None`` when the
        run had no successes past the burst.
        """
        stamps = sorted(self.done)
        if len(stamps) <= burst or stamps[-1] <= stamps[burst - 1]:
            return None
        return (len(stamps) - burst) / (stamps[-1] - stamps[burst - 1])


async def _closeext_bulk(base_url: str, key: str, ids: Sequence[str], tag: str) -> BulkRun:
    items = [
        {"lead_id": lead_id, "body": LeadUpdate.from_dict({"description": f"{tag} {n}"})}
        for n, lead_id in enumerate(ids)
    ]
    done: list[float] = []

    async def timed_update(**kwargs: Any) -> Any:
        # The generated operation, noting when each update succeeded (errors raise first).
        value = await update_lead.asyncio(**kwargs)
        done.append(time.perf_counter() - started)
        return value

    async with AsyncClose(key, base_url=base_url) as aclose:
        started = time.perf_counter()
        results = await bulk(aclose, timed_update, items, concurrency=8)
        seconds = time.perf_counter() - started
    return BulkRun(seconds, done, sum(not result.ok for result in results))


def _official_loop(base_url: str, key: str, ids: Sequence[str], tag: str) -> BulkRun:
    api = API(base_url, api_key=key)
    done: list[float] = []
    failures = 0
    started = time.perf_counter()
    try:
        for n, lead_id in enumerate(ids):
            try:
                api.put(f"lead/{lead_id}", {"description": f"{tag} {n}"})
                done.append(time.perf_counter() - started)
            except (APIError, OSError):
                failures += 1
    finally:
        seconds = time.perf_counter() - started
        api.session.close()
    return BulkRun(seconds, done, failures)


def _stats(stats_client: httpx.Client) -> dict[str, int]:
    counts: dict[str, int] = stats_client.get("/_bench/stats", params={"reset": 1}).json()
    return counts


def bulk_under_limit(
    report: Report,
    base_url: str,
    keys: Sequence[str],
    orgs: Sequence[dict[str, Any]],
    *,
    per_side: int,
    rounds: int,
    limit: int,
    window: float,
) -> None:
    """Section 2: achieved rate against the allowed one, 429s and failures, per side."""
    chunk = per_side // rounds
    runners: dict[str, Callable[[str, str, Sequence[str], str], BulkRun]] = {
        "closeext.bulk on AsyncClose (8 in flight)": lambda *a: asyncio.run(_closeext_bulk(*a)),
        "closeio (official), plain loop": _official_loop,
    }
    names = list(runners)
    results: dict[str, list[BulkRun]] = {name: [] for name in names}
    last_end = dict.fromkeys(names, 0.0)
    origin = base_url.split("/api/")[0]
    with httpx.Client(base_url=origin) as stats_client:
        for number in range(rounds):
            order = names if number % 2 == 0 else names[::-1]
            for name in order:
                index = names.index(name)
                ids = orgs[index]["lead_ids"][number * chunk : (number + 1) * chunk]
                # Start each run in a fresh window of its own key, as a new job would.
                time.sleep(max(0.0, last_end[name] + window + 0.05 - time.monotonic()))
                _stats(stats_client)
                run = runners[name](base_url, keys[index], ids, f"round {number}")
                last_end[name] = time.monotonic()
                counts = _stats(stats_client)
                run.refused, run.requests = counts.get("429", 0), sum(counts.values())
                results[name].append(run)

    allowed = limit / window
    table = Table(
        f"2. Bulk lead updates under a rate limit of {limit} requests per {window:g} s per key",
        [
            "side",
            "updates",
            "steady rate (fraction of the allowed rate)",
            "whole-run rate",
            "429s received (share of requests)",
            "failed updates",
        ],
    )
    for name in names:
        runs = results[name]
        rates = [r for r in (run.steady_rate(limit) for run in runs) if r is not None]
        share = Sample.of(r / allowed for r in rates) if rates else None
        failures = sum(run.failures for run in runs)
        refused = sum(run.refused for run in runs)
        requests = sum(run.requests for run in runs)
        table.add(
            name,
            f"{rounds} x {chunk}",
            f"{Sample.of(rates).show(rate)}: {fraction(share.median)}"
            if share is not None
            else f"n/a (no round had over {limit} successes)",
            Sample.of(len(run.done) / run.seconds for run in runs).show(rate),
            f"{refused} of {requests} ({refused / max(requests, 1):.1%})",
            str(failures),
        )
        if name == names[0]:
            report.target(
                "2", f"closeext.bulk: ≥ 0.95 of the allowed rate ({allowed:g}/s)",
                fraction(share.median) if share else "n/a",
                share is not None and share.median >= 0.95,
            )  # fmt: skip
            report.target("2", "closeext.bulk: zero failures", str(failures), failures == 0)
            report.target(
                "2", "closeext.bulk: 429s under 1% of requests",
                f"{refused / max(requests, 1):.2%}", refused < 0.01 * requests,
            )  # fmt: skip
    table.notes.append(
        f"Steady rate: successful updates per second after the first {limit}, which a fresh "
        f"fixed window lets through at once; the fraction divides it by {allowed:g}/s. The "
        "whole-run rate (successes ÷ wall time) includes that opening burst, so short runs "
        "can exceed the limit."
    )
    table.notes.append(
        "429s and request totals are counted by the server (every attempt, retries included). "
        "Each side has its own key and organization; the sides alternate, each round starting "
        "in a fresh window of its key."
    )
    report.tables.append(table)
