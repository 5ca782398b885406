"""The real server under misbehaving clients (issue 10, points 12 and 13).

Raw sockets on 127.0.0.1: malformed HTTP gets Close-shaped JSON, a half-sent or silent
request is answered 408 and closed once its time is up, connections beyond the bound are
answered 503 at once, and at the process's file limit the server keeps answering with a
bounded log. Every socket has a timeout, so a regression fails fast instead of hanging.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import resource
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from closeext.emulator import ServerThread, create_app
from closeext.emulator._protocol import RepeatFilter

KEY = "hardening_server_key"
REQUEST_TIMEOUT = 0.5
# How long a test waits for any answer: several times the request timeout, well below
# what a hung server would take.
WAIT = 5.0
# A whole request that asks the server to close afterwards, so reading ends with it.
GET = b"GET /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"


@pytest.fixture(scope="module")
def server() -> Iterator[ServerThread]:
    app = create_app(api_keys=[KEY])
    with ServerThread(app, request_timeout=REQUEST_TIMEOUT, max_connections=20) as running:
        yield running


def address(server: ServerThread) -> tuple[str, int]:
    host, port = server.base_url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    return host, int(port)


def exchange(where: tuple[str, int], data: bytes, wait: float = WAIT) -> tuple[bytes, float]:
    """Send ``data``, read until the server closes; the answer and the seconds it took."""
    started = time.monotonic()
    with socket.create_connection(where, timeout=wait) as conn:
        if data:
            conn.sendall(data)
        received = b""
        while chunk := conn.recv(65536):  # raises socket.timeout if the server hangs
            received += chunk
    return received, time.monotonic() - started


def status_and_json(answer: bytes) -> tuple[int, object]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"content-type: application/json" in head.lower(), head
    return status, json.loads(body)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /api/v1/lead/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/v1/le\x00ad/ HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nX-Note: a\x00b\r\n\r\n",
        b"GET /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nX-\xe9t\xe9: 1\r\n\r\n",
        b"GET /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
        # A head that never ends is refused once it outgrows the bound, not held.
        b"GET /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000,
    ],
    ids=[
        "non-ascii-target",
        "nul-target",
        "nul-header",
        "non-ascii-header-name",
        "junk",
        "oversized-head",
    ],
)
def test_malformed_http_gets_a_close_shaped_json_400(
    server: ServerThread, request_bytes: bytes
) -> None:
    answer, _ = exchange(address(server), request_bytes)
    status, body = status_and_json(answer)
    assert status == 400
    assert body == {"error": "Invalid HTTP request received."}


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"",
        b"GET /api/v1/lead/ HTTP/1.1\r\nHo",
        b"POST /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
    ],
    ids=["silent", "half-sent-head", "half-sent-body"],
)
def test_a_half_sent_request_is_closed_once_its_time_is_up(
    server: ServerThread, request_bytes: bytes
) -> None:
    answer, took = exchange(address(server), request_bytes)
    assert REQUEST_TIMEOUT * 0.8 <= took < WAIT
    # Nothing was answered yet, so the client learns why (an answer already on its way,
    # such as a 401 for a missing key, is left as it is).
    status, body = status_and_json(answer)
    assert status in (401, 408)
    assert "error" in body  # type: ignore[operator]


def test_a_slow_body_cannot_hold_a_connection_past_the_request_timeout(
    server: ServerThread,
) -> None:
    """A byte every 0.1 s keeps an idle timer from ever firing; the deadline still does."""
    auth = "Basic " + base64.b64encode(f"{KEY}:".encode()).decode()
    head = (
        "POST /api/v1/lead/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Authorization: {auth}\r\nContent-Length: 1000\r\n\r\n["
    ).encode()
    started = time.monotonic()
    answer = b""
    with socket.create_connection(address(server), timeout=WAIT) as conn:
        conn.sendall(head)
        conn.settimeout(0.1)
        while time.monotonic() - started < WAIT:
            try:
                conn.sendall(b" ")
                answer = conn.recv(65536)
                break  # the server answered or closed: it gave up on the body
            except TimeoutError:
                continue
            except OSError:
                break
        took = time.monotonic() - started
    assert took < REQUEST_TIMEOUT + 2.0
    if answer:
        assert status_and_json(answer)[0] == 408


def test_connections_beyond_the_bound_get_a_json_503_and_the_server_keeps_answering(
    server: ServerThread,
) -> None:
    where = address(server)
    with ExitStack() as stack:
        idle = [
            stack.enter_context(socket.create_connection(where, timeout=WAIT)) for _ in range(25)
        ]
        time.sleep(0.2)
        answer, took = exchange(where, GET)
        status, body = status_and_json(answer)
        assert (status, took < 2.0) == (503, True), body
        assert len(idle) == 25
    # Once the idle ones are gone (closed here, or timed out by the server), it answers.
    answer, _ = exchange(where, GET)
    assert status_and_json(answer)[0] == 401


def test_a_repeated_log_message_is_written_a_few_times_per_window_then_summarized() -> None:
    log_filter = RepeatFilter(repeats=3, window=0.2)

    def record(message: str) -> logging.LogRecord:
        return logging.LogRecord("uvicorn.error", logging.WARNING, __file__, 1, message, (), None)

    passed = [log_filter.filter(record("flood")) for _ in range(100)]
    assert passed.count(True) == 3
    assert log_filter.filter(record("another message"))
    time.sleep(0.25)
    summary = record("flood")
    assert log_filter.filter(summary)
    assert "97 more like it left out" in summary.getMessage()


@pytest.mark.skipif(sys.platform == "win32", reason="file-descriptor limits are POSIX")
def test_at_the_file_limit_the_server_keeps_answering_and_its_log_stays_small() -> None:
    """A process allowed 128 files, 150 connections that send nothing: answers go on."""

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    command = [sys.executable, "-m", "closeext.emulator", "--port", "0", "--api-key", KEY]
    command += ["--request-timeout", "1"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=limit_files,  # the child runs nothing else before exec
        env=env,
    ) as proc:
        try:
            assert proc.stdout is not None
            os.set_blocking(proc.stdout.fileno(), False)
            output = b""
            deadline = time.monotonic() + 30
            while b"listening on" not in output and time.monotonic() < deadline:
                output += proc.stdout.read() or b""
                time.sleep(0.05)
            line = output.decode().split("listening on ", 1)[1]
            port = int(line.split(":", 2)[2].split("/", 1)[0])
            where = ("127.0.0.1", port)
            with ExitStack() as stack:
                for _ in range(150):
                    try:
                        stack.enter_context(socket.create_connection(where, timeout=WAIT))
                    except OSError:
                        break  # the kernel's queue is full: that is the server's choice
                time.sleep(1.0)
                # Still answering while the flood is open (a 503 when the bound is met).
                # Bounded, though generously: the kernel queues it behind the flood.
                answer, _ = exchange(where, GET, wait=3 * WAIT)
                assert status_and_json(answer)[0] in (401, 503)
            # The idle ones time out; afterwards every request is served again.
            time.sleep(1.5)
            answer, _ = exchange(where, GET, wait=3 * WAIT)
            assert status_and_json(answer)[0] == 401
        finally:
            proc.terminate()
            rest, _ = proc.communicate(timeout=WAIT)
        output += rest or b""
    assert len(output) < 64 * 1024, output[-2000:]


@pytest.mark.parametrize(
    "argv",
    [
        ["--request-timeout", "0"],
        ["--request-timeout", "soon"],
        ["--max-connections", "0"],
        ["--max-connections", "many"],
    ],
)
def test_the_command_line_refuses_bounds_that_are_not_positive(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from closeext.emulator.__main__ import build_parser

    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_a_server_thread_refuses_bounds_that_are_not_positive() -> None:
    with pytest.raises(ValueError, match="must be positive"):
        ServerThread(create_app(api_keys=[KEY]), request_timeout=0)
