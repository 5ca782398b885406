"""httpx transports that retry and pace requests to Close: the only code that sleeps.

:class:`RetryTransport` (sync) and :class:`AsyncRetryTransport` wrap an inner transport
(by default httpx's pooled one) and loop as :func:`closeext._retry.decide` says. They
differ only in I/O; the bookkeeping of an attempt lives in :class:`_Attempts`.

The final answer goes through :mod:`closeext._answers`, the one place answers become
typed errors: error statuses raise :class:`~closeext.APIError` subclasses, undeclared
statuses and malformed success bodies :class:`~closeext.UnexpectedResponse`, and
connection failures that outlived the retries :class:`~closeext.TransportError`
(``map_errors=False`` returns responses and httpx errors as they are).

A deadline bounds the whole call, retries and waits included (``deadline=`` seconds,
or per request the ``closeext.deadline`` extension): each attempt's connect/read/write
timeouts are cut to what is left, a body is read chunk by chunk against it (the async
transport runs the call under :func:`asyncio.timeout`), and no wait — a retry's, or the
pacer's — is started that would end past it. The pacer never holds a request longer
than the policy's ``max_wait`` either: a ``RateLimit`` reset beyond it (``86400``,
``1e308``) means "send now and let Close answer", never a day's sleep.

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

from . import _deadline
from ._answers import DEADLINE_EXTENSION, Operation, conclude, needs_body
from ._errors import transport_error_from, unexpected_response
from ._helper_errors import CloseError, ConfigurationError
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

__all__ = ["DEFAULT_DEADLINE", "AsyncRetryTransport", "RetryTransport", "classify_exception"]

logger = logging.getLogger("closeext")

Clock = Callable[[], float]

DEFAULT_DEADLINE = 120.0
"""Seconds one call may take, retries and waits included, unless told otherwise.

Long enough for the default policy's retries after a couple of rate-limit windows; short
enough that a server trickling its answer cannot hold a program for ever.
"""


_PHASES = ("connect", "read", "write", "pool")


class _DeadlineTimeout(httpx.TimeoutException):
    """The deadline ran out: becomes :class:`~closeext.DeadlineExceeded` (raised as is
    only with ``map_errors=False``). An httpx timeout, so code catching those still works."""


def _check_deadline(value: object, *, default: float | None) -> float | None:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"deadline must be a number of seconds, got {type(value).__name__}"
        )
    if not (value > 0 and value < float("inf")):
        raise ConfigurationError(f"deadline must be a finite number of seconds > 0, got {value!r}")
    return float(value)


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
        self.operation = Operation.of(request)
        self.attempt = 0
        deadline = owner.deadline
        override = request.extensions.get(DEADLINE_EXTENSION)
        if override is not None:
            deadline = _check_deadline(override, default=deadline)
        self.deadline = deadline
        self._expires = owner.clock() + deadline if deadline is not None else None

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline)."""
        return None if self._expires is None else self._expires - self._owner.clock()

    def expired(self) -> bool:
        return self._expires is not None and self._owner.clock() >= self._expires

    def pace(self) -> float:
        """Start an attempt; the seconds to wait before sending it."""
        self.attempt += 1
        pacer = self._owner.pacer
        if pacer is None:
            return 0.0
        delay = pacer.delay_before_next(self._owner.clock())
        # A reset beyond what the policy (or the deadline) allows is no reason to hold the
        # request: send it, and let a real 429 end the call as a typed RateLimited.
        limit = self._owner.policy.max_wait
        remaining = self.remaining()
        if remaining is not None:
            limit = min(limit, remaining)
        return delay if delay <= limit else 0.0

    def before_send(self) -> None:
        """Cut this attempt's timeouts to the time left; raise when none is left."""
        remaining = self.remaining()
        if remaining is None:
            return
        if remaining <= 0:
            raise _DeadlineTimeout("deadline exceeded", request=self._request)
        timeouts = self._request.extensions.get("timeout")
        current = timeouts if isinstance(timeouts, dict) else {}
        if self._within(current, remaining):
            return  # every phase already ends sooner (the usual case: 30 s timeouts, 120 s left)
        self._request.extensions["timeout"] = {
            phase: remaining if current.get(phase) is None else min(current[phase], remaining)
            for phase in _PHASES
        }

    @staticmethod
    def _within(current: dict[str, float | None], remaining: float) -> bool:
        for phase in _PHASES:
            value = current.get(phase)
            if value is None or value > remaining:
                return False
        return True

    def finished(self, response: httpx.Response | None) -> None:
        """Tell the pacer an attempt ended (call exactly once per :meth:`pace`)."""
        if self._owner.pacer is not None:
            info = rate_limit_from_headers(response.headers) if response is not None else None
            self._owner.pacer.observe(info, self._owner.clock())

    def may_retry(self, response: httpx.Response) -> bool:
        """True when the response's status is one we retry (its body is then needed)."""
        return response.status_code in self._owner.policy.retry_statuses

    def on_exception(self, exc: BaseException) -> Decision:
        if isinstance(exc, _DeadlineTimeout):
            return Decision(False, 0.0, "deadline exceeded")
        kind = classify_exception(exc)
        if kind is None:
            return Decision(False, 0.0, "not retryable")
        decision = self._within_deadline(self._decide(exc_kind=kind))
        self._log(decision, type(exc).__name__)
        return decision

    def on_response(self, response: httpx.Response) -> Decision:
        """Decide on a response whose body has been read."""
        decision = self._decide(
            status=response.status_code, headers=response.headers, body=response.content
        )
        decision = self._within_deadline(decision)
        self._log(decision, str(response.status_code))
        return decision

    def read_chunk(self) -> None:
        """Called after each chunk of a body: stop a trickling answer at the deadline."""
        if self.expired():
            raise _DeadlineTimeout("deadline exceeded while reading", request=self._request)

    def error(self, exc: httpx.HTTPError | httpx.InvalidURL) -> CloseError:
        """The typed error for an httpx failure that ended the call."""
        name = self.operation.operation_id
        deadline = isinstance(exc, _DeadlineTimeout) or (
            isinstance(exc, httpx.TimeoutException) and self.expired()
        )
        return transport_error_from(exc, operation=name, deadline=deadline, request=self._request)

    def _within_deadline(self, decision: Decision) -> Decision:
        remaining = self.remaining()
        if decision.retry and remaining is not None and decision.wait >= remaining:
            reason = f"{decision.reason}; the deadline leaves {max(remaining, 0):.3f}s"
            return Decision(False, decision.wait, reason)
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
        deadline: float | None,
        map_errors: bool,
    ) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer if pacer is not None else (Pacer() if pace else None)
        self.clock = clock if clock is not None else time.monotonic
        self.wall_clock = wall_clock if wall_clock is not None else time.time
        # A private generator: jitter must not disturb (or depend on) the global one.
        self.rng: RandomSource = rng if rng is not None else random.Random()
        self.deadline = _check_deadline(deadline, default=None)
        self.map_errors = map_errors


def _decoding_failed(response: httpx.Response, attempts: _Attempts) -> CloseError:
    name = attempts.operation.operation_id
    return unexpected_response(
        response, reason="the body could not be decoded (Content-Encoding)", operation=name
    )


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries safe failures, paces ahead of the rate limit, keeps
    each call within its deadline and maps every failure to a typed closeext error.

    ``deadline`` is the seconds one call may take, retries included (None: unbounded);
    ``map_errors=False`` returns error responses and raises httpx errors as they are.
    ``clock`` (monotonic seconds, for pacing and the deadline), ``wall_clock`` (Unix
    time, for HTTP-date ``Retry-After``), ``sleep`` and ``rng`` are injectable for tests.
    ``pace=False`` turns pacing off; pass a ``pacer`` to share one between clients using
    the same key.
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
        deadline: float | None = DEFAULT_DEADLINE,
        map_errors: bool = True,
    ) -> None:
        self._inner = transport if transport is not None else httpx.HTTPTransport()
        self._core = _RetryCore(policy, pace, pacer, clock, wall_clock, rng, deadline, map_errors)
        self._sleep = sleep
        # Every socket operation of httpx's pooled transport then honours the deadline.
        _deadline.install(self._inner)

    @property
    def policy(self) -> RetryPolicy:
        return self._core.policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Buffer the body once so every attempt can send it again.
        attempts = _Attempts(self._core, request, request.read())
        if attempts.deadline is None:
            return self._handle(attempts, request)
        token = _deadline.expires_at.set(time.monotonic() + attempts.deadline)
        try:
            return self._handle(attempts, request)
        finally:
            _deadline.expires_at.reset(token)

    def _handle(self, attempts: _Attempts, request: httpx.Request) -> httpx.Response:
        if not self._core.map_errors:
            return self._attempt_all(attempts, request)
        try:
            response = self._attempt_all(attempts, request)
            response.request = request
            if needs_body(response, attempts.operation):
                self._read(response, attempts)
        except httpx.HTTPError as exc:
            raise attempts.error(exc) from exc
        conclude(response, attempts.operation)
        return response

    def _attempt_all(self, attempts: _Attempts, request: httpx.Request) -> httpx.Response:
        while True:
            self._wait(attempts.pace())
            try:
                attempts.before_send()
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
                    self._read(response, attempts)
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

    def _read(self, response: httpx.Response, attempts: _Attempts) -> None:
        """Read the body chunk by chunk, so a trickling server cannot outlast the deadline."""
        if hasattr(response, "_content"):
            return
        parts: list[bytes] = []
        try:
            for chunk in response.iter_bytes():
                parts.append(chunk)
                attempts.read_chunk()
        except httpx.DecodingError:
            response.close()
            raise _decoding_failed(response, attempts) from None
        except BaseException:
            response.close()
            raise
        response._content = b"".join(parts)

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._sleep(seconds)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`; ``sleep`` is an async function.

    The deadline is enforced with :func:`asyncio.timeout` around the whole call, so it
    holds however the server stalls (headers or body, a byte at a time).
    """

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
        deadline: float | None = DEFAULT_DEADLINE,
        map_errors: bool = True,
    ) -> None:
        self._inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._core = _RetryCore(policy, pace, pacer, clock, wall_clock, rng, deadline, map_errors)
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._core.policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._core, request, await request.aread())
        try:
            if attempts.deadline is None:
                return await self._handle(attempts, request)
            async with asyncio.timeout(attempts.deadline) as scope:
                return await self._handle(attempts, request)
        except TimeoutError:
            if attempts.deadline is None or not scope.expired():
                raise
            timeout = _DeadlineTimeout("deadline exceeded", request=request)
            if not self._core.map_errors:
                raise timeout from None
            raise attempts.error(timeout) from None

    async def _handle(self, attempts: _Attempts, request: httpx.Request) -> httpx.Response:
        if not self._core.map_errors:
            return await self._attempt_all(attempts, request)
        try:
            response = await self._attempt_all(attempts, request)
            response.request = request
            if needs_body(response, attempts.operation):
                await self._read(response, attempts)
        except httpx.HTTPError as exc:
            raise attempts.error(exc) from exc
        conclude(response, attempts.operation)
        return response

    async def _attempt_all(self, attempts: _Attempts, request: httpx.Request) -> httpx.Response:
        while True:
            await self._wait(attempts.pace())
            try:
                attempts.before_send()
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
                    await self._read(response, attempts)
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

    async def _read(self, response: httpx.Response, attempts: _Attempts) -> None:
        if hasattr(response, "_content"):
            return
        try:
            await response.aread()
        except httpx.DecodingError:
            await response.aclose()
            raise _decoding_failed(response, attempts) from None
        except BaseException:
            await response.aclose()
            raise

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            await self._sleep(seconds)

    async def aclose(self) -> None:
        await self._inner.aclose()
