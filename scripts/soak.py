"""Soak the client and the emulator: mixed traffic with faults and bad inputs, bounded.

    python scripts/soak.py --seconds 120 --seed 1      # or: nox -s soak -- --seconds 60

Serves the emulator over real HTTP on 127.0.0.1 (``ServerThread``, faults and a rate
limit on), then, until ``--seconds`` have passed, runs rounds of:

* a ``bulk()`` create of fresh leads with a ``Reconciler``, mixed with bad records (a
  keyword typo, a status that does not exist), while
* the previous round's leads are partly deleted (the list shifts under the reconciler),
* direct calls on ``AsyncClose`` and, from a thread, on ``Close``: gets, updates, list
  pages, a missing lead, and
* hostile raw requests on a second organization: numbers no Python float holds, negative
  zero, non-finite query values, oversized collections, non-JSON bodies.

At the end it counts, from the emulator's own store, every lead the client reported
written: ``records lost`` (reported written, not stored), ``records duplicated`` (stored
more than once), and from the server: ``requests`` and ``5xx`` that were not injected;
plus errors that were not typed closeext errors, RSS before and after, and the p50 / p99
latency of the direct calls. Exits 1 unless lost, duplicated, 5xx and untyped are all 0.
Loopback only; no key is ever printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import secrets
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from close_api.api.leads import create_lead, delete_lead, get_lead, list_leads, update_lead
from close_api.models.lead_create import LeadCreate
from close_api.models.lead_update import LeadUpdate

from closeext import AsyncClose, Close, CloseError, Reconciler, RetryPolicy, bulk
from closeext.emulator import ServerThread, create_app
from closeext.emulator._faults import Fault, FaultInjector

FAULTS = "429=0.02,503=0.02,reset-before=0.02,reset-after=0.02"
RATE_LIMIT = "120/1"
BULK_SIZE = 60
POLICY = RetryPolicy(backoff_base=0.02, backoff_cap=0.2)
RECONCILE = Reconciler(list_op=list_leads, key=lambda record: record.name)


def rss_mib() -> float:
    """This process's resident set size now, in MiB (the server runs in it too)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class CountingFaults(FaultInjector):
    """The emulator's fault injector, counting what it injected."""

    def __init__(self, source: FaultInjector, seed: int) -> None:
        super().__init__(source.plan, seed)
        self.injected: Counter[str] = Counter()

    def draw(self) -> Fault | None:
        fault = super().draw()
        if fault is not None:
            self.injected[fault.value] += 1
        return fault


class Meter:
    """An ASGI wrapper counting requests and answer statuses, as the server sent them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests = 0
        self.statuses: Counter[int] = Counter()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests += 1
        await self.app(scope, receive, _CountedSend(send, self.statuses))


class _CountedSend:
    """An ASGI ``send`` that counts statuses. It keeps the server's ``__self__`` visible,
    which is how the emulator finds the connection to drop for a reset fault."""

    def __init__(self, send: Any, statuses: Counter[int]) -> None:
        self.__self__ = getattr(send, "__self__", None)
        self._send = send
        self._statuses = statuses

    async def __call__(self, message: Any) -> None:
        if message["type"] == "http.response.start":
            self._statuses[int(message["status"])] += 1
        await self._send(message)


@dataclass
class Tally:
    """What the client side saw."""

    sent: list[str] = field(default_factory=list)  # names of good records handed to bulk()
    written: set[str] = field(default_factory=set)  # reported written (ok results)
    failed: int = 0  # good records reported failed (uncertain / unsettled included)
    refused: int = 0  # bad records refused, as they must be
    bad_written: list[str] = field(default_factory=list)  # bad records that got through
    deleted: set[str] = field(default_factory=set)
    untyped: list[str] = field(default_factory=list)  # errors that were not CloseErrors
    latencies: list[float] = field(default_factory=list)
    direct_calls: int = 0


async def timed(tally: Tally, call: Any) -> Any:
    started = time.perf_counter()
    try:
        return await call
    except CloseError:
        return None
    except Exception as exc:  # the thing a soak is for: anything untyped is a failure
        tally.untyped.append(f"{type(exc).__name__}: {exc}"[:200])
        return None
    finally:
        tally.latencies.append(time.perf_counter() - started)
        tally.direct_calls += 1


HOSTILE_BODIES = [
    b'{"name": "soak hostile", "description": 1e400}',
    b'{"name": "soak hostile", "description": -0.0}',
    b'{"name": "soak hostile", "custom.cf_nope": 1e308}',
    b'{"name": "soak hostile", "contacts": [' + b",".join([b"{}"] * 2000) + b"]}",
    b'{"name": "soak hostile", "addresses": "not a list"}',
    b"not json at all",
    b'{"name": ' + b"[" * 500 + b"]" * 500 + b"}",
    b"",
]
HOSTILE_QUERIES = [
    "_limit=1e400",
    "_limit=nan",
    "_skip=-0",
    "_limit=-1",
    "_skip=inf",
    "_limit=0x10",
]


async def hostile(tally: Tally, client: AsyncClose, rng: random.Random) -> None:
    """Bad input on the second organization: each must get a typed answer, never a 5xx."""
    http = client.http
    for _ in range(6):
        body = rng.choice(HOSTILE_BODIES)
        headers = {"Content-Type": "application/json"}
        await timed(tally, http.post("lead/", content=body, headers=headers))
        await timed(tally, http.get(f"lead/?{rng.choice(HOSTILE_QUERIES)}"))


async def direct(tally: Tally, client: AsyncClose, sync: Close, ids: list[str]) -> None:
    """Ordinary calls on both clients while the bulk run goes on."""
    rng = random.Random(len(ids))
    for _ in range(10):
        if ids:
            lead_id = rng.choice(ids)
            await timed(tally, client.call(get_lead, lead_id=lead_id))
            body = LeadUpdate(description=f"touched {rng.random():.6f}")
            await timed(tally, client.call(update_lead, lead_id=lead_id, body=body))
            await timed(tally, asyncio.to_thread(sync.call, get_lead, lead_id=lead_id))
        await timed(tally, client.call(list_leads, limit=50))
        await timed(tally, client.call(get_lead, lead_id="lead_" + "0" * 43))
        await timed(tally, asyncio.to_thread(sync.call, list_leads, limit=20))


async def churn(tally: Tally, client: AsyncClose, victims: list[tuple[str, str]]) -> None:
    """Delete some of the previous round's leads while the reconciler lists."""
    for lead_id, name in victims:
        # Counted as deleted before the call: a DELETE whose answer was dropped is retried,
        # and the retry's 404 says it was gone; either way the lead is no longer expected.
        tally.deleted.add(name)
        with contextlib.suppress(CloseError):
            await client.call(delete_lead, lead_id=lead_id)
        await asyncio.sleep(0.005)


async def one_round(
    number: int, tally: Tally, clients: tuple[AsyncClose, AsyncClose, Close], state: dict[str, Any]
) -> None:
    client, other, sync = clients
    rng = random.Random(number)
    good = [f"soak r{number:03d} n{n:03d}" for n in range(BULK_SIZE)]
    items: list[dict[str, Any]] = [{"body": LeadCreate(name=name)} for name in good]
    bad = [f"soak r{number:03d} bad{n}" for n in range(3)]
    items.insert(7, {"body": LeadCreate(name=bad[0]), "bogus_argument": 1})
    items.insert(20, {"body": LeadCreate(name=bad[1], status="No such status")})
    items.insert(33, {"body": LeadCreate(name=bad[2]), "lead_id": "lead_x"})
    tally.sent += good
    victims: list[tuple[str, str]] = state.get("victims", [])
    ids: list[str] = state.get("ids", [])
    run = bulk(client, create_lead, items, concurrency=6, reconcile=RECONCILE)
    results, *_ = await asyncio.gather(
        run,
        churn(tally, client, victims),
        direct(tally, client, sync, ids),
        hostile(tally, other, rng),
    )
    fresh: list[tuple[str, str]] = []
    for result in results:
        name = result.arguments["body"].name if "body" in result.arguments else "?"
        is_bad = name in bad
        if result.error is not None and not isinstance(result.error, CloseError | TypeError):
            tally.untyped.append(f"{type(result.error).__name__}: {result.error}"[:200])
        if is_bad:
            if result.ok:
                tally.bad_written.append(name)
            else:
                tally.refused += 1
        elif result.ok:
            tally.written.add(name)
            fresh.append((result.value.id, name))
        else:
            tally.failed += 1
    state["victims"] = rng.sample(fresh, k=min(len(fresh), 15))
    state["ids"] = [lead_id for lead_id, _ in fresh]


def verify(app: Any, key: str, tally: Tally) -> tuple[int, int]:
    """Records lost and duplicated, from the emulator's own store."""
    found = app.state.emulator.world.authenticate(key)
    assert found is not None
    stored = Counter(lead.name for lead in found[0].leads.values())
    lost = sum(
        1
        for name in tally.written
        if stored[name] == 0 and name not in tally.deleted and not name.startswith("?")
    )
    duplicated = sum(count - 1 for name, count in stored.items() if count > 1)
    return lost, duplicated


def stored_objects(app: Any, keys: tuple[str, ...]) -> Counter[str]:
    """What the emulator holds at the end: most of the RSS growth is this state."""
    held: Counter[str] = Counter()
    for key in keys:
        found = app.state.emulator.world.authenticate(key)
        if found is not None:
            held["leads"] += len(found[0].leads)
            held["contacts"] += len(found[0].contacts)
    return held


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def soak(seconds: float, seed: int) -> int:
    key, other_key = "soak_" + secrets.token_urlsafe(16), "soak_" + secrets.token_urlsafe(16)
    rss_before = rss_mib()
    app = create_app(api_keys=[key, other_key], faults=FAULTS, seed=seed, rate_limit=RATE_LIMIT)
    faults = CountingFaults(app.state.emulator.faults, seed)
    app.state.emulator.faults = faults
    meter = Meter(app)
    tally = Tally()
    started = time.monotonic()
    rounds = 0
    with ServerThread(meter) as server:
        url = server.base_url
        async with (
            AsyncClose(key, base_url=url, retry=POLICY, deadline=30) as client,
            AsyncClose(other_key, base_url=url, retry=POLICY, deadline=30) as other,
        ):
            with Close(key, base_url=url, retry=POLICY, deadline=30) as sync:
                state: dict[str, Any] = {}
                while time.monotonic() - started < seconds:
                    await one_round(rounds, tally, (client, other, sync), state)
                    rounds += 1
        lost, duplicated = verify(app, key, tally)
        held = stored_objects(app, (key, other_key))
    elapsed = time.monotonic() - started
    rss_after = rss_mib()
    fives = sum(n for status, n in meter.statuses.items() if status >= 500)
    not_injected = fives - faults.injected.get("503", 0)
    latencies = tally.latencies
    p50 = statistics.median(latencies) if latencies else 0.0
    injected = ", ".join(f"{kind}: {n}" for kind, n in sorted(faults.injected.items()))
    lines = [
        f"soak: {elapsed:.1f} s, {rounds} rounds, seed {seed}, faults {FAULTS}, "
        f"rate limit {RATE_LIMIT}",
        f"requests                 {meter.requests} (server side, retries included)",
        f"5xx (not injected)       {not_injected}",
        f"records lost             {lost}",
        f"records duplicated       {duplicated}",
        f"untyped errors           {len(tally.untyped)}",
        f"records written          {len(tally.written)} of {len(tally.sent)} sent "
        f"({tally.failed} failed and reported; {tally.refused} bad records refused, "
        f"{len(tally.bad_written)} accepted)",
        f"faults injected          {injected or 'none'}",
        f"RSS                      before {rss_before:.1f} MiB, after {rss_after:.1f} MiB "
        f"(the emulator then holds {held['leads']} leads, {held['contacts']} contacts)",
        f"latency (direct calls)   p50 {p50 * 1000:.1f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms (n={len(latencies)})",
    ]
    print("\n".join(lines))
    for problem in tally.untyped[:5]:
        print(f"  untyped: {problem}")
    bad = not_injected or lost or duplicated or tally.untyped or tally.bad_written
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="how long to drive traffic")
    parser.add_argument("--seed", type=int, default=1, help="seed of the injected faults")
    args = parser.parse_args(argv)
    if not 0 < args.seconds <= 900:
        parser.error("--seconds must be between 0 and 900")
    return asyncio.run(soak(args.seconds, args.seed))


if __name__ == "__main__":
    sys.exit(main())
