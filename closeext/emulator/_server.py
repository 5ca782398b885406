"""Serve an emulator app over real HTTP from a background thread.

The pytest plugin and the demo use this; so can users who want the emulator inside their
own process (a notebook, a script) without running ``python -m closeext.emulator``::

    with ServerThread(create_app(api_keys=["key"])) as server:
        client = httpx.Client(base_url=server.base_url, auth=("key", ""))
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

from . import _limits

__all__ = ["ServerThread", "listening_socket"]

T = TypeVar("T")
START_TIMEOUT = 30.0


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A bound, listening TCP socket (port 0: a free one) ready for uvicorn.

    TCP_NODELAY is set here because connections accepted from a socket handed to uvicorn
    inherit it: without it every small response waits for the client's delayed ACK, and a
    request over loopback takes ~40 ms instead of well under one.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(_limits.LISTEN_BACKLOG)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


class ServerThread:
    """uvicorn serving ``app`` on ``host:port`` (default: a free loopback port) in a thread.

    Start and stop with ``with`` or :meth:`start` / :meth:`stop`; ``base_url`` ends with
    ``/api/v1/``. :meth:`call` runs a function on the server's event loop, which is how state
    can be changed safely while the server runs (handlers run on that loop too).

    A client has ``request_timeout`` seconds to send a whole request (else 408 and the
    connection is closed); past ``max_connections`` open connections a new one gets 503
    (see :mod:`closeext.emulator._limits` for the defaults). Malformed HTTP gets a
    Close-shaped JSON 400, and repeated log messages are summarized.
    """

    def __init__(
        self,
        app: Any,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        request_timeout: float = _limits.REQUEST_TIMEOUT,
        max_connections: int = _limits.MAX_CONNECTIONS,
    ) -> None:
        import uvicorn

        from ._protocol import server_config

        owner = self

        class _Server(uvicorn.Server):  # type: ignore[misc, unused-ignore]
            async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                await super().startup(sockets=sockets)
                owner._started.set()

        # log_config=None leaves the host program's logging configuration alone.
        config = server_config(
            app,
            request_timeout=request_timeout,
            max_connections=max_connections,
            log_config=None,
            log_level="warning",
            access_log=False,
        )
        self._server = _Server(config)
        self._app = app
        self._sock = listening_socket(host, port)
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="closeext-emulator", daemon=True)
        bound_host, bound_port = self._sock.getsockname()[:2]
        self.base_url = f"http://{bound_host}:{bound_port}/api/v1/"
        """Where the API is served, e.g. ``http://127.0.0.1:54321/api/v1/``."""

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._sock]))
        except BaseException as exc:  # reported by start(), which raises
            self._error = exc
        finally:
            self._started.set()
            loop.close()

    def start(self) -> Self:
        """Start serving; returns once the server accepts connections."""
        self._thread.start()
        if (
            not self._started.wait(START_TIMEOUT)
            or self._error is not None
            or not self._server.started
        ):
            self._sock.close()
            raise RuntimeError("the Close emulator server did not start") from self._error
        return self

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the server's event loop (between requests) and return its result."""
        loop = self._loop
        if loop is None or not self._thread.is_alive():
            return fn()
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return future.result(timeout=START_TIMEOUT)

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(START_TIMEOUT)
        self._sock.close()
        # uvicorn runs here without lifespan events: stop the emulator's background work.
        emulator = getattr(getattr(self._app, "state", None), "emulator", None)
        if emulator is not None and hasattr(emulator, "close"):
            emulator.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
