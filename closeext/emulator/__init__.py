"""A stateful local fake of the Close API, built from the pinned OpenAPI spec.

Create an app and serve it with any ASGI server, or call it in-process::

    from closeext.emulator import create_app

    app = create_app(api_keys=["my-test-key"], rate_limit="20/1")
    # uvicorn.run(app, port=8765)  ->  http://127.0.0.1:8765/api/v1/
    # httpx.Client(transport=httpx.ASGITransport(app), base_url="http://emulator/api/v1/")

Each API key owns a fresh organization; ``app.state.emulator`` gives access to the state
(``reset()``, ``add_api_key()``, ``world``). Every call builds a new, independent app.
From the command line: ``python -m closeext.emulator --help``. For pytest, see
:mod:`closeext.emulator.pytest_plugin`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._app import Emulator, EmulatorApp
from ._clock import Clock
from ._faults import ConnectionDropped, Fault, FaultInjector, FaultPlan
from ._ratelimit import RateLimit, RateLimiter
from ._server import ServerThread
from ._spec import CompiledSpec, load_spec

if TYPE_CHECKING:
    from ._resources import Built

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Emulator",
    "EmulatorApp",
    "Fault",
    "FaultPlan",
    "RateLimit",
    "ServerThread",
    "create_app",
]

logger = logging.getLogger("closeext.emulator")


def _rate_limit(value: str | RateLimit | None) -> RateLimit | None:
    if value is None or isinstance(value, RateLimit):
        return value
    if isinstance(value, str):
        return RateLimit.parse(value)
    raise TypeError("rate_limit must be 'N/S', a RateLimit or None")


def _fault_plan(value: str | Mapping[str, float] | FaultPlan | None) -> FaultPlan:
    if value is None:
        return FaultPlan()
    if isinstance(value, FaultPlan):
        return value
    if isinstance(value, str):
        return FaultPlan.parse(value)
    if isinstance(value, Mapping):
        return FaultPlan.from_mapping(value)
    raise TypeError("faults must be 'KIND=P,...', a mapping of kind to probability, or None")


def _handlers_for(spec: CompiledSpec) -> Built:
    # Binding the families to a spec compiles renderers and filters: once per spec.
    from ._resources import PINNED, build
    from ._spec import load_spec as _pinned

    if spec is _pinned():
        return PINNED
    return build(spec)


def create_app(
    *,
    api_keys: Sequence[str] = (),
    rate_limit: str | RateLimit | None = None,
    faults: str | Mapping[str, float] | FaultPlan | None = None,
    seed: int | None = None,
    spec_path: str | os.PathLike[str] | None = None,
    render_cache: bool = True,
    clock: Clock | None = None,
) -> EmulatorApp:
    """Build a fresh emulator app (a Starlette app) with its own empty world.

    Args:
        api_keys: keys to accept; each gets its own organization with an admin user.
            More can be added later with ``app.state.emulator.add_api_key(key)``.
        rate_limit: ``"N/S"`` (N requests per S seconds per key, 3N per organization)
            or a :class:`RateLimit`. ``None`` reports a generous limit that never triggers.
        faults: ``"429=0.05,reset-after=0.01"`` or a mapping of the same; see
            :mod:`closeext.emulator._faults` for the kinds.
        seed: seed for the fault RNG, so a run is reproducible.
        spec_path: another spec file (default: the pinned spec).
        render_cache: reuse a record's rendering until the next write to its organization
            (the default); ``False`` renders every read afresh, for measurements.
        clock: the emulator's time (default: a fresh clock following real time); reach it
            as ``app.state.emulator.clock`` to advance or freeze it.

    Raises:
        ValueError: for a malformed ``rate_limit``, ``faults`` or API key.
        FileNotFoundError: when the spec cannot be found.
    """
    if isinstance(api_keys, str):
        raise TypeError("api_keys must be a sequence of keys, not a single string")
    limiter = RateLimiter(_rate_limit(rate_limit))
    injector = FaultInjector(_fault_plan(faults), seed)
    spec = load_spec(spec_path)
    # The domain is imported only now, so bad options get their clear message first.
    from ._store import World

    built = _handlers_for(spec)
    emulator = Emulator(
        spec=spec,
        world=World(render_cache=render_cache, clock=clock, event_views=built.views),
        handlers=built.handlers,
        limiter=limiter,
        faults=injector,
        api_keys=api_keys,
    )
    missing = emulator.missing_handlers()
    if missing:
        logger.warning("operations without a handler (answered 501): %s", ", ".join(missing))
    return EmulatorApp(emulator)
