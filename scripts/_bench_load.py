"""The benchmark's load generator: keep-alive HTTP/1.1 GETs over raw asyncio streams.

    BENCH_API_KEY=key python scripts/_bench_load.py --port P --path /api/v1/lead/ID/
        [--connections 8] [--duration 2.0] [--warmup 0.3]

Each connection sends one request, reads the whole response, and sends the next, as a
client with a connection pool would. Requests are pre-built bytes and responses are only
framed (status line and ``Content-Length``, which uvicorn always sends), never parsed as
JSON: the generator must be much cheaper per request than any server it measures, so its
own CPU share is reported.

Prints one JSON line: ``{"requests", "seconds", "rps", "errors", "cpu"}`` where ``cpu``
is the generator's CPU seconds per wall second during the measured span (1.0 = one core).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import sys
import time


class _Client(asyncio.Protocol):
    """One keep-alive connection: send, wait for the whole response, send the next.

    A bare protocol rather than streams: framing a response costs a few byte searches,
    so the generator stays far cheaper per request than the server it measures.
    """

    def __init__(self, request: bytes, state: _State) -> None:
        self.request = request
        self.state = state
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            self.buffer = buffer
            return
        start = buffer.find(b"\r\ncontent-length:", 0, end)
        if start < 0:
            start = buffer.find(b"\r\nContent-Length:", 0, end)
        length = 0
        if start >= 0:
            stop = buffer.find(b"\r\n", start + 17)
            length = int(buffer[start + 17 : stop])
        total = end + 4 + length
        if len(buffer) < total:
            self.buffer = buffer
            return
        # One request in flight per connection: nothing can follow this response.
        self.buffer = b""
        self.state.finished(buffer[9:12] == b"200")
        assert self.transport is not None
        if self.state.running:
            self.transport.write(self.request)
        else:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)


class _State:
    def __init__(self) -> None:
        self.running = True
        self.measuring = False
        self.ok = 0
        self.errors = 0

    def finished(self, ok: bool) -> None:
        # Only requests that finish inside the measured span count.
        if self.measuring:
            if ok:
                self.ok += 1
            else:
                self.errors += 1


async def run(
    port: int, path: str, key: str, connections: int, duration: float, warmup: float
) -> dict[str, float]:
    auth = base64.b64encode(f"{key}:".encode()).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Basic {auth}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    loop = asyncio.get_running_loop()
    state = _State()
    clients = []
    for _ in range(connections):
        _, client = await loop.create_connection(lambda: _Client(request, state), "127.0.0.1", port)
        clients.append(client)
    await asyncio.sleep(warmup)
    state.measuring = True
    started = time.perf_counter()
    cpu_start = time.process_time()
    await asyncio.sleep(duration)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_start
    state.measuring = False
    ok, errors = state.ok, state.errors
    state.running = False
    await asyncio.wait([client.closed for client in clients], timeout=5)
    return {
        "requests": ok,
        "seconds": elapsed,
        "rps": ok / elapsed,
        "errors": errors,
        "cpu": cpu / elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=float, default=2.0)
    parser.add_argument("--warmup", type=float, default=0.3)
    args = parser.parse_args(argv)
    key = os.environ.get("BENCH_API_KEY", "")
    result = asyncio.run(
        run(args.port, args.path, key, args.connections, args.duration, args.warmup)
    )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
