"""A network backend that cuts every socket operation to the call's deadline (sync).

``timeout=`` bounds each read; a server that sends one byte a second never trips it. The
async transport runs the whole call under :func:`asyncio.timeout`; the sync one has no
such tool, so :class:`RetryTransport` installs this backend under httpx's default pooled
transport: every connect, read and write of the current thread gets at most the time
left before the deadline, and none when it has passed — however the server trickles,
headers included.

The deadline travels in a :class:`contextvars.ContextVar` set by the transport around
each attempt (monotonic seconds), so connections shared by the pool need no state of
their own. When the pool of a transport cannot be reached (a transport of the user's
own, or httpx internals that changed) nothing is installed and the transport still
cuts each attempt's timeouts and checks the deadline between body chunks.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing

import httpcore

__all__ = ["DeadlineBackend", "expires_at", "install"]

expires_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "closeext_deadline", default=None
)
"""When the current call must be over, in :func:`time.monotonic` seconds (None: never)."""

_Options = typing.Iterable[typing.Any] | None


def _cut(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    expires = expires_at.get()
    if expires is None:
        return timeout
    left = expires - time.monotonic()
    if left <= 0:
        raise error("deadline exceeded")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cut(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        cut = _cut(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, cut))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps a sync network backend; its streams honour :data:`expires_at`."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore.NetworkStream:
        cut = _cut(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, cut, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore.NetworkStream:
        cut = _cut(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, cut, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: object) -> bool:
    """Put a :class:`DeadlineBackend` under an httpx ``HTTPTransport``'s pool, if reachable."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not isinstance(
        backend, httpcore.NetworkBackend
    ):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)
    return True
