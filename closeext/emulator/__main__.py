"""Command line: serve the emulator over HTTP.

    python -m closeext.emulator --port 8765 --api-key KEY [--api-key KEY2 ...]
        [--rate-limit N/S] [--faults KIND=P,...] [--seed N]
        [--request-timeout SECONDS] [--max-connections N]

Each ``--api-key`` gets its own organization; with none, one key is generated and printed.
Once the server accepts connections it prints one line saying where it listens.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import socket
import sys
from collections.abc import Sequence
from typing import Any

import uvicorn

from . import _limits, create_app
from ._faults import FaultPlan
from ._protocol import server_config
from ._ratelimit import RateLimit

EXIT_USAGE = 2


def _rate_limit(text: str) -> RateLimit:
    try:
        return RateLimit.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _faults(text: str) -> FaultPlan:
    try:
        return FaultPlan.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range 0-65535")
    return port


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
    if not 0 < value < 86400:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid count {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive count")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closeext-emulator",
        description="Serve a stateful local fake of the Close API at http://HOST:PORT/api/v1/.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=8765,
        help="port to bind, 0 for any free one (default: %(default)s)",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY",
        help="accept this API key, in an organization of its own (repeatable; default: one "
        "generated key)",
    )
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        metavar="N/S",
        help="allow N requests per S seconds per key, 3N per organization (default: no limit)",
    )
    parser.add_argument(
        "--faults",
        type=_faults,
        metavar="KIND=P,...",
        help="inject faults with these probabilities; kinds: 429, 503, reset-before, reset-after",
    )
    parser.add_argument("--seed", type=int, help="seed for fault injection, for reproducible runs")
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="server log level (default: %(default)s)",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.add_argument(
        "--request-timeout",
        type=_positive_float,
        default=_limits.REQUEST_TIMEOUT,
        metavar="SECONDS",
        help="time a client has to send a whole request, else 408 (default: %(default)s)",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive_int,
        default=_limits.MAX_CONNECTIONS,
        metavar="N",
        help="open connections at once, beyond which a new one gets 503; lowered to fit "
        "the process's file limit (default: %(default)s)",
    )
    return parser


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this. asyncio would not set it on them (the socket's
        # proto is 0), and without it each small response waits ~40 ms for a delayed ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(_limits.LISTEN_BACKLOG)
    except BaseException:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class _Server(uvicorn.Server):  # type: ignore[misc, unused-ignore]
    """A uvicorn server that announces itself once it accepts connections."""

    def __init__(self, config: uvicorn.Config, announcement: str) -> None:
        super().__init__(config)
        self._announcement = announcement

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(self._announcement, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the emulator until interrupted; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    keys: list[str] = list(args.api_key)
    generated = not keys
    if generated:
        keys = ["api_" + secrets.token_urlsafe(24)]
    try:
        app = create_app(
            api_keys=keys, rate_limit=args.rate_limit, faults=args.faults, seed=args.seed
        )
    except (ValueError, FileNotFoundError) as exc:
        parser.exit(EXIT_USAGE, f"{parser.prog}: error: {exc}\n")
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        reason = exc.strerror or exc
        parser.exit(
            EXIT_USAGE,
            f"{parser.prog}: error: cannot listen on {args.host}:{args.port}: {reason}\n",
        )
    bound_port = sock.getsockname()[1]
    shown_host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{shown_host}:{bound_port}/api/v1/"
    # The key is printed only when it was generated here: the user has no other way to
    # learn it. Keys given on the command line are already known to whoever typed them.
    who = f"api key: {keys[0]}" if generated else f"{len(keys)} api key(s) from --api-key"
    config = server_config(
        app,
        request_timeout=args.request_timeout,
        max_connections=args.max_connections,
        log_level=args.log_level,
        access_log=args.access_log,
        server_header=False,
    )
    server = _Server(config, f"closeext emulator listening on {url} ({who})")
    logging.getLogger("closeext.emulator").setLevel(args.log_level.upper())
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


def _entry() -> Any:  # pragma: no cover - exercised through ``python -m``
    sys.exit(main())


if __name__ == "__main__":
    _entry()
