"""httpx transports that retry and pace requests to Close: the only code that sleeps.

:class:`RetryTransport` (sync) and :class:`AsyncRetryTransport` wrap an inner transport
(by default httpx's pooled one) and loop as :func:`closeext._retry.decide` says. They
differ only in I/O; the bookkeeping of an attempt lives in :class:`_Attempts`.

When attempts run out the last response is returned as is (turning it into a typed
error is the client's job, see ``_errors``), or the last httpx exception is re-raised.
Each retry is logged at DEBUG on the ``closeext`` logger with the method, path, status
or exception type, attempt and wait: never headers, query strings or bodies, so
neither the API key nor customer data reach the logs.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._retry import (
    Decision,
    ExcKind,
    Pacer,
    RandomSource,
    RetryPolicy,
    decide,
    is_incremental_update,
    rate_limit_from_headers,
)

__all__ = ["AsyncRetryTransport", "RetryTransport", "classify_exception"]

logger = logging.getLogger("closeext")

Clock = Callable[[], float]


def classify_exception(exc: BaseException) -> ExcKind | None:
    """How far a failed request got, or None when retrying cannot help.

    Connect errors and timeouts, pool timeouts and proxy failures happen before a byte of
    the request reaches Close. Read/write errors, read/write timeouts and protocol errors
    happen after sending began. Our own mistakes (bad URL scheme, a malformed request)
    are not retried.
    """
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return ExcKind.CONNECT
    if isinstance(exc, httpx.ProxyError):
        return ExcKind.CONNECT
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return None
    if isinstance(exc, httpx.TransportError):
        return ExcKind.NETWORK
    return None


class _Attempts:
    """The state of one request's attempts; every decision, none of the I/O."""

    def __init__(self, owner: _RetryCore, request: httpx.Request, content: bytes) -> None:
        self._owner = owner
        self._request = request
        self._incremental = is_incremental_update(request.method, content)
        self.attempt = 0

    def pace(self) -> float:
        """Start an attempt; the seconds to wait before sending it."""
        self.attempt += 1
        pacer = self._owner.pacer
        return pacer.delay_before_next(self._owner.clock()) if pacer is not None else 0.0

    def finished(self, response: httpx.Response | None) -> None:
        """Tell the pacer an attempt ended (call exactly once per :meth:`pace`)."""
        if self._owner.pacer is not None:
            info = rate_limit_from_headers(response.headers) if response is not None else None
            self._owner.pacer.observe(info, self._owner.clock())

    def may_retry(self, response: httpx.Response) -> bool:
        """True when the response's status is one we retry (its body is then needed)."""
        return response.status_code in self._owner.policy.retry_statuses

    def on_exception(self, exc: BaseException) -> Decision:
        kind = classify_exception(exc)
        if kind is None:
            return Decision(False, 0.0, "not retryable")
        decision = self._decide(exc_kind=kind)
        self._log(decision, type(exc).__name__)
        return decision

    def on_response(self, response: httpx.Response) -> Decision:
        """Decide on a response whose body has been read."""
        decision = self._decide(
            status=response.status_code, headers=response.headers, body=response.content
        )
        self._log(decision, str(response.status_code))
        return decision

    def _decide(
        self,
        *,
        status: int | None = None,
        exc_kind: ExcKind | None = None,
        headers: httpx.Headers | None = None,
        body: bytes | None = None,
    ) -> Decision:
        owner = self._owner
        return decide(
            owner.policy,
            method=self._request.method,
            attempt=self.attempt,
            status=status,
            exc_kind=exc_kind,
            headers=headers,
            body=body,
            is_incremental_put=self._incremental,
            rng=owner.rng,
            now=owner.wall_clock(),
        )

    def _log(self, decision: Decision, outcome: str) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        verb = f"retrying in {decision.wait:.3f}s" if decision.retry else "giving up"
        logger.debug(
            "%s %s -> %s (attempt %d of %d): %s; %s",
            self._request.method,
            self._request.url.path,
            outcome,
            self.attempt,
            self._owner.policy.max_attempts,
            verb,
            decision.reason,
        )


class _RetryCore:
    """Settings shared by the sync and async transports."""

    def __init__(
        self,
        policy: RetryPolicy | None,
        pace: bool,
        pacer: Pacer | None,
        clock: Clock | None,
        wall_clock: Clock | None,
        rng: RandomSource | None,
    ) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer if pacer is not None else (Pacer() if pace else None)
        self.clock = clock if clock is not None else time.monotonic
        self.wall_clock = wall_clock if wall_clock is not None else time.time
        # A private generator: jitter must not disturb (or depend on) the global one.
        self.rng: RandomSource = rng if rng is not None else random.Random()


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries safe failures and paces ahead of the rate limit.

    ``clock`` (monotonic seconds, for pacing), ``wall_clock`` (Unix time, for HTTP-date
    ``Retry-After``), ``sleep`` and ``rng`` are injectable for tests. ``pace=False``
    turns pacing off; pass a ``pacer`` to share one between clients using the same key.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pace: bool = True,
        pacer: Pacer | None = None,
        clock: Clock | None = None,
        wall_clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: RandomSource | None = None,
    ) -> None:
        self._inner = transport if transport is not None else httpx.HTTPTransport()
        self._core = _RetryCore(policy, pace, pacer, clock, wall_clock, rng)
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._core.policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Buffer the body once so every attempt can send it again.
        attempts = _Attempts(self._core, request, request.read())
        while True:
            self._wait(attempts.pace())
            try:
                response = self._inner.handle_request(request)
                attempts.finished(response)
            except BaseException as exc:
                attempts.finished(None)
                decision = attempts.on_exception(exc)
                if not decision.retry:
                    raise
                self._wait(decision.wait)
                continue
            if attempts.may_retry(response):
                try:
                    response.read()
                except BaseException as exc:
                    response.close()
                    decision = attempts.on_exception(exc)
                    if not decision.retry:
                        raise
                else:
                    decision = attempts.on_response(response)
                    if not decision.retry:
                        return response
                    response.close()
                self._wait(decision.wait)
                continue
            return response

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._sleep(seconds)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`; ``sleep`` is an async function."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        pace: bool = True,
        pacer: Pacer | None = None,
        clock: Clock | None = None,
        wall_clock: Clock | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: RandomSource | None = None,
    ) -> None:
        self._inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._core = _RetryCore(policy, pace, pacer, clock, wall_clock, rng)
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._core.policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._core, request, await request.aread())
        while True:
            await self._wait(attempts.pace())
            try:
                response = await self._inner.handle_async_request(request)
                attempts.finished(response)
            except BaseException as exc:
                attempts.finished(None)
                decision = attempts.on_exception(exc)
                if not decision.retry:
                    raise
                await self._wait(decision.wait)
                continue
            if attempts.may_retry(response):
                try:
                    await response.aread()
                except BaseException as exc:
                    await response.aclose()
                    decision = attempts.on_exception(exc)
                    if not decision.retry:
                        raise
                else:
                    decision = attempts.on_response(response)
                    if not decision.retry:
                        return response
                    await response.aclose()
                await self._wait(decision.wait)
                continue
            return response

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            await self._sleep(seconds)

    async def aclose(self) -> None:
        await self._inner.aclose()
