"""No header value makes either client wait longer than its policy's ``max_wait``.

A table of hostile ``RateLimit`` resets and ``Retry-After`` values, sent on a success (so
the pacer reads them) and on a 429 / 503 (so the retry decision does), through ``Close``
and ``AsyncClose`` with the sleep injected: every requested sleep is recorded and must be
within bounds, and every call must end with a result or a typed error.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from close_api.api.leads import get_lead

from closeext import AsyncClose, Close, RateLimited, RetryPolicy, ServerError

KEY = "sk_waits_SECRET"
MAX_WAIT = 5.0
POLICY = RetryPolicy(max_attempts=3, max_wait=MAX_WAIT, backoff_base=0.01, backoff_cap=0.02)
HOSTILE = ["86400", "1e308", "1e400", "9" * 400, "inf", "-inf", "nan", "-1", "-0", "garbage", ""]
LEAD = {"id": "lead_1", "name": "Acme"}


async def run(
    kind: str, answers: list[httpx.Response], calls: int = 2
) -> tuple[list[Any], list[float]]:
    """Make ``calls`` get_lead calls; return each outcome (value or error) and the sleeps."""
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    sleeps: list[float] = []
    outcomes: list[Any] = []
    transport = httpx.MockTransport(handler)
    if kind == "sync":
        with Close(KEY, transport=transport, retry=POLICY, sleep=sleeps.append) as close:
            for _ in range(calls):
                try:
                    outcomes.append(close.call(get_lead, lead_id="lead_1"))
                except Exception as exc:
                    outcomes.append(exc)
        return outcomes, sleeps

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with AsyncClose(KEY, transport=transport, retry=POLICY, sleep=asleep) as aclose:
        for _ in range(calls):
            try:
                outcomes.append(await asyncio.wait_for(aclose.call(get_lead, lead_id="lead_1"), 10))
            except Exception as exc:
                outcomes.append(exc)
    return outcomes, sleeps


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("reset", HOSTILE)
async def test_a_ratelimit_reset_on_a_success_never_stalls_the_next_request(
    kind: str, reset: str
) -> None:
    header = f"limit=100, remaining=0, reset={reset}"
    outcomes, sleeps = await run(
        kind, [httpx.Response(200, json=LEAD, headers={"RateLimit": header})]
    )
    assert [type(o).__name__ for o in outcomes] == ["Lead", "Lead"]
    assert all(0 <= s <= MAX_WAIT for s in sleeps), sleeps


@pytest.mark.parametrize("value", HOSTILE)
async def test_a_429_asking_for_too_long_gives_up_typed_without_sleeping_long(
    kind: str, value: str
) -> None:
    headers = {"RateLimit": f"limit=100, remaining=0, reset={value}", "Retry-After": value}
    refused = httpx.Response(429, json={"error": {"rate_reset": value}}, headers=headers)
    outcomes, sleeps = await run(kind, [refused], calls=1)
    assert isinstance(outcomes[0], RateLimited)
    assert all(0 <= s <= MAX_WAIT for s in sleeps), sleeps


@pytest.mark.parametrize("value", HOSTILE)
async def test_a_retry_after_on_a_503_is_bounded_too(kind: str, value: str) -> None:
    busy = httpx.Response(503, json={"error": "busy"}, headers={"Retry-After": value})
    outcomes, sleeps = await run(kind, [busy], calls=1)
    assert isinstance(outcomes[0], ServerError)
    assert all(0 <= s <= MAX_WAIT for s in sleeps), sleeps


async def test_a_sane_reset_is_still_honoured(kind: str) -> None:
    header = "limit=100, remaining=0, reset=1.5"
    answers = [httpx.Response(200, json=LEAD, headers={"RateLimit": header})]
    outcomes, sleeps = await run(kind, answers)
    assert [type(o).__name__ for o in outcomes] == ["Lead", "Lead"]
    assert len(sleeps) == 1 and 1.5 <= sleeps[0] <= 1.6
