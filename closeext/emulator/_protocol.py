"""The real server's HTTP/1.1 handling: uvicorn's h11 protocol, made to fail well.

Used by :class:`~closeext.emulator.ServerThread` and ``python -m closeext.emulator``
through :func:`server_config`. On top of uvicorn it adds what a fake of a public API
needs when a client misbehaves:

* a request that is not valid HTTP (a NUL or a non-ASCII byte in the request line or a
  header name) gets Close-shaped JSON, ``{"error": ...}`` with status 400, not uvicorn's
  plain text;
* a half-sent request is answered 408 and closed once the client has had
  ``request_timeout`` seconds to send it (uvicorn only times out idle keep-alive
  connections, never one that connected and went quiet, or trickles a byte a second);
* past ``max_connections`` open connections a new one is answered 503 and closed at once,
  so the server never reaches the file-descriptor limit, where it could accept nothing;
* each log message is written a few times per window, then summarized
  (:class:`RepeatFilter`), so a flood of bad clients cannot fill a disk.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, ClassVar, Final

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import _limits

__all__ = ["JsonH11Protocol", "RepeatFilter", "install_log_filter", "server_config"]

INVALID_REQUEST: Final = "Invalid HTTP request received."
REQUEST_TIMED_OUT: Final = "The request was not sent in time."
TOO_MANY_CONNECTIONS: Final = "Too many open connections; try again later."
# The loggers a misbehaving client can make write: uvicorn's, asyncio's (accept errors)
# and the emulator's own.
FILTERED_LOGGERS: Final = ("uvicorn.error", "uvicorn.access", "asyncio", "closeext.emulator")
_REFUSED_LINGER: Final = 1.0
_REASONS: Final = {400: "Bad Request", 408: "Request Timeout", 503: "Service Unavailable"}


def json_error_bytes(status: int, message: str) -> bytes:
    """A whole HTTP/1.1 response carrying ``{"error": message}``, closing the connection.

    Written straight to the transport: at this point h11 may be in a state where it
    would refuse to send a response, and the connection is closed right after anyway.
    """
    body = json.dumps({"error": message}).encode()
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class JsonH11Protocol(H11Protocol):  # type: ignore[misc, unused-ignore]
    """uvicorn's h11 protocol with JSON errors, a request deadline and a connection bound.

    The two bounds are class attributes; :func:`server_config` makes a subclass per server.
    """

    request_timeout: ClassVar[float] = _limits.REQUEST_TIMEOUT
    max_connections: ClassVar[int] = _limits.MAX_CONNECTIONS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._refuse()
            return
        # From the first moment: a client that connects and sends nothing holds a file
        # descriptor as surely as one that sends half a request.
        self._arm()

    def _refuse(self) -> None:
        self.logger.warning("Too many open connections; refusing new ones.")
        self._answer_and_close(json_error_bytes(503, TOO_MANY_CONNECTIONS))

    def _answer_and_close(self, answer: bytes) -> None:
        """Send ``answer`` and end the connection, ignoring whatever the client sends on."""
        self._disarm()
        if self._refused or self.transport.is_closing():
            return
        self._refused = True
        self.transport.write(answer)
        # Half-close, then close a moment later: closing at once, with the client's
        # request still unread in the socket, would reset the connection and could lose
        # the answer on the way.
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(_REFUSED_LINGER, self.transport.close)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._deadline is None:
            self._arm()
        super().data_received(data)
        self._disarm_if_received()

    def handle_events(self) -> None:
        try:
            super().handle_events()
        except UnicodeDecodeError:
            # h11 lets non-ASCII bytes through in the request target; uvicorn's ASCII
            # decoding of it would otherwise escape as an error of the event loop.
            self.logger.warning(INVALID_REQUEST)
            self.send_400_response(INVALID_REQUEST)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # A pipelined request may already be half here: its time runs from now.
        pending = self.conn.trailing_data[0] or self.conn.their_state is h11.SEND_BODY
        if pending and not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        self._answer_and_close(json_error_bytes(400, INVALID_REQUEST))

    # --- the request deadline --------------------------------------------------------

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._timed_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _disarm_if_received(self) -> None:
        # Once the whole request is in, the time is the server's, not the client's.
        if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
            self._disarm()

    def _timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        self.logger.warning("A request was not sent in time; closing its connection.")
        cycle = self.cycle
        if cycle is None or not cycle.response_started:
            self._answer_and_close(json_error_bytes(408, REQUEST_TIMED_OUT))
        else:
            self.transport.close()


class RepeatFilter(logging.Filter):
    """Let each message (per logger and format string) through ``repeats`` times a window.

    When a window ends, the next record of that message notes how many were left out.
    """

    def __init__(
        self, repeats: int = _limits.LOG_REPEATS, window: float = _limits.LOG_WINDOW
    ) -> None:
        super().__init__()
        self.repeats = repeats
        self.window = window
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = time.monotonic()
        started, count = self._seen.get(key, (now, 0))
        if now - started >= self.window:
            left_out = count - self.repeats
            started, count = now, 0
            if left_out > 0:
                record.msg = f"{record.msg} (and {left_out} more like it left out)"
        count += 1
        if len(self._seen) > 1000:  # many distinct messages: forget the old windows
            self._seen.clear()
        self._seen[key] = (started, count)
        return count <= self.repeats


def install_log_filter() -> None:
    """Put one :class:`RepeatFilter` on each logger a client's requests can make write."""
    for name in FILTERED_LOGGERS:
        log = logging.getLogger(name)
        if not any(isinstance(f, RepeatFilter) for f in log.filters):
            log.addFilter(RepeatFilter())


def _fd_bound(wanted: int) -> int:
    """``wanted`` connections, or fewer if the process may not open that many files."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return wanted
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    headroom = min(_limits.RESERVED_FDS, soft // 2)
    return max(8, min(wanted, soft - headroom))


def server_config(
    app: Any,
    *,
    request_timeout: float = _limits.REQUEST_TIMEOUT,
    max_connections: int = _limits.MAX_CONNECTIONS,
    **options: Any,
) -> uvicorn.Config:
    """A uvicorn configuration serving ``app`` with :class:`JsonH11Protocol` and its bounds.

    ``options`` go to :class:`uvicorn.Config` (log level, access log, ...).
    """
    if request_timeout <= 0 or max_connections < 1:
        raise ValueError("request_timeout and max_connections must be positive")
    protocol = type(
        "EmulatorH11Protocol",
        (JsonH11Protocol,),
        {"request_timeout": request_timeout, "max_connections": _fd_bound(max_connections)},
    )
    config = uvicorn.Config(
        app,
        http=protocol,
        timeout_keep_alive=_limits.KEEP_ALIVE_TIMEOUT,
        h11_max_incomplete_event_size=_limits.MAX_HEAD_BYTES,
        backlog=_limits.LISTEN_BACKLOG,
        lifespan="off",
        **options,
    )
    # After the Config, which may configure uvicorn's loggers.
    install_log_filter()
    return config
