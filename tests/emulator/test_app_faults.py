"""Fault injection: what a client sees for each kind, in-process and over real sockets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from closeext.emulator import ConnectionDropped, EmulatorApp, Fault, FaultPlan, create_app
from closeext.emulator._faults import FaultInjector
from closeext.emulator._server import ServerThread

KEY = "fault-key"


def lead_names(app: EmulatorApp) -> list[str]:
    """The lead names of KEY's organization, read straight from the world."""
    found = app.state.world.authenticate(KEY)
    assert found is not None
    return [lead.name for lead in found[0].leads.values()]


def without_faults(app: EmulatorApp) -> None:
    app.state.emulator.faults = FaultInjector(FaultPlan())


# --- the plan and the draw ---------------------------------------------------------------


def test_plans_parse_and_validate() -> None:
    plan = FaultPlan.parse("429=0.1, 503=0.05,reset-before=0.02,reset-after=0.03")
    assert dict(plan.rates) == {
        Fault.RATE_LIMITED: 0.1,
        Fault.UNAVAILABLE: 0.05,
        Fault.RESET_BEFORE: 0.02,
        Fault.RESET_AFTER: 0.03,
    }
    assert FaultPlan.parse("").rates == ()
    assert FaultPlan.parse("503=0").rates == ()
    for bad in ("timeout=0.1", "429=x", "429", "429=-0.1", "429=0.7,503=0.7"):
        with pytest.raises(ValueError):
            FaultPlan.parse(bad)


def test_the_same_seed_gives_the_same_faults_and_reseed_starts_over() -> None:
    plan = FaultPlan.parse("429=0.2,503=0.2,reset-before=0.2,reset-after=0.2")
    first, same, other = (FaultInjector(plan, seed=seed) for seed in (11, 11, 12))
    sequence = [first.draw() for _ in range(200)]
    assert sequence == [same.draw() for _ in range(200)]
    assert sequence != [other.draw() for _ in range(200)]
    assert set(sequence) == {None, *Fault}
    # Every kind shows up at roughly its rate.
    assert all(20 <= sequence.count(kind) <= 60 for kind in Fault)
    first.reseed()
    assert [first.draw() for _ in range(200)] == sequence


# --- in-process (httpx.ASGITransport) ----------------------------------------------------


def in_process(app: EmulatorApp) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url="http://e/api/v1/", auth=(KEY, ""))


async def test_reset_before_raises_and_changes_nothing_in_process() -> None:
    app = create_app(api_keys=[KEY], faults="reset-before=1")
    async with in_process(app) as client:
        with pytest.raises(ConnectionDropped, match="reset-before"):
            await client.post("lead/", json={"name": "never stored"})
    assert lead_names(app) == []


async def test_reset_after_raises_but_keeps_the_change_in_process() -> None:
    app = create_app(api_keys=[KEY], faults={"reset-after": 1.0})
    async with in_process(app) as client:
        with pytest.raises(ConnectionDropped, match="reset-after"):
            await client.post("lead/", json={"name": "stored anyway"})
    assert lead_names(app) == ["stored anyway"]


@pytest.mark.parametrize(("kind", "status"), [("429", 429), ("503", 503)])
async def test_refusals_change_nothing(kind: str, status: int) -> None:
    app = create_app(api_keys=[KEY], faults={kind: 1.0}, rate_limit="100/60")
    async with in_process(app) as client:
        response = await client.post("lead/", json={"name": "refused"})
    assert response.status_code == status
    assert response.headers["ratelimit"].startswith("limit=100, ")
    if status == 429:
        assert int(response.headers["retry-after"]) >= 1
        assert response.json()["error"]["rate_reset"] > 0
    else:
        assert response.json() == {"error": "Service temporarily unavailable."}
    assert lead_names(app) == []


async def test_an_injected_429_does_not_use_up_the_rate_limit() -> None:
    app = create_app(api_keys=[KEY], rate_limit="2/60")
    async with in_process(app) as client:
        app.state.emulator.faults = FaultInjector(FaultPlan.parse("429=1"))
        for _ in range(3):
            refused = await client.get("lead/")
            assert refused.status_code == 429
            assert refused.headers["ratelimit"].startswith("limit=2, remaining=0, ")
        without_faults(app)
        assert [(await client.get("lead/")).status_code for _ in range(3)] == [200, 200, 429]


async def test_seeded_faults_replay_identically() -> None:
    async def statuses(seed: int) -> list[int]:
        app = create_app(api_keys=[KEY], faults="429=0.3,503=0.2", seed=seed)
        async with in_process(app) as client:
            return [(await client.get("lead/")).status_code for _ in range(40)]

    run = await statuses(5)
    assert run == await statuses(5)
    assert {200, 429, 503} <= set(run)


# --- over real sockets (uvicorn on a free port) ------------------------------------------


@pytest.fixture
def served() -> Iterator[tuple[EmulatorApp, str, ServerThread]]:
    app = create_app(api_keys=[KEY])
    with ServerThread(app) as server:
        yield app, server.base_url, server


def set_faults(runner: ServerThread, app: EmulatorApp, plan: str) -> None:
    injector = FaultInjector(FaultPlan.parse(plan), seed=1)
    runner.call(lambda: setattr(app.state.emulator, "faults", injector))


@pytest.mark.parametrize(("kind", "stored"), [("reset-before", False), ("reset-after", True)])
def test_resets_drop_the_connection_over_http(
    served: tuple[EmulatorApp, str, ServerThread],
    caplog: pytest.LogCaptureFixture,
    kind: str,
    stored: bool,
) -> None:
    app, base_url, runner = served
    set_faults(runner, app, f"{kind}=1")
    with (
        caplog.at_level(logging.WARNING),
        httpx.Client(base_url=base_url, auth=(KEY, "")) as client,
    ):
        with pytest.raises(httpx.TransportError) as caught:
            client.post("lead/", json={"name": f"via {kind}"})
        # No status line was ever sent: the client saw a broken connection, not a response.
        assert isinstance(caught.value, httpx.ReadError | httpx.RemoteProtocolError)
        runner.call(lambda: without_faults(app))
        listed = client.get("lead/").json()["data"]
    assert ([lead["name"] for lead in listed] == [f"via {kind}"]) is stored
    # The drop is deliberate: uvicorn must not log it as an application error.
    assert "Exception in ASGI application" not in caplog.text
    assert "500" not in caplog.text


def test_http_client_recovers_after_a_dropped_connection(
    served: tuple[EmulatorApp, str, ServerThread],
) -> None:
    app, base_url, runner = served
    with httpx.Client(base_url=base_url, auth=(KEY, "")) as client:
        assert client.get("lead/").status_code == 200  # a pooled keep-alive connection
        set_faults(runner, app, "reset-before=1")
        with pytest.raises(httpx.TransportError):
            client.get("lead/")
        runner.call(lambda: without_faults(app))
        assert client.get("lead/").status_code == 200
