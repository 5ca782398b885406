"""The retrying transports, sync and async through the same tests, on a fake clock."""

from __future__ import annotations

import base64
import email.utils
import http.server
import logging
import math
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from closeext._errors import RateLimited, error_from_response, transport_error_from
from closeext._retry import ExcKind, RetryPolicy
from closeext._transport import AsyncRetryTransport, RetryTransport, classify_exception

API_KEY = "sk_test_SECRET123"
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()
BASE = "https://api.close.com/api/v1"
WALL = 1_700_000_000.0


class PinnedRng:
    def __init__(self, value: float = 0.0) -> None:
        self.value = value

    def random(self) -> float:
        return self.value


class FakeClock:
    """Monotonic time that only moves when someone sleeps (or a fake server works)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class TrackingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that remembers whether it was closed."""

    def __init__(self, content: bytes) -> None:
        self.content = content
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.content

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Outcome = httpx.Response | Exception | int


class Script:
    """A fake Close: answers each request with the next scripted outcome."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.streams: list[TrackingStream] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise type(outcome)(str(outcome), request=request)  # type: ignore[call-arg]
        if isinstance(outcome, int):
            stream = TrackingStream(b'{"error": "scripted"}')
            self.streams.append(stream)
            return httpx.Response(outcome, stream=stream)
        return outcome


class Harness:
    """Sends one request through a sync or an async client with the retry transport."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.clock = FakeClock()

    async def send(
        self,
        handler: Callable[[httpx.Request], httpx.Response],
        method: str = "GET",
        path: str = "/lead/",
        *,
        json: Any = None,
        chunks: list[bytes] | None = None,
        policy: RetryPolicy | None = None,
        pace: bool = False,
        transport: bool = True,
        base: str = BASE,
        map_errors: bool = False,
    ) -> httpx.Response:
        # The retry mechanics are tested on raw answers; test_answers.py tests the mapping.
        options: dict[str, Any] = {
            "map_errors": map_errors,
            "policy": policy,
            "pace": pace,
            "clock": self.clock.time,
            "wall_clock": lambda: WALL,
            "rng": PinnedRng(0.0),
        }
        headers = {"Authorization": BASIC}
        if self.kind == "sync":
            inner = httpx.MockTransport(handler) if transport else None
            sync = RetryTransport(inner, sleep=self.clock.sleep, **options)
            with httpx.Client(transport=sync, base_url=base, headers=headers) as client:
                content = iter(chunks) if chunks is not None else None
                return client.request(method, path, json=json, content=content)
        ainner = httpx.MockTransport(handler) if transport else None
        asynct = AsyncRetryTransport(ainner, sleep=self.clock.asleep, **options)
        async with httpx.AsyncClient(transport=asynct, base_url=base, headers=headers) as client:
            content_a = _agen(chunks) if chunks is not None else None
            return await client.request(method, path, json=json, content=content_a)


async def _agen(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)


def ok(body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=body if body is not None else {"id": "lead_1"}, headers=headers)


def limited(reset: str, **headers: str) -> httpx.Response:
    return httpx.Response(
        429, json={"error": "Too many requests"}, headers={"RateLimit": reset, **headers}
    )


# -- what is retried -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "outcomes", "calls", "status"),
    [
        ("GET", [503, 502, 504, 200], 4, 200),
        ("PUT", [503, 200], 2, 200),
        ("DELETE", [504, 200], 2, 200),
        ("GET", [500, 200], 1, 500),
        ("GET", [404], 1, 404),
        ("POST", [503, 200], 1, 503),
        ("POST", [502, 200], 1, 502),
        ("POST", [429, 200], 2, 200),
        ("GET", [429, 429, 200], 3, 200),
    ],
)
async def test_statuses_per_method(
    harness: Harness, method: str, outcomes: list[int], calls: int, status: int
) -> None:
    script = Script(*outcomes)
    response = await harness.send(script, method, json={"name": "x"})
    assert response.status_code == status
    assert len(script.requests) == calls
    assert all(stream.closed for stream in script.streams[: calls - 1])


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", httpx.ConnectError("refused"), True),
        ("GET", httpx.ConnectTimeout("slow"), True),
        ("GET", httpx.ReadError("reset by peer"), True),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("GET", httpx.RemoteProtocolError("server hung up"), True),
        ("DELETE", httpx.WriteError("broken pipe"), True),
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("POST", httpx.PoolTimeout("no free connection"), True),
        ("POST", httpx.ReadError("reset by peer"), False),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.WriteTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("server hung up"), False),
        ("GET", httpx.UnsupportedProtocol("ftp?"), False),
    ],
)
async def test_connection_failures_per_method(
    harness: Harness, method: str, error: Exception, retried: bool
) -> None:
    script = Script(error, ok())
    if retried:
        response = await harness.send(script, method, json={"name": "x"})
        assert response.status_code == 200
        assert len(script.requests) == 2
        assert script.bodies[0] == script.bodies[1]
    else:
        with pytest.raises(type(error)):
            await harness.send(script, method, json={"name": "x"})
        assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("body", "calls"),
    [
        ({"custom.cf_tags.add": "vip"}, 1),
        ({"custom.cf_tags.remove": "vip"}, 1),
        ({"custom.cf_tags": ["vip"]}, 2),
    ],
)
async def test_incremental_puts_are_not_replayed_after_a_5xx(
    harness: Harness, body: dict[str, Any], calls: int
) -> None:
    script = Script(503, ok())
    await harness.send(script, "PUT", "/lead/lead_1/", json=body)
    assert len(script.requests) == calls


async def test_incremental_puts_are_replayed_after_429_and_connect_errors(harness: Harness) -> None:
    script = Script(httpx.ConnectError("refused"), 429, ok())
    response = await harness.send(script, "PUT", "/lead/lead_1/", json={"custom.cf_t.add": "a"})
    assert response.status_code == 200
    assert len(script.requests) == 3


# -- how long it waits -----------------------------------------------------------------------


async def test_waits_for_the_decimal_ratelimit_reset(harness: Harness) -> None:
    script = Script(limited("limit=10, remaining=0, reset=0.5", **{"Retry-After": "1"}), ok())
    await harness.send(script, "POST", json={"name": "x"})
    assert harness.clock.sleeps == [0.5]


async def test_falls_back_to_retry_after_then_the_legacy_body(harness: Harness) -> None:
    date = email.utils.formatdate(WALL + 4, usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(429, headers={"Retry-After": date}),
        httpx.Response(429, json={"error": {"rate_reset": 1.25}}),
        httpx.Response(503),
        ok(),
    )
    await harness.send(script, policy=RetryPolicy(max_attempts=5))
    assert harness.clock.sleeps == pytest.approx([2.0, 4.0, 1.25, 4.0])  # last: backoff #4


async def test_backoff_is_capped(harness: Harness) -> None:
    policy = RetryPolicy(max_attempts=7, backoff_base=1.0, backoff_cap=5.0)
    script = Script(503, 503, 503, 503, 503, 503, ok())
    await harness.send(script, policy=policy)
    assert harness.clock.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


async def test_gives_up_and_returns_the_last_response(harness: Harness) -> None:
    script = Script(503)
    response = await harness.send(script, policy=RetryPolicy(max_attempts=3))
    assert response.status_code == 503
    assert response.json() == {"error": "scripted"}  # the body is still readable
    assert len(script.requests) == 3
    assert [s.closed for s in script.streams[:2]] == [True, True]


async def test_gives_up_and_reraises_the_last_exception(harness: Harness) -> None:
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(httpx.ConnectError):
        await harness.send(script, policy=RetryPolicy(max_attempts=4))
    assert len(script.requests) == 4
    assert len(harness.clock.sleeps) == 3


async def test_a_wait_beyond_max_wait_returns_the_429_at_once(harness: Harness) -> None:
    script = Script(limited("limit=10, remaining=0, reset=600"), ok())
    response = await harness.send(script, policy=RetryPolicy(max_wait=30.0))
    assert response.status_code == 429
    assert harness.clock.sleeps == []
    error = error_from_response(response)
    assert isinstance(error, RateLimited)
    assert error.reset == 600


async def test_streamed_request_bodies_are_resent_whole(harness: Harness) -> None:
    script = Script(429, 429, ok())
    await harness.send(script, "POST", chunks=[b'{"name": ', b'"Acme"}'])
    assert script.bodies == [b'{"name": "Acme"}'] * 3


# -- pacing against a server that enforces its limit -----------------------------------------


class WindowedServer:
    """Allows ``limit`` requests per fixed ``window`` of fake time; each costs ``cost``."""

    def __init__(self, clock: FakeClock, limit: int = 20, window: float = 1.0) -> None:
        self.clock, self.limit, self.window = clock, limit, window
        self.counts: dict[int, int] = {}
        self.served = 0
        self.refused = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.clock.now += 0.01
        index = math.floor(self.clock.now / self.window)
        used = self.counts.get(index, 0)
        reset = round((index + 1) * self.window - self.clock.now, 3)
        if used >= self.limit:
            self.refused += 1
            header = f"limit={self.limit}, remaining=0, reset={reset}"
            after = str(math.ceil(reset))
            return httpx.Response(429, headers={"RateLimit": header, "Retry-After": after})
        self.counts[index] = used + 1
        self.served += 1
        header = f"limit={self.limit}, remaining={self.limit - used - 1}, reset={reset}"
        return httpx.Response(200, json={"id": "lead_x"}, headers={"RateLimit": header})


@pytest.mark.parametrize("pace", [True, False])
async def test_pacing_keeps_a_bulk_run_nearly_free_of_429s(harness: Harness, pace: bool) -> None:
    server = WindowedServer(harness.clock)
    # One transport for the whole run, as a client would have.
    if harness.kind == "sync":
        transport = RetryTransport(
            httpx.MockTransport(server),
            pace=pace,
            clock=harness.clock.time,
            sleep=harness.clock.sleep,
            rng=PinnedRng(),
        )
        with httpx.Client(transport=transport, base_url=BASE) as client:
            statuses = [client.get("/lead/").status_code for _ in range(200)]
    else:
        atransport = AsyncRetryTransport(
            httpx.MockTransport(server),
            pace=pace,
            clock=harness.clock.time,
            sleep=harness.clock.asleep,
            rng=PinnedRng(),
        )
        async with httpx.AsyncClient(transport=atransport, base_url=BASE) as aclient:
            statuses = [(await aclient.get("/lead/")).status_code for _ in range(200)]
    assert statuses == [200] * 200  # retries hide the 429s either way...
    assert server.served == 200
    ratio = server.refused / (server.served + server.refused)
    if pace:
        assert ratio <= 0.01  # ...but pacing avoids nearly all of them
    else:
        assert ratio > 0.01  # (without pacing, this server does refuse requests)


# -- logging and secrets ----------------------------------------------------------------------


async def test_retries_are_logged_without_secrets(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="closeext")
    script = Script(
        limited("limit=10, remaining=0, reset=0.25"),
        httpx.ConnectError(f"cannot reach {API_KEY}"),
        503,
    )
    response = await harness.send(
        script,
        "GET",
        "/lead/?query=email%3Dceo%40acme.com",
        policy=RetryPolicy(max_attempts=3),
        base=f"https://{API_KEY}:@api.close.com/api/v1",
    )
    error = error_from_response(response)
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 3
    assert "GET /api/v1/lead/ -> 429 (attempt 1 of 3): retrying in 0.250s" in messages[0]
    assert "ConnectError (attempt 2 of 3)" in messages[1]
    assert "503 (attempt 3 of 3): giving up" in messages[2]
    # The request did carry the key, so its absence below is meaningful.
    assert script.requests[0].headers["Authorization"] == BASIC
    wrapped = transport_error_from(httpx.ConnectError(API_KEY, request=script.requests[0]))
    shown = [*messages, str(error), repr(error), error.url, str(wrapped), repr(wrapped)]
    shown += [str(record.args) for record in caplog.records]
    for text in shown:
        assert API_KEY not in text
        assert BASIC.split()[1] not in text
    for message in messages:
        assert "ceo" not in message  # query strings (customer data) stay out of logs too


# -- classification and the real default transport --------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (httpx.ConnectError("x"), ExcKind.CONNECT),
        (httpx.ConnectTimeout("x"), ExcKind.CONNECT),
        (httpx.PoolTimeout("x"), ExcKind.CONNECT),
        (httpx.ProxyError("x"), ExcKind.CONNECT),
        (httpx.ReadError("x"), ExcKind.NETWORK),
        (httpx.WriteError("x"), ExcKind.NETWORK),
        (httpx.ReadTimeout("x"), ExcKind.NETWORK),
        (httpx.RemoteProtocolError("x"), ExcKind.NETWORK),
        (httpx.LocalProtocolError("x"), None),
        (httpx.UnsupportedProtocol("x"), None),
        (ValueError("x"), None),
    ],
)
def test_classify_exception(error: Exception, kind: ExcKind | None) -> None:
    assert classify_exception(error) is kind


class _FlakyHandler(http.server.BaseHTTPRequestHandler):
    """Answers 503 to every other request, 200 with JSON otherwise."""

    count = 0

    def do_GET(self) -> None:
        type(self).count += 1
        status = 503 if self.count % 2 else 200
        body = b'{"data": [], "has_more": false}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def flaky_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FlakyHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_real_http_through_the_default_pooled_transport(
    harness: Harness, flaky_server: str
) -> None:
    _FlakyHandler.count = 0
    response = await harness.send(Script(200), "GET", "/lead/", transport=False, base=flaky_server)
    assert response.status_code == 200
    assert response.json() == {"data": [], "has_more": False}
    assert _FlakyHandler.count == 2
    assert harness.clock.sleeps == [0.5]


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A local port that is bound but not listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


async def test_real_connection_refused_is_retried_then_raised(
    harness: Harness, closed_port: int
) -> None:
    with pytest.raises(httpx.ConnectError):
        await harness.send(
            Script(200),
            "POST",
            "/lead/",
            json={"name": "x"},
            transport=False,
            base=f"http://127.0.0.1:{closed_port}/api/v1",
            policy=RetryPolicy(max_attempts=2),
        )
    assert len(harness.clock.sleeps) == 1
