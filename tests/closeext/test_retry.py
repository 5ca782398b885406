"""Retry decisions, header parsing and pacing: pure tables, no I/O, no real clock."""

from __future__ import annotations

import dataclasses
import email.utils
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeext._retry import (
    DEFAULT_MAX_ATTEMPTS,
    ExcKind,
    Pacer,
    RateLimitInfo,
    RetryPolicy,
    backoff,
    decide,
    is_incremental_update,
    jitter,
    legacy_rate_reset,
    parse_ratelimit,
    parse_retry_after,
    rate_limit_from_headers,
)


class PinnedRng:
    """A random source that always returns the same value."""

    def __init__(self, value: float) -> None:
        self.value = value

    def random(self) -> float:
        return self.value


NO_JITTER = PinnedRng(0.0)
POLICY = RetryPolicy()


# -- which outcomes are retried, for which methods ---------------------------------------

CONNECT, NETWORK = ExcKind.CONNECT, ExcKind.NETWORK


@pytest.mark.parametrize(
    ("method", "status", "exc_kind", "incremental", "retried"),
    [
        # Idempotent methods: every retryable status and every connection failure.
        ("GET", 429, None, False, True),
        ("GET", 502, None, False, True),
        ("GET", 503, None, False, True),
        ("GET", 504, None, False, True),
        ("GET", None, CONNECT, False, True),
        ("GET", None, NETWORK, False, True),
        ("get", 503, None, False, True),
        ("PUT", 503, None, False, True),
        ("PUT", None, NETWORK, False, True),
        ("DELETE", 504, None, False, True),
        ("DELETE", None, NETWORK, False, True),
        ("HEAD", 502, None, False, True),
        # Statuses that never retry.
        ("GET", 200, None, False, False),
        ("GET", 400, None, False, False),
        ("GET", 404, None, False, False),
        ("GET", 500, None, False, False),
        ("GET", 501, None, False, False),
        # POST: only 429 and failures to connect.
        ("POST", 429, None, False, True),
        ("POST", None, CONNECT, False, True),
        ("POST", 502, None, False, False),
        ("POST", 503, None, False, False),
        ("POST", 504, None, False, False),
        ("POST", None, NETWORK, False, False),
        # .add/.remove PUTs are treated like POST.
        ("PUT", 429, None, True, True),
        ("PUT", None, CONNECT, True, True),
        ("PUT", 503, None, True, False),
        ("PUT", None, NETWORK, True, False),
        # PATCH is not in the idempotent set.
        ("PATCH", 503, None, False, False),
    ],
)
def test_which_outcomes_are_retried(
    method: str, status: int | None, exc_kind: ExcKind | None, incremental: bool, retried: bool
) -> None:
    decision = decide(
        POLICY,
        method=method,
        attempt=1,
        status=status,
        exc_kind=exc_kind,
        is_incremental_put=incremental,
        rng=NO_JITTER,
    )
    assert decision.retry is retried
    assert decision.reason


# -- how long each wait is ---------------------------------------------------------------

DATE_NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("status", "headers", "body", "wait"),
    [
        # The RateLimit reset, decimals included (Close's own client read "0.5" as 0 s).
        (429, {"RateLimit": "limit=100, remaining=0, reset=0.5"}, None, 0.5),
        (429, {"ratelimit": "limit=100, remaining=0, reset=0.734"}, None, 0.734),
        (429, {"RateLimit": "reset=2; remaining=0; limit=16"}, None, 2.0),
        (429, {"RateLimit": "limit=100, remaining=0, reset=0"}, None, 0.0),
        # RateLimit beats Retry-After, which beats the legacy body.
        (
            429,
            {"RateLimit": "limit=10, remaining=0, reset=1.25", "Retry-After": "2"},
            b'{"error": {"rate_reset": 3}}',
            1.25,
        ),
        (429, {"Retry-After": "2"}, b'{"error": {"rate_reset": 3}}', 2.0),
        # A 429 from a stricter limit than the one RateLimit reports: trust Retry-After...
        (429, {"RateLimit": "limit=100, remaining=40, reset=9", "Retry-After": "1"}, None, 1.0),
        # ...unless there is none.
        (429, {"RateLimit": "limit=100, remaining=40, reset=9"}, None, 9.0),
        (429, {"Retry-After": email.utils.formatdate(DATE_NOW + 7, usegmt=True)}, None, 7.0),
        # The legacy body, nested or top-level, bytes or parsed, numbers or strings.
        (429, {}, b'{"error": {"message": "slow down", "rate_reset": 1.5}}', 1.5),
        (429, {}, {"error": {"rate_reset": "2.25"}}, 2.25),
        (429, {}, b'{"rate_reset": "0.75"}', 0.75),
        # The pre-2023 header set.
        (
            429,
            {"X-Rate-Limit-Limit": "5", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "1.5"},
            None,
            1.5,
        ),
        # Garbage everywhere: exponential backoff (0.5 s on the first retry).
        (429, {"RateLimit": "nonsense", "Retry-After": "soon"}, b"<html>", 0.5),
        # On a 503 the RateLimit header describes an unrelated window: back off instead...
        (503, {"RateLimit": "limit=100, remaining=50, reset=5"}, None, 0.5),
        # ...unless the server says when to come back.
        (503, {"Retry-After": "3"}, None, 3.0),
        (502, {}, b'{"error": {"rate_reset": 9}}', 0.5),
    ],
)
def test_wait_follows_what_the_server_says(
    status: int, headers: dict[str, str], body: object, wait: float
) -> None:
    decision = decide(
        POLICY,
        method="GET",
        attempt=1,
        status=status,
        headers=headers,
        body=body,
        rng=NO_JITTER,
        now=DATE_NOW,
    )
    assert decision.retry
    assert decision.wait == pytest.approx(wait)


def test_server_hints_are_not_jittered() -> None:
    decision = decide(
        POLICY,
        method="GET",
        attempt=1,
        status=429,
        headers={"RateLimit": "limit=1, remaining=0, reset=0.5"},
        rng=PinnedRng(0.99),
    )
    assert decision.wait == 0.5


@pytest.mark.parametrize(
    ("attempt", "rng_value", "wait"),
    [
        (1, 0.0, 0.5),
        (2, 0.0, 1.0),
        (3, 0.0, 2.0),
        (4, 0.0, 4.0),
        (5, 0.0, 8.0),
        (6, 0.0, 8.0),  # capped at backoff_cap
        (9, 0.0, 8.0),
        (1, 0.5, 0.5 * (1 - 0.25 * 0.5)),  # jitter only ever shortens
        (6, 0.999, 8.0 * (1 - 0.25 * 0.999)),
    ],
)
def test_backoff_doubles_to_the_cap_with_pinned_jitter(
    attempt: int, rng_value: float, wait: float
) -> None:
    policy = RetryPolicy(max_attempts=20)
    decision = decide(policy, method="GET", attempt=attempt, status=503, rng=PinnedRng(rng_value))
    assert decision.retry
    assert decision.wait == pytest.approx(wait)


def test_backoff_never_exceeds_max_wait() -> None:
    policy = RetryPolicy(max_attempts=20, backoff_cap=30.0, max_wait=3.0)
    assert backoff(policy, 10, NO_JITTER) == 3.0


@given(wait=st.floats(0, 1e6), fraction=st.floats(0, 1), value=st.floats(0, 1, exclude_max=True))
def test_jitter_stays_between_zero_and_the_wait(wait: float, fraction: float, value: float) -> None:
    assert 0 <= jitter(wait, fraction, PinnedRng(value)) <= wait


# -- when it gives up ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "exc_kind"), [(429, None), (503, None), (None, CONNECT), (None, NETWORK)]
)
def test_gives_up_at_max_attempts(status: int | None, exc_kind: ExcKind | None) -> None:
    policy = RetryPolicy(max_attempts=3)
    outcome = {"status": status, "exc_kind": exc_kind, "rng": NO_JITTER}
    assert decide(policy, method="GET", attempt=2, **outcome).retry  # type: ignore[arg-type]
    last = decide(policy, method="GET", attempt=3, **outcome)  # type: ignore[arg-type]
    assert not last.retry
    assert "3 attempts" in last.reason


def test_default_policy_tries_five_times() -> None:
    tries = [
        decide(POLICY, method="GET", attempt=n, status=503, rng=NO_JITTER).retry
        for n in range(1, 8)
    ]
    assert DEFAULT_MAX_ATTEMPTS == 5
    assert tries == [True, True, True, True, False, False, False]


def test_a_wait_longer_than_max_wait_gives_up_instead_of_sleeping() -> None:
    policy = RetryPolicy(max_wait=10.0)
    decision = decide(
        policy,
        method="GET",
        attempt=1,
        status=429,
        headers={"RateLimit": "limit=100, remaining=0, reset=42.5"},
        rng=NO_JITTER,
    )
    assert not decision.retry
    assert decision.wait == 42.5
    assert "max_wait" in decision.reason


def test_a_wait_equal_to_max_wait_is_accepted() -> None:
    policy = RetryPolicy(max_wait=10.0)
    headers = {"Retry-After": "10"}
    decision = decide(policy, method="POST", attempt=1, status=429, headers=headers, rng=NO_JITTER)
    assert decision.retry
    assert decision.wait == 10.0


def test_disabled_policy_never_retries() -> None:
    policy = RetryPolicy.disabled()
    assert not decide(policy, method="GET", attempt=1, status=429, rng=NO_JITTER).retry


# -- the policy is plain, validated data ----------------------------------------------------


def test_policy_is_frozen_and_normalised() -> None:
    policy = RetryPolicy(retry_statuses={429}, idempotent_methods=["get"])  # type: ignore[arg-type]
    assert policy.retry_statuses == frozenset({429})
    assert policy.idempotent_methods == frozenset({"GET"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_attempts = 9  # type: ignore[misc]
    # A custom status set is honoured by decide.
    assert not decide(policy, method="GET", attempt=1, status=503, rng=NO_JITTER).retry


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_attempts": 0},
        {"backoff_base": -1.0},
        {"backoff_cap": math.inf},
        {"max_wait": math.nan},
        {"jitter": 1.5},
        {"jitter": -0.1},
    ],
)
def test_policy_rejects_nonsense(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# -- parsing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("limit=100, remaining=50, reset=5", RateLimitInfo(100, 50, 5.0)),
        ("limit=100, remaining=50, reset=0.734", RateLimitInfo(100, 50, 0.734)),
        ("limit=160; remaining=159; reset=8", RateLimitInfo(160, 159, 8.0)),
        ("reset=1,limit=16,remaining=14", RateLimitInfo(16, 14, 1.0)),
        ("  LIMIT = 3 ,Remaining=0 ;  Reset=.5 ", RateLimitInfo(3, 0, 0.5)),
        ('limit=10, remaining=9, reset=2, policy="key"', RateLimitInfo(10, 9, 2.0)),
        ("limit=100, remaining=50", None),
        ("limit=100, remaining=-1, reset=5", None),
        ("limit=x, remaining=1, reset=5", None),
        ("limit=100, remaining=50, reset=nan", None),
        ("limit=100, remaining=50, reset=inf", None),
        ("100, 50, 5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_ratelimit(header: str | None, expected: RateLimitInfo | None) -> None:
    assert parse_ratelimit(header) == expected


@given(st.text())
def test_parse_ratelimit_never_raises(header: str) -> None:
    info = parse_ratelimit(header)
    assert info is None or (info.limit >= 0 and info.remaining >= 0 and info.reset >= 0)


def test_rate_limit_from_headers_prefers_the_current_header() -> None:
    headers = {
        "ratelimit": "limit=10, remaining=1, reset=0.5",
        "x-rate-limit-limit": "99",
        "x-rate-limit-remaining": "98",
        "x-rate-limit-reset": "9",
    }
    assert rate_limit_from_headers(headers) == RateLimitInfo(10, 1, 0.5)
    del headers["ratelimit"]
    assert rate_limit_from_headers(headers) == RateLimitInfo(99, 98, 9.0)
    assert rate_limit_from_headers({}) is None


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        (email.utils.formatdate(DATE_NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(DATE_NOW - 30, usegmt=True), 0.0),  # already past
        ("-1", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    result = parse_retry_after(value, now=DATE_NOW)
    assert result == (None if seconds is None else pytest.approx(seconds))


@pytest.mark.parametrize(
    ("body", "seconds"),
    [
        (b'{"error": {"rate_reset": 1.5}}', 1.5),
        ('{"error": {"rate_reset": "0.25"}}', 0.25),
        ({"error": {"rate_reset": 4}}, 4.0),
        ({"rate_reset": "2"}, 2.0),
        ({"error": "Too many requests"}, None),
        ({"error": {"rate_reset": True}}, None),
        ({"error": {"rate_reset": -3}}, None),
        ({"error": {"rate_reset": "NaN"}}, None),
        (b"not json", None),
        (b"\xff\xfe", None),
        (b"[1, 2]", None),
        (b"", None),
        (None, None),
        (42, None),
    ],
)
def test_legacy_rate_reset(body: object, seconds: float | None) -> None:
    assert legacy_rate_reset(body) == seconds


@pytest.mark.parametrize(
    ("method", "content", "incremental"),
    [
        ("PUT", b'{"custom.cf_x.add": "a"}', True),
        ("put", b'{"name": "x", "custom.cf_x.remove": ["a"]}', True),
        ("PUT", b'{"name": "x", "custom.cf_x": ["a"]}', False),
        ("PUT", b'{"address": {"x.add": 1}}', False),  # only top-level keys count
        ("POST", b'{"custom.cf_x.add": "a"}', False),  # POST is unsafe anyway
        ("PUT", b"", False),
        ("PUT", b"not json", False),
        ("PUT", b'["custom.cf_x.add"]', False),
    ],
)
def test_is_incremental_update(method: str, content: bytes, incremental: bool) -> None:
    assert is_incremental_update(method, content) is incremental


# -- pacing -------------------------------------------------------------------------------


def test_pacer_without_information_never_delays() -> None:
    pacer = Pacer()
    assert [pacer.delay_before_next(now=0.0) for _ in range(50)] == [0.0] * 50


def test_pacer_lets_requests_through_while_the_budget_is_comfortable() -> None:
    pacer = Pacer()
    pacer.observe(RateLimitInfo(limit=100, remaining=60, reset=3.0), now=0.0)
    assert [pacer.delay_before_next(now=0.0) for _ in range(40)] == [0.0] * 40


def test_pacer_holds_requests_until_the_window_ends_when_nothing_is_left() -> None:
    pacer = Pacer(margin=0.05)
    pacer.observe(RateLimitInfo(limit=100, remaining=0, reset=2.5), now=10.0)
    assert pacer.delay_before_next(now=10.0) == pytest.approx(2.55)
    assert pacer.delay_before_next(now=11.0) == pytest.approx(1.55)
    # Once the window is over, the stale reading no longer holds anything back.
    assert pacer.delay_before_next(now=12.6) == 0.0
    assert pacer.delay_before_next(now=12.6) == 0.0


def test_pacer_spreads_a_low_budget_over_the_time_to_reset() -> None:
    pacer = Pacer(low_fraction=0.1, margin=0.05)
    pacer.observe(RateLimitInfo(limit=100, remaining=4, reset=2.0), now=0.0)
    # Four concurrent requests share the window evenly; a fifth waits for the next one.
    delays = [pacer.delay_before_next(now=0.0) for _ in range(5)]
    assert delays == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.05])


def test_pacer_counts_requests_still_in_flight() -> None:
    pacer = Pacer(margin=0.0)
    pacer.observe(RateLimitInfo(limit=100, remaining=100, reset=1.0), now=0.0)
    for _ in range(3):
        assert pacer.delay_before_next(now=0.0) == 0.0
    # One answer comes back with 2 left while two requests are still on their way:
    # they will use those 2, so a new request must wait for the window to end.
    pacer.observe(RateLimitInfo(limit=100, remaining=2, reset=0.8), now=0.1)
    assert pacer.delay_before_next(now=0.1) == pytest.approx(0.8)
