"""Fault injection: refused requests and dropped connections, drawn from a seeded RNG.

Kinds (``--faults KIND=P,...``, each P a probability, their sum at most 1):

``429``
    Refused as rate limited (``Retry-After``, ``RateLimit`` and the legacy body), before
    the handler runs: nothing changes, so any client may retry.
``503``
    Refused as unavailable, also before the handler runs: nothing changes.
``reset-before``
    The connection is dropped before the request is handled: nothing changes.
``reset-after``
    The request is handled and its changes are kept, then the connection is dropped
    before the response is sent: the client cannot know whether it succeeded.

Each request takes exactly one draw from the app's RNG, so a run with the same seed and
the same sequence of requests meets the same faults (concurrent requests draw in the
order they arrive).

Dropping a connection needs the server's transport. Under uvicorn the ASGI ``send``
callable is a bound method of its request cycle, which holds the transport: the emulator
sets ``SO_LINGER`` to zero and aborts it, so the client sees a connection reset (for
httpx, a ``ReadError`` or ``RemoteProtocolError``) and no response bytes at all. Without a
transport (in-process use through ``httpx.ASGITransport`` or Starlette's ``TestClient``)
the app raises :class:`ConnectionDropped` instead, which those transports re-raise to the
caller; it is a ``ConnectionResetError`` but not an httpx exception.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import random
import socket
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class Fault(enum.StrEnum):
    """The kinds of fault the emulator can inject."""

    RATE_LIMITED = "429"
    UNAVAILABLE = "503"
    RESET_BEFORE = "reset-before"
    RESET_AFTER = "reset-after"


class ConnectionDropped(ConnectionResetError):
    """Raised out of the app for a dropped connection when no server transport is at hand."""


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """Probabilities per fault kind; build it with :meth:`parse` or :meth:`from_mapping`."""

    rates: tuple[tuple[Fault, float], ...] = ()

    @classmethod
    def from_mapping(cls, rates: Mapping[str, float]) -> FaultPlan:
        parsed: dict[Fault, float] = {}
        for name, rate in rates.items():
            try:
                kind = Fault(str(name).strip())
            except ValueError:
                choices = ", ".join(f.value for f in Fault)
                raise ValueError(f"unknown fault kind {name!r}: choose from {choices}") from None
            if isinstance(rate, bool) or not isinstance(rate, int | float):
                raise ValueError(f"fault probability for {kind.value} must be a number")
            if not 0.0 <= float(rate) <= 1.0:
                raise ValueError(f"fault probability for {kind.value} must be between 0 and 1")
            parsed[kind] = float(rate)
        if sum(parsed.values()) > 1.0 + 1e-9:
            raise ValueError("fault probabilities add up to more than 1")
        return cls(tuple((kind, parsed[kind]) for kind in Fault if parsed.get(kind)))

    @classmethod
    def parse(cls, text: str) -> FaultPlan:
        """Parse ``"429=0.05,503=0.01,reset-before=0.01,reset-after=0.01"``."""
        rates: dict[str, float] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"invalid fault {item!r}: expected KIND=PROBABILITY")
            try:
                rates[name.strip()] = float(value)
            except ValueError:
                raise ValueError(f"invalid probability {value.strip()!r} for {name}") from None
        return cls.from_mapping(rates)


class FaultInjector:
    """Draws at most one fault per request from an RNG seeded once per app."""

    def __init__(self, plan: FaultPlan, seed: int | None = None) -> None:
        self.plan = plan
        self.enabled = bool(plan.rates)
        self._seed = seed
        self._rng = random.Random(seed)

    def reseed(self) -> None:
        """Start the fault sequence over, as for a freshly created app."""
        self._rng = random.Random(self._seed)

    def draw(self) -> Fault | None:
        if not self.enabled:
            return None
        roll = self._rng.random()
        for kind, rate in self.plan.rates:
            if roll < rate:
                return kind
            roll -= rate
        return None


def transport_of(send: Any) -> asyncio.Transport | None:
    """The server transport behind an ASGI ``send``, when the server is uvicorn."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if isinstance(transport, asyncio.Transport):
        return transport
    return None


async def drop_connection(transport: asyncio.Transport | None, stage: Fault) -> None:
    """Drop the client's connection without a response; see the module docstring."""
    if transport is None:
        raise ConnectionDropped(f"connection dropped by the emulator ({stage.value})")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        # Linger 0 makes close() send a TCP reset rather than an orderly FIN.
        with contextlib.suppress(OSError, AttributeError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    # Let the server process the lost connection before the app returns, so it marks the
    # request as disconnected instead of trying to answer it.
    for _ in range(3):
        await asyncio.sleep(0)
