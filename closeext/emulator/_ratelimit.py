"""Rate limiting as Close describes it: a limit per API key and 3x that per organization.

Windows are fixed: each key and each organization gets a window of ``window`` seconds that
opens with its first request and counts requests until it ends. That matches Close's
description of ``reset`` as "seconds until the window ends", and it makes a run
reproducible under an injected clock. (A fixed window admits up to twice the limit across
a window boundary; for an emulator that simplicity is worth more than smoothing.)

Every response carries ``RateLimit: limit=N, remaining=M, reset=S.sss`` for the limit the
caller is closest to. A refused request does not count against either limit. Close splits
limits further by endpoint group; the emulator uses one group for all endpoints.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

ORG_MULTIPLIER: Final = 3
#: The limit reported when none is configured: generous enough never to trigger.
DEFAULT_REQUESTS: Final = 1_000_000
DEFAULT_WINDOW: Final = 1.0

_SPEC_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(?:s|sec|seconds?)?\s*$")


@dataclass(frozen=True, slots=True)
class RateLimit:
    """``requests`` per ``window`` seconds for each API key; 3x that per organization."""

    requests: int
    window: float

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError("a rate limit needs at least 1 request per window")
        if not self.window > 0 or math.isinf(self.window):
            raise ValueError("a rate limit window must be a positive number of seconds")

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """Parse ``"N/S"``: N requests per S seconds, e.g. ``"20/1"`` or ``"100/60"``."""
        match = _SPEC_RE.match(text)
        if match is None:
            raise ValueError(
                f"invalid rate limit {text!r}: expected N/S, e.g. 20/1 for 20 requests per second"
            )
        return cls(int(match.group(1)), float(match.group(2)))

    @property
    def org_requests(self) -> int:
        return self.requests * ORG_MULTIPLIER


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request: allowed or not, and what to tell the client."""

    allowed: bool
    header: str
    limit: int
    remaining: int
    reset: float
    window: float
    limit_type: str

    def retry_after(self) -> str:
        """``Retry-After`` in whole seconds: the reset rounded up, at least 1."""
        return str(max(1, math.ceil(self.reset)))

    def legacy_body(self) -> dict[str, Any]:
        """The deprecated 429 body Close's older clients read ``error.rate_reset`` from."""
        scope = "API key" if self.limit_type == "key" else "organization"
        return {
            "error": {
                "message": (
                    f"Rate limit of {self.limit} requests per {self.window:g} seconds exceeded "
                    f"for this {scope}. Retry in {self.reset:.3f} seconds."
                ),
                "rate_reset": round(self.reset, 3),
                "rate_limit": self.limit,
                "rate_window": self.window,
                "rate_limit_type": self.limit_type,
            }
        }


def _header(limit: int, remaining: int, reset: float) -> str:
    return f"limit={limit}, remaining={remaining}, reset={reset:.3f}"


class _Window:
    __slots__ = ("count", "start")

    def __init__(self, start: float) -> None:
        self.start = start
        self.count = 0


class RateLimiter:
    """Counts requests per key and per organization; ``clock`` is injectable for tests."""

    def __init__(
        self, limit: RateLimit | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit or RateLimit(DEFAULT_REQUESTS, DEFAULT_WINDOW)
        self.configured = limit is not None
        self._clock = clock
        self._keys: dict[str, _Window] = {}
        self._orgs: dict[str, _Window] = {}
        self._idle_header = _header(self.limit.requests, self.limit.requests, self.limit.window)

    def reset(self) -> None:
        """Forget all counts, as if no request had been made."""
        self._keys.clear()
        self._orgs.clear()

    def idle_header(self) -> str:
        """The header for a request that is not counted (no valid key): a fresh window."""
        return self._idle_header

    def _window(self, table: dict[str, _Window], name: str, now: float) -> _Window:
        window = table.get(name)
        if window is None or now - window.start >= self.limit.window:
            window = table[name] = _Window(now)
        return window

    def hit(self, key: str, org_id: str) -> Decision:
        """Count one request by ``key`` of ``org_id``, or refuse it if it is over a limit."""
        now = self._clock()
        limit = self.limit
        key_window = self._window(self._keys, key, now)
        org_window = self._window(self._orgs, org_id, now)
        key_reset = max(key_window.start + limit.window - now, 0.001)
        org_reset = max(org_window.start + limit.window - now, 0.001)
        if key_window.count >= limit.requests:
            return self._refused(limit.requests, key_reset, "key")
        if org_window.count >= limit.org_requests:
            return self._refused(limit.org_requests, org_reset, "organization")
        key_window.count += 1
        org_window.count += 1
        key_left = limit.requests - key_window.count
        org_left = limit.org_requests - org_window.count
        # Report the limit the caller is closest to; on a tie, the one that lasts longer.
        if key_left < org_left or (key_left == org_left and key_reset >= org_reset):
            return Decision(
                True, _header(limit.requests, key_left, key_reset),
                limit.requests, key_left, key_reset, limit.window, "key",
            )  # fmt: skip
        return Decision(
            True, _header(limit.org_requests, org_left, org_reset),
            limit.org_requests, org_left, org_reset, limit.window, "organization",
        )  # fmt: skip

    def _refused(self, limit: int, reset: float, limit_type: str) -> Decision:
        return Decision(
            False, _header(limit, 0, reset), limit, 0, reset, self.limit.window, limit_type
        )

    def refuse(self, key: str, org_id: str) -> Decision:
        """A refusal as the key's limit would give it, without counting (fault injection)."""
        now = self._clock()
        window = self._window(self._keys, key, now)
        reset = max(window.start + self.limit.window - now, 0.001)
        return self._refused(self.limit.requests, reset, "key")
