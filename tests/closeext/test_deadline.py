"""A deadline bounds the whole call, retries included, however slowly the server answers.

``timeout=`` bounds each read: a server that sends one byte a second never trips it. The
trickling server here stops on its own after ``TRICKLE_FOR`` seconds, so a regression
fails on the elapsed time instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from close_api.api.leads import get_lead

from closeext import (
    AsyncClose,
    Close,
    ConfigurationError,
    DeadlineExceeded,
    RetryPolicy,
    ServerError,
)
from closeext._answers import DEADLINE_EXTENSION
from closeext._transport import DEFAULT_DEADLINE

KEY = "sk_deadline_SECRET"
TRICKLE_FOR = 8.0  # seconds the server keeps trickling before it gives up by itself
BODY = b'{"id": "lead_1", "name": "' + b"x" * 64 + b'"}'


class Trickler:
    """A loopback HTTP server that sends its answer one byte every ``interval`` seconds."""

    def __init__(self, *, headers_too: bool, interval: float = 0.5) -> None:
        self.headers_too = headers_too
        self.interval = interval
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/api/v1/"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
        )
        end = time.monotonic() + TRICKLE_FOR
        try:
            conn.recv(65536)
            slow = head + BODY if self.headers_too else BODY
            if not self.headers_too:
                conn.sendall(head)
            for byte in slow:
                if self.stopping.is_set() or time.monotonic() > end:
                    break
                conn.sendall(bytes([byte]))
                time.sleep(self.interval)
        except OSError:
            pass
        finally:
            conn.close()

    def __enter__(self) -> Trickler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def trickle_body() -> Iterator[Trickler]:
    with Trickler(headers_too=False) as server:
        yield server


@pytest.fixture
def trickle_all() -> Iterator[Trickler]:
    with Trickler(headers_too=True) as server:
        yield server


@pytest.mark.parametrize("server", ["trickle_body", "trickle_all"])
def test_sync_call_is_held_no_longer_than_its_deadline(
    server: str, request: pytest.FixtureRequest
) -> None:
    trickler: Trickler = request.getfixturevalue(server)
    with Close(KEY, base_url=trickler.url, timeout=2.0, deadline=2.0) as close:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded) as caught:
            close.call(get_lead, lead_id="lead_1")
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, elapsed
    assert "deadline exceeded on GET /lead/lead_1/" in str(caught.value)
    assert KEY not in repr(caught.value)


@pytest.mark.parametrize("server", ["trickle_body", "trickle_all"])
async def test_async_call_is_held_no_longer_than_its_deadline(
    server: str, request: pytest.FixtureRequest
) -> None:
    trickler: Trickler = request.getfixturevalue(server)
    async with AsyncClose(KEY, base_url=trickler.url, timeout=2.0, deadline=2.0) as aclose:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            await asyncio.wait_for(aclose.call(get_lead, lead_id="lead_1"), TRICKLE_FOR + 2)
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, elapsed


def test_a_per_request_deadline_overrides_the_clients(trickle_body: Trickler) -> None:
    with Close(KEY, base_url=trickle_body.url, deadline=None) as close:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            close.http.get("/lead/lead_1/", extensions={DEADLINE_EXTENSION: 1.0})
    assert time.monotonic() - started < 2.0


def test_retries_stop_when_the_next_wait_would_pass_the_deadline() -> None:
    """503s with a 5 s Retry-After: a 2 s deadline allows no retry at all."""
    calls: list[float] = []
    sleeps: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        return httpx.Response(503, headers={"Retry-After": "5"}, json={"error": "busy"})

    policy = RetryPolicy(max_attempts=5, max_wait=30)
    transport = httpx.MockTransport(handler)
    close = Close(KEY, transport=transport, retry=policy, deadline=2.0, sleep=sleeps.append)
    with close, pytest.raises(ServerError):
        close.call(get_lead, lead_id="lead_1")
    assert len(calls) == 1 and sleeps == []


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan"), "soon", True])
def test_a_nonsense_deadline_is_refused(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        Close(KEY, deadline=bad)  # type: ignore[arg-type]


def test_the_default_deadline_is_finite_and_documented() -> None:
    assert 0 < DEFAULT_DEADLINE < float("inf")
    assert "deadline" in (Close.__doc__ or "")
