"""Rate limits: the RateLimit header on every response, 429s, per key and per organization."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from closeext.emulator import EmulatorApp, RateLimit, create_app
from closeext.emulator._ratelimit import RateLimiter

KEY = "rate-limit-key"
HEADER_RE = re.compile(r"^limit=(\d+), remaining=(\d+), reset=(\d+\.\d{3})$")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def parse(header: str) -> tuple[int, int, float]:
    match = HEADER_RE.match(header)
    assert match, header
    return int(match.group(1)), int(match.group(2)), float(match.group(3))


# --- the limiter alone -----------------------------------------------------------------


def test_key_limit_counts_down_then_refuses_until_the_window_ends() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(3, 10), clock=clock)
    seen = []
    for _ in range(3):
        decision = limiter.hit("k1", "org")
        assert decision.allowed
        seen.append(parse(decision.header)[:2])
        clock.now += 1
    assert seen == [(3, 2), (3, 1), (3, 0)]

    refused = limiter.hit("k1", "org")
    assert not refused.allowed
    assert refused.limit_type == "key"
    assert parse(refused.header) == (3, 0, 7.0)
    assert refused.retry_after() == "7"

    clock.now += 6.5  # refused requests do not count, so the window still ends on time
    assert not limiter.hit("k1", "org").allowed
    clock.now += 0.5
    assert parse(limiter.hit("k1", "org").header) == (3, 2, 10.0)


def test_organization_limit_is_three_times_the_key_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(2, 5), clock=clock)
    for key in ("k1", "k2", "k3"):
        assert limiter.hit(key, "org").allowed
        assert limiter.hit(key, "org").allowed
    refused = limiter.hit("k4", "org")
    assert not refused.allowed
    assert refused.limit_type == "organization"
    assert refused.limit == 6
    assert refused.legacy_body()["error"]["rate_limit_type"] == "organization"
    # Another organization is not affected.
    assert limiter.hit("k5", "other-org").allowed


def test_header_reports_the_limit_the_caller_is_closest_to() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(10, 60), clock=clock)
    for _ in range(8):
        limiter.hit("busy", "org")
    # "busy" used 8 of 10, the organization 8 of 30: the key is closer.
    assert parse(limiter.hit("busy", "org").header)[:2] == (10, 1)
    for key in ("a", "b", "c", "d", "e"):
        for _ in range(4):
            limiter.hit(key, "org")
    # Now the organization has 30 - 29 = 1 left while a fresh key would have 9.
    assert parse(limiter.hit("fresh", "org").header)[:2] == (30, 0)


def test_retry_after_rounds_up_and_is_at_least_one_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(1, 2.5), clock=clock)
    limiter.hit("k", "o")
    assert limiter.hit("k", "o").retry_after() == "3"
    clock.now += 2.4
    refused = limiter.hit("k", "o")
    assert refused.reset == pytest.approx(0.1)
    assert refused.retry_after() == "1"


@pytest.mark.parametrize("text", ["", "10", "10/", "/5", "a/b", "-1/5", "10/-5", "1/0", "0/1"])
def test_malformed_limits_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        RateLimit.parse(text)


def test_limit_forms() -> None:
    assert RateLimit.parse("20/1") == RateLimit(20, 1.0)
    assert RateLimit.parse(" 100 / 60s ") == RateLimit(100, 60.0)
    assert RateLimit.parse("5/0.5") == RateLimit(5, 0.5)


# --- through the app ---------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def limited_app(clock: FakeClock) -> EmulatorApp:
    app = create_app(api_keys=[KEY])
    app.state.emulator.limiter = RateLimiter(RateLimit(3, 10), clock=clock)
    return app


@pytest.fixture
async def client(limited_app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=limited_app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator/api/v1/", auth=(KEY, "")
    ) as c:
        yield c


async def test_every_kind_of_response_carries_the_header(client: httpx.AsyncClient) -> None:
    app = create_app(api_keys=[KEY])  # no configured limit: a generous default is reported
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://e/api/v1/", auth=(KEY, "")
    ) as unlimited:
        responses = [
            await unlimited.get("lead/"),
            await unlimited.post("lead/", json={"name": 3}),
            await unlimited.get("lead/lead_doesnotexist/"),
            await unlimited.get("nowhere/"),
            await unlimited.patch("lead/"),
            await unlimited.get("lead"),
            await unlimited.get("lead/", auth=("wrong", "")),
        ]
    assert [r.status_code for r in responses] == [200, 400, 404, 404, 405, 308, 401]
    for response in responses:
        limit, remaining, reset = parse(response.headers["ratelimit"])
        assert limit >= 1_000_000 and remaining > 0 and reset > 0


async def test_429_has_retry_after_and_the_legacy_body(
    client: httpx.AsyncClient, clock: FakeClock
) -> None:
    for expected_remaining in (2, 1, 0):
        response = await client.get("lead/")
        assert response.status_code == 200
        assert parse(response.headers["ratelimit"])[1] == expected_remaining
        clock.now += 1.25
    refused = await client.post("lead/", json={"name": "not created"})
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "7"
    assert parse(refused.headers["ratelimit"]) == (3, 0, 6.25)
    error = refused.json()["error"]
    assert error["rate_reset"] == 6.25
    assert (error["rate_limit"], error["rate_window"], error["rate_limit_type"]) == (3, 10, "key")
    assert "message" in error
    clock.now += 6.25
    assert (await client.get("lead/")).status_code == 200
    names = [lead["name"] for lead in (await client.get("lead/")).json()["data"]]
    assert "not created" not in names


async def test_unauthenticated_requests_do_not_use_up_the_limit(client: httpx.AsyncClient) -> None:
    for _ in range(5):
        assert (await client.get("lead/", auth=("nobody", ""))).status_code == 401
    assert (await client.get("lead/")).status_code == 200
