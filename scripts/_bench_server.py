"""The benchmark's server process: the emulator, seeded in its store, plus a bare floor.

    BENCH_API_KEYS=key1,key2 python scripts/_bench_server.py --leads 1000 [--rate-limit 50/1]
        [--count-statuses] [--no-render-cache] [--port 0]

It builds an emulator app for the keys (read from the environment, so they never show in
a process listing), then for each key's organization creates five lead custom fields and
one lead carrying a value for each (through the app itself, in-process), and clones that
lead straight into the store until the organization holds ``--leads`` leads: seeding
100,000 leads over HTTP would take minutes, cloning takes seconds.

Besides ``/api/v1/…`` (the emulator) the same uvicorn server answers:

* ``/bare/lead/{id}/`` and ``/bare/lead/``: a plain Starlette endpoint returning the exact
  bytes the emulator sends for one lead and for the first page of 100 leads — the floor
  the emulator's own pipeline is measured against;
* ``/_bench/stats`` (with ``--count-statuses``): how many responses of each status the
  emulator sent, as JSON; ``?reset=1`` clears the counts after reading them.

Once it accepts connections it prints one JSON line: ``{"port", "orgs": [{"fields",
"lead_ids"}, …]}`` in the order of the keys (the keys themselves are never printed).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import json
import os
import random
import socket
import string
import sys
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from closeext.emulator import EmulatorApp, create_app
from closeext.emulator._records import StoredValue
from closeext.emulator._server import listening_socket

KEYS_ENV = "BENCH_API_KEYS"
#: How many lead ids per organization the ready line lists (the bulk section needs 2,000).
MAX_IDS = 5000
FIELDS: tuple[dict[str, Any], ...] = (
    {"name": "Industry", "type": "choices", "choices": ["Software", "Retail", "Health"]},
    {"name": "Seats", "type": "number"},
    {"name": "Renewal", "type": "date"},
    {"name": "Account note", "type": "text"},
    {"name": "Region", "type": "text"},
)
#: One value per field above, in the same order.
VALUES: tuple[Any, ...] = ("Software", 42, "2026-03-01", "Signed in person", "EMEA")
_BASE62 = string.digits + string.ascii_letters


def field_values(field_ids: list[str]) -> dict[str, Any]:
    """The ``custom.cf_…`` keys of a lead body that sets all five benchmark fields."""
    return {f"custom.{fid}": value for fid, value in zip(field_ids, VALUES, strict=True)}


async def _setup_org(
    app: EmulatorApp, key: str, leads: int, rng: random.Random
) -> tuple[dict[str, Any], bytes, bytes]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://bench/api/v1/", auth=(key, "")
    ) as client:
        field_ids = []
        for body in FIELDS:
            response = await client.post("custom_field/lead/", json=body)
            response.raise_for_status()
            field_ids.append(response.json()["id"])
        template_body = {
            "name": "Bench Lead 000000",
            "url": "https://example.com",
            "addresses": [{"label": "business", "city": "Lisbon", "country": "PT"}],
            **field_values(field_ids),
        }
        response = await client.post("lead/", json=template_body)
        response.raise_for_status()
        template_id = response.json()["id"]

        found = app.state.emulator.world.authenticate(key)
        assert found is not None
        org = found[0]
        template = org.leads[template_id]
        for number in range(1, leads):
            lead_id = "lead_" + "".join(rng.choices(_BASE62, k=43))
            org.insert(
                "leads",
                dataclasses.replace(
                    template,
                    id=lead_id,
                    name=f"Bench Lead {number:06d}",
                    custom={
                        fid: StoredValue(list(v.atoms), v.scope)
                        for fid, v in template.custom.items()
                    },
                    addresses=[dict(a) for a in template.addresses],
                    contact_ids={},
                    opportunity_ids={},
                    custom_object_ids={},
                    activity_ids={},
                    children={},
                ),
            )
        one = await client.get(f"lead/{template_id}/")
        page = await client.get("lead/", params={"_limit": 100})
        one.raise_for_status()
        page.raise_for_status()
    ids = list(org.leads)[:MAX_IDS]
    return {"fields": field_ids, "lead_ids": ids}, one.content, page.content


class BenchApp:
    """Routes ``/bare/`` and ``/_bench/`` to plain Starlette, the rest to the emulator."""

    def __init__(self, emulator: EmulatorApp, one: bytes, page: bytes, count: bool) -> None:
        self.emulator = emulator
        self.counts: collections.Counter[int] = collections.Counter()
        self.count = count

        async def bare_one(request: Request) -> Response:
            return Response(one, media_type="application/json")

        async def bare_page(request: Request) -> Response:
            return Response(page, media_type="application/json")

        async def stats(request: Request) -> Response:
            body = json.dumps({str(k): v for k, v in sorted(self.counts.items())})
            if request.query_params.get("reset"):
                self.counts.clear()
            return Response(body, media_type="application/json")

        self.bare = Starlette(
            routes=[
                Route("/bare/lead/{lead_id}/", bare_one),
                Route("/bare/lead/", bare_page),
                Route("/_bench/stats", stats),
            ]
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if path.startswith(("/bare/", "/_bench/")):
            await self.bare(scope, receive, send)
        elif self.count and scope["type"] == "http":
            counts = self.counts

            async def counting_send(message: Message) -> None:
                if message["type"] == "http.response.start":
                    counts[message["status"]] += 1
                await send(message)

            await self.emulator(scope, receive, counting_send)
        else:
            await self.emulator(scope, receive, send)


class _Server(uvicorn.Server):  # type: ignore[misc, unused-ignore]
    def __init__(self, config: uvicorn.Config, ready: dict[str, Any]) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            self._watchdog = asyncio.create_task(self._exit_when_orphaned(os.getppid()))
            print(json.dumps(self.ready), flush=True)

    async def _exit_when_orphaned(self, parent: int) -> None:
        # If the benchmark is killed (a timeout, Ctrl-C), do not linger as an orphan.
        while not self.should_exit:
            await asyncio.sleep(0.5)
            if os.getppid() != parent:
                self.should_exit = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--leads", type=int, default=1000, help="leads per organization")
    parser.add_argument("--rate-limit", default=None, metavar="N/S")
    parser.add_argument("--count-statuses", action="store_true")
    parser.add_argument(
        "--no-render-cache",
        action="store_true",
        help="render every read afresh (create_app(render_cache=False))",
    )
    args = parser.parse_args(argv)
    keys = [k for k in os.environ.get(KEYS_ENV, "").split(",") if k]
    if not keys or args.leads < 1:
        parser.error(f"set {KEYS_ENV} to one or more comma-separated keys; --leads >= 1")

    app = create_app(
        api_keys=keys, rate_limit=args.rate_limit, render_cache=not args.no_render_cache
    )
    rng = random.Random(20260101)

    async def setup() -> tuple[list[dict[str, Any]], bytes, bytes]:
        orgs, one, page = [], b"", b""
        for index, key in enumerate(keys):
            org, org_one, org_page = await _setup_org(app, key, args.leads, rng)
            orgs.append(org)
            if index == 0:
                one, page = org_one, org_page
        return orgs, one, page

    orgs, one, page = asyncio.run(setup())
    # The set-up requests opened rate-limit windows; the benchmark starts from fresh ones.
    app.state.emulator.limiter.reset()
    sock = listening_socket("127.0.0.1", args.port)
    config = uvicorn.Config(
        BenchApp(app, one, page, args.count_statuses),
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
    )
    server = _Server(config, {"port": sock.getsockname()[1], "orgs": orgs})
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
