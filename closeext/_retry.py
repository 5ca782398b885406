"""Retry policy and pacing for the Close API: data and pure decisions, no I/O.

Everything here is deterministic given its inputs: the clock, the headers and the
random source are passed in. The transports in ``_transport`` only loop, sleep and
send; the sync and the async transport share every decision made here.

What is retried (design rules 4 and 5):

* ``GET``/``PUT``/``DELETE`` (and ``HEAD``/``OPTIONS``) on 429, 502, 503, 504 and on
  any connection-level failure (connect, read or write errors, timeouts, protocol errors).
* ``POST`` and PUTs that use ``.add``/``.remove`` keys are not idempotent: replaying one
  could write a record twice. They are retried only on 429 (Close refused the request
  without acting on it) and when the connection could not even be set up
  (:attr:`ExcKind.CONNECT`), because then the request surely never reached the server.

How long to wait, first match wins: the ``RateLimit`` header's ``reset`` (decimal seconds,
429 only), ``Retry-After``, the legacy body ``{"error": {"rate_reset": s}}`` (429 only),
then capped exponential backoff with jitter. Server hints are not jittered. One nuance:
a 429 whose ``RateLimit`` still shows ``remaining > 0`` was caused by some other, stricter
limit, so its ``Retry-After`` (if sent) wins over that header's ``reset``.

When the server asks for a wait longer than :attr:`RetryPolicy.max_wait`, we give up at
once instead of sleeping: the caller then sees the 429 as a ``RateLimited`` error whose
``reset`` tells them how long Close asked for. Blocking a program for minutes without
telling anyone is worse than a clear, typed error.
"""

from __future__ import annotations

import email.utils
import enum
import json
import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "DEFAULT_BACKOFF_BASE",
    "DEFAULT_BACKOFF_CAP",
    "DEFAULT_JITTER",
    "DEFAULT_MAX_ATTEMPTS",
    "DEFAULT_MAX_WAIT",
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "Decision",
    "ExcKind",
    "Pacer",
    "RandomSource",
    "RateLimitInfo",
    "RetryPolicy",
    "backoff",
    "decide",
    "is_incremental_update",
    "jitter",
    "legacy_rate_reset",
    "parse_ratelimit",
    "parse_retry_after",
    "rate_limit_from_headers",
    "requested_wait",
]

DEFAULT_MAX_ATTEMPTS = 5
"""Total tries per request, the first one included (Close's own client also uses 5)."""
DEFAULT_BACKOFF_BASE = 0.5
"""Seconds before the first backoff retry; doubled for every further attempt."""
DEFAULT_BACKOFF_CAP = 8.0
"""Longest backoff between two attempts when the server gave no hint."""
DEFAULT_MAX_WAIT = 60.0
"""Longest wait we accept from the server; past it we give up with the 429."""
DEFAULT_JITTER = 0.25
"""Backoff waits are shortened by up to this fraction, so clients spread out."""
RETRY_STATUSES: frozenset[int] = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})


class RandomSource(Protocol):
    """Anything with ``random() -> float`` in ``[0, 1)``, e.g. :class:`random.Random`."""

    def random(self) -> float: ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to retry. Plain data; see the module docstring for the rules."""

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_cap: float = DEFAULT_BACKOFF_CAP
    max_wait: float = DEFAULT_MAX_WAIT
    jitter: float = DEFAULT_JITTER
    retry_statuses: frozenset[int] = field(default=RETRY_STATUSES)
    idempotent_methods: frozenset[str] = field(default=IDEMPOTENT_METHODS)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("backoff_base", "backoff_cap", "max_wait"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter!r}")
        # Normalise so callers may pass any iterable and lower-case methods.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(
            self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods)
        )

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries (one attempt per request)."""
        return cls(max_attempts=1)


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """One reading of Close's ``RateLimit`` header: ``limit=100, remaining=50, reset=5``."""

    limit: int
    remaining: int
    reset: float
    """Seconds until the window ends; a decimal (``0.734``)."""


class ExcKind(enum.Enum):
    """How far a failed request got, which decides whether replaying it is safe."""

    CONNECT = "connect"
    """No connection was made (connect error/timeout, pool timeout): nothing was sent."""
    NETWORK = "network"
    """The connection broke or timed out after sending began: the server may have acted."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of :func:`decide`: whether to retry, after how many seconds, and why."""

    retry: bool
    wait: float
    reason: str


# -- parsing -----------------------------------------------------------------------------

_PAIR = re.compile(r"\s*([A-Za-z_-]+)\s*=\s*\"?([^,;\"]*)\"?\s*")
_RATELIMIT_KEYS = ("limit", "remaining", "reset")


def _number(text: Any) -> float | None:
    """A finite, non-negative number from an int, float or numeric string; else None."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        value = float(text)
    elif isinstance(text, str | bytes):
        try:
            value = float(text.strip())
        except ValueError:
            return None
    else:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value


# The form Close (and the emulator) send, read with one match; anything else takes the
# general path below, which gives the same reading for this form.
# (At most 15 digits, where int() and float() read a number exactly as _number does.)
_CANONICAL = re.compile(r"limit=(\d{1,15}), remaining=(\d{1,15}), reset=(\d{1,15}(?:\.\d{1,15})?)")


def parse_ratelimit(header: str | None) -> RateLimitInfo | None:
    """Parse ``limit=100, remaining=50, reset=5`` (any order, ``,`` or ``;``, any case).

    ``reset`` may be a decimal. Returns None for a missing or malformed header; never raises.
    """
    if not header or not isinstance(header, str):
        return None
    canonical = _CANONICAL.fullmatch(header)
    if canonical is not None:
        limit_text, remaining_text, reset_text = canonical.groups()
        return RateLimitInfo(int(limit_text), int(remaining_text), float(reset_text))
    return _parse_ratelimit_parts(header)


def _parse_ratelimit_parts(header: str) -> RateLimitInfo | None:
    """The general reading of a ``RateLimit`` value, part by part (see parse_ratelimit)."""
    found: dict[str, float | None] = {}
    for part in re.split(r"[,;]", header):
        match = _PAIR.fullmatch(part)
        # Parts we do not know (a future "policy=..." say) are skipped, not fatal.
        if match is not None and match.group(1).lower() in _RATELIMIT_KEYS:
            found[match.group(1).lower()] = _number(match.group(2))
    limit, remaining, reset = (found.get(k) for k in _RATELIMIT_KEYS)
    if limit is None or remaining is None or reset is None:
        return None
    return RateLimitInfo(limit=int(limit), remaining=int(remaining), reset=reset)


def rate_limit_from_headers(headers: Mapping[str, str]) -> RateLimitInfo | None:
    """The rate-limit reading of a response, from ``RateLimit`` or the older header sets.

    Close sends ``RateLimit`` since 2023; before that it sent ``X-Rate-Limit-Limit``,
    ``-Remaining`` and ``-Reset``. Some IETF drafts split ``RateLimit-Limit`` etc. too.
    """
    # One lookup, no copy, for the usual answer: httpx's headers find the name in any case
    # (a plain mapping, when spelt so); anything else is looked for below.
    info = parse_ratelimit(headers.get("ratelimit"))
    if info is not None:
        return info
    lowered = _lower(headers)
    info = parse_ratelimit(lowered.get("ratelimit"))
    if info is not None:
        return info
    for prefix in ("ratelimit-", "x-ratelimit-", "x-rate-limit-"):
        parts = [_number(lowered.get(prefix + k)) for k in ("limit", "remaining", "reset")]
        limit, remaining, reset = parts
        if limit is not None and remaining is not None and reset is not None:
            return RateLimitInfo(limit=int(limit), remaining=int(remaining), reset=reset)
    return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP-date.

    ``now`` (Unix time) is needed for the date form; a date in the past means 0.
    Returns None for anything unparseable.
    """
    if not value or not isinstance(value, str):
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    if now is None:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; be lenient with ones that omit it
        return None
    return max(0.0, when.timestamp() - now)


def legacy_rate_reset(body: bytes | Any) -> float | None:
    """``rate_reset`` seconds from a pre-2024 429 body, or None.

    Close's client read ``{"error": {"rate_reset": 1.5}}``; some third parties read a
    top-level ``rate_reset``, sometimes as a string. Both are accepted.
    """
    if isinstance(body, bytes | bytearray | str):
        try:
            body = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, dict) and "rate_reset" in error:
        return _number(error["rate_reset"])
    return _number(body.get("rate_reset"))


def is_incremental_update(method: str, content: bytes) -> bool:
    """True for a PUT whose JSON body has a key ending in ``.add`` or ``.remove``.

    Such a PUT changes multi-value fields relative to their current value, so sending it
    twice is not the same as sending it once.
    """
    if method.upper() != "PUT" or not content:
        return False
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and any(
        isinstance(k, str) and k.endswith((".add", ".remove")) for k in data
    )


# -- decisions -------------------------------------------------------------------------


def jitter(wait: float, fraction: float, rng: RandomSource) -> float:
    """Shorten ``wait`` by a random part of up to ``fraction`` (never lengthen it)."""
    return wait * (1.0 - fraction * rng.random())


def backoff(policy: RetryPolicy, attempt: int, rng: RandomSource) -> float:
    """Capped exponential backoff after ``attempt`` failed tries, jittered."""
    raw = policy.backoff_base * 2.0 ** max(0, attempt - 1)
    return jitter(min(raw, policy.backoff_cap, policy.max_wait), policy.jitter, rng)


def decide(
    policy: RetryPolicy,
    *,
    method: str,
    attempt: int,
    status: int | None = None,
    exc_kind: ExcKind | None = None,
    headers: Mapping[str, str] | None = None,
    body: bytes | Any = None,
    is_incremental_put: bool = False,
    rng: RandomSource,
    now: float | None = None,
) -> Decision:
    """Decide whether to try a request again after its ``attempt``-th try (1-based).

    Pass ``status`` for a response or ``exc_kind`` for a connection failure. ``now``
    (Unix time) is only used to read an HTTP-date ``Retry-After``.
    """
    idempotent = method.upper() in policy.idempotent_methods and not is_incremental_put
    if exc_kind is not None:
        if exc_kind is ExcKind.NETWORK and not idempotent:
            return Decision(False, 0.0, f"{method} may have reached the server; not replayed")
        what = "connection failed" if exc_kind is ExcKind.CONNECT else "network error"
    elif status is not None and status in policy.retry_statuses:
        if status != 429 and not idempotent:
            return Decision(False, 0.0, f"{status} on non-idempotent {method}; not replayed")
        what = f"status {status}"
    else:
        return Decision(False, 0.0, "not retryable")

    if attempt >= policy.max_attempts:
        return Decision(False, 0.0, f"{what}; gave up after {attempt} attempts")

    hint, source = _server_hint(status, headers or {}, body, now)
    if hint is None:
        return Decision(True, backoff(policy, attempt, rng), f"{what}; backoff")
    if hint > policy.max_wait:
        reason = f"{what}; {source} asks {hint:g}s, more than max_wait {policy.max_wait:g}s"
        return Decision(False, hint, reason)
    return Decision(True, hint, f"{what}; {source}")


def requested_wait(
    status: int | None, headers: Mapping[str, str], body: Any = None, *, now: float | None = None
) -> float | None:
    """Seconds the server asked us to wait before retrying, by the rules above, or None."""
    return _server_hint(status, headers, body, now)[0]


def _server_hint(
    status: int | None, headers: Mapping[str, str], body: Any, now: float | None
) -> tuple[float | None, str]:
    """The wait the server asked for, and where it came from."""
    lowered = _lower(headers)
    retry_after = parse_retry_after(lowered.get("retry-after"), now=now)
    if status == 429:
        # The RateLimit header is on most responses; only on a 429 does its reset say
        # "come back then" (on a 503 it describes an unrelated window). A 429 that still
        # shows budget left came from a stricter, unreported limit: Retry-After is the
        # hint meant for that one, when there is one.
        info = rate_limit_from_headers(lowered)
        if info is not None and (info.remaining == 0 or retry_after is None):
            return info.reset, "RateLimit reset"
    if retry_after is not None:
        return retry_after, "Retry-After"
    if status == 429:
        legacy = legacy_rate_reset(body)
        if legacy is not None:
            return legacy, "body rate_reset"
    return None, ""


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


# -- pacing ----------------------------------------------------------------------------


class Pacer:
    """Spaces requests so a bulk run stays under the rate limit instead of hitting 429s.

    Feed it every response's :class:`RateLimitInfo` with :meth:`observe` and ask
    :meth:`delay_before_next` right before each send. Within a window it lets requests
    through freely while the budget (``remaining`` minus requests already on their way)
    is comfortable; when the budget runs low it spreads what is left over the time to
    ``reset``; when nothing is left it holds requests until the window ends.

    One pacer is shared by all requests of a client (Close reports the limit the caller
    is closest to, so one reading per client is the useful one). It is thread-safe and
    never blocks: the transport does the sleeping.
    """

    def __init__(self, *, low_fraction: float = 0.1, margin: float = 0.01) -> None:
        """``low_fraction`` of the limit is the budget below which requests are spread;
        ``margin`` seconds are added after a window's end to absorb timer jitter.

        The window's end is computed from the response's arrival, which is already later
        than the server's reading by the one-way latency, so the margin can stay small: each
        window costs it once, and 50 ms of a 1 s window is 5% of the allowed rate.
        """
        self._low_fraction = low_fraction
        self._margin = margin
        self._lock = threading.Lock()
        self._in_flight = 0
        self._limit = 0
        self._remaining = 0
        self._window_end: float | None = None
        self._booked = 0
        self._next_slot = 0.0

    def delay_before_next(self, now: float) -> float:
        """Seconds to wait before sending one request, and book it (call once per send)."""
        with self._lock:
            self._in_flight += 1
            if self._window_end is None or now >= self._window_end:
                self._window_end = None  # the window we knew about is over
                return 0.0
            budget = self._remaining - self._booked
            self._booked += 1
            time_left = self._window_end - now
            if budget <= 0:
                return time_left + self._margin
            if budget > self._limit * self._low_fraction:
                return 0.0
            slot = max(now, self._next_slot)
            self._next_slot = slot + (self._window_end - slot) / budget
            return slot - now

    def observe(self, info: RateLimitInfo | None, now: float) -> None:
        """Record the end of a request; ``info`` is its response's reading, if any."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            if info is None:
                return
            self._limit = info.limit
            self._remaining = info.remaining
            self._window_end = now + info.reset
            # Requests still in flight may not be counted in this reading yet: assume
            # they will each use one unit of the budget.
            self._booked = self._in_flight
