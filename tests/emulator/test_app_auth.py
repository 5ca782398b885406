"""Authentication, tenant isolation and app independence on the real emulator app."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator

import httpx
import pytest

from closeext.emulator import EmulatorApp, RateLimit, create_app

KEY_A = "key_alpha_0001"
KEY_B = "key_bravo_0002"


@pytest.fixture
def app() -> EmulatorApp:
    return create_app(api_keys=[KEY_A, KEY_B])


def client_for(app: EmulatorApp, **kwargs: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://emulator/api/v1/",
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
async def alpha(app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app, auth=(KEY_A, "")) as client:
        yield client


@pytest.fixture
async def bravo(app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app, auth=(KEY_B, "")) as client:
        yield client


def basic(user: str, password: str = "") -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(
    "authorization",
    [basic(KEY_A), f"Bearer {KEY_A}", f"bearer {KEY_A}", basic(KEY_A).replace("Basic", "BASIC")],
)
async def test_basic_with_empty_password_or_bearer_is_accepted(
    app: EmulatorApp, authorization: str
) -> None:
    async with client_for(app) as client:
        response = await client.get("me/", headers={"authorization": authorization})
    assert response.status_code == 200
    assert response.json()["id"].startswith("user_")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        basic(KEY_A, "secret"),  # Close's password is always empty
        basic("unknown-key"),
        basic(""),
        f"Token {KEY_A}",
        "Bearer ",
        "Bearer unknown-key",
        "Basic not-base64!!",
        "Basic " + base64.b64encode(KEY_A.encode()).decode(),  # no colon at all
        KEY_A,
    ],
)
async def test_anything_else_is_401(app: EmulatorApp, authorization: str | None) -> None:
    headers = {} if authorization is None else {"authorization": authorization}
    async with client_for(app) as client:
        for method, path in (("GET", "lead/"), ("POST", "lead/"), ("GET", "no/such/path/")):
            response = await client.request(method, path, headers=headers, json={"name": "x"})
            assert response.status_code == 401
            assert response.json() == {"error": "Unauthorized"}
            assert response.headers["ratelimit"].startswith("limit=")


async def test_one_organization_cannot_see_anothers_objects(
    alpha: httpx.AsyncClient, bravo: httpx.AsyncClient
) -> None:
    created = await alpha.post("lead/", json={"name": "Alpha Corp"})
    assert created.status_code == 200
    lead_id = created.json()["id"]

    assert (await bravo.get(f"lead/{lead_id}/")).status_code == 404
    assert (await bravo.put(f"lead/{lead_id}/", json={"name": "Hijacked"})).status_code == 404
    assert (await bravo.delete(f"lead/{lead_id}/")).status_code == 404
    listed = await bravo.get("lead/")
    assert lead_id not in {lead["id"] for lead in listed.json()["data"]}

    mine = await alpha.get(f"lead/{lead_id}/")
    assert mine.status_code == 200
    assert mine.json()["name"] == "Alpha Corp"
    me_a, me_b = (await alpha.get("me/")).json(), (await bravo.get("me/")).json()
    assert me_a["id"] != me_b["id"]
    assert me_a["organizations"][0]["id"] != me_b["organizations"][0]["id"]


async def test_each_create_app_is_a_fresh_world() -> None:
    first, second = create_app(api_keys=[KEY_A]), create_app(api_keys=[KEY_A])
    async with client_for(first, auth=(KEY_A, "")) as one:
        lead_id = (await one.post("lead/", json={"name": "Only here"})).json()["id"]
    async with client_for(second, auth=(KEY_A, "")) as two:
        assert (await two.get(f"lead/{lead_id}/")).status_code == 404
        assert (await two.get("lead/")).json()["data"] == []


async def test_reset_wipes_data_but_keeps_keys(app: EmulatorApp, alpha: httpx.AsyncClient) -> None:
    lead_id = (await alpha.post("lead/", json={"name": "Temporary"})).json()["id"]
    app.state.emulator.reset()
    assert (await alpha.get(f"lead/{lead_id}/")).status_code == 404
    assert (await alpha.get("lead/")).status_code == 200


async def test_keys_can_be_added_later(app: EmulatorApp) -> None:
    async with client_for(app, auth=("late-key", "")) as late:
        assert (await late.get("me/")).status_code == 401
        app.state.emulator.add_api_key("late-key")
        assert (await late.get("me/")).status_code == 200
    assert app.state.emulator.api_keys == (KEY_A, KEY_B, "late-key")


def test_the_keys_stay_out_of_reprs(app: EmulatorApp) -> None:
    emulator = app.state.emulator
    for text in (repr(emulator), repr(emulator.world), str(app.state.__dict__)):
        assert KEY_A not in text and KEY_B not in text


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"rate_limit": "fast"}, ValueError),
        ({"rate_limit": "0/1"}, ValueError),
        ({"rate_limit": "10/0"}, ValueError),
        ({"faults": "500=0.1"}, ValueError),
        ({"faults": "429=1.5"}, ValueError),
        ({"faults": "429=0.6,503=0.6"}, ValueError),
        ({"faults": "429"}, ValueError),
        ({"faults": {"503": "often"}}, ValueError),
        ({"api_keys": "one-key"}, TypeError),
        ({"api_keys": ["with:colon"]}, ValueError),
        ({"api_keys": [""]}, ValueError),
        ({"spec_path": "/nonexistent/spec.yaml"}, FileNotFoundError),
    ],
)
def test_bad_options_raise_clear_errors(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        create_app(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value)


def test_options_accept_their_documented_forms() -> None:
    limiter = create_app(rate_limit="20/1").state.emulator.limiter
    assert (limiter.limit.requests, limiter.limit.window, limiter.limit.org_requests) == (20, 1, 60)
    assert create_app(rate_limit=RateLimit(5, 2.5)).state.emulator.limiter.limit.window == 2.5
    faults = create_app(faults={"429": 0.25, "reset-after": 0.25}, seed=3).state.emulator.faults
    assert dict(faults.plan.rates) == {"429": 0.25, "reset-after": 0.25}
