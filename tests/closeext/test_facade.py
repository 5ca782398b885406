"""The generated facade, success-only operations and per-call options.

The facade tests run the sync and the async client through the same code: both have the
same attributes and methods, so the only difference is whether a result is awaited.
"""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any, TypeVar

import close_api.api
import httpx
import pytest
from close_api import Client
from close_api.api import TAGS, Api, AsyncApi
from close_api.api.leads import get_lead, list_leads
from close_api.errors import UnexpectedStatus
from close_api.models import LeadCreate, LeadUpdate

from closeext import AsyncClose, Close, NotFound

from .conftest import collect, resolve

T = TypeVar("T")
API = Path(close_api.api.__file__).parent


async def test_a_lead_round_trip_through_the_facade(client: Any) -> None:
    lead = await resolve(client.leads.create(body=LeadCreate(name="Acme")))
    assert (await resolve(client.leads.get(lead.id))).name == "Acme"
    updated = await resolve(
        client.leads.update(lead.id, body=LeadUpdate.from_dict({"name": "Acme 2"}))
    )
    assert updated.name == "Acme 2"
    page = await resolve(client.leads.list(limit=1, fields="id,name"))
    assert [item.id for item in page.data] == [lead.id]
    assert (await resolve(client.call(get_lead, lead_id=lead.id))).id == lead.id
    await resolve(client.leads.delete(lead.id))
    with pytest.raises(NotFound):
        await resolve(client.leads.get(lead.id))


async def test_paginate_walks_every_page_at_any_page_size(client: Any) -> None:
    for number in range(7):
        await resolve(client.leads.create(body=LeadCreate(name=f"Lead {number}")))
    names = {lead.name for lead in await collect(client.leads.paginate(page_size=3))}
    assert names == {f"Lead {number}" for number in range(7)}
    assert len(await collect(client.paginate(list_leads, page_size=2))) == 7
    assert len(await collect(client.leads.paginate())) == 7  # the spec's maximum page size
    me = await resolve(client.users.get_me())
    assert me.id in {user.id for user in await collect(client.users.paginate())}


def test_sync_and_async_clients_have_the_same_shape() -> None:
    def public(cls: type) -> dict[str, inspect.Signature]:
        return {
            name: inspect.signature(member)
            for name, member in inspect.getmembers(cls)
            if not name.startswith("_") and callable(member)
        }

    sync, asynchronous = public(Close), public(AsyncClose)
    # Only the name of the method that closes the pool differs, as in httpx.
    assert set(sync) - {"close"} == set(asynchronous) - {"aclose"}
    for name in set(sync) - {"close", "__init__"}:
        sync_params = list(sync[name].parameters)
        async_params = list(asynchronous[name].parameters)
        assert sync_params == async_params, name


def test_every_operation_of_every_tag_is_on_the_facade() -> None:
    assert sorted(
        path.name for path in API.iterdir() if path.is_dir() and path.name != "__pycache__"
    ) == list(TAGS)
    for tag in TAGS:
        package = importlib.import_module(f"close_api.api.{tag}")
        modules = {path.stem for path in (API / tag).glob("*.py") if path.stem != "__init__"}
        for facade_class in (getattr(Api, tag).fget.__annotations__["return"],):
            name = facade_class.strip('"')
            sync_cls, async_cls = getattr(package, name), getattr(package, "Async" + name)
            called = set()
            for cls in (sync_cls, async_cls):
                methods = {n for n in vars(cls) if not n.startswith("_") and n != "paginate"}
                methods = {n for n in methods if not n.startswith("paginate_")}
                source = {n: inspect.getsource(getattr(cls, n)) for n in methods}
                called |= {m for m in modules for text in source.values() if f"{m}." in text}
                # One method per operation: none missing, none calling two operations.
                assert len(methods) == len(modules), (tag, sorted(methods))
            assert called == modules, tag


def test_no_tag_is_hidden_by_a_client_method() -> None:
    for cls in (Close, AsyncClose):
        own = {
            name for klass in cls.__mro__ if klass not in (Api, AsyncApi) for name in vars(klass)
        }
        assert not own & set(TAGS), cls


def test_the_facade_follows_the_tag_naming_rule() -> None:
    from close_api.api.custom_fields import CustomFields
    from close_api.api.leads import Leads
    from close_api.api.users import Users

    assert {"create", "get", "list", "paginate", "update", "delete", "merge"} <= set(vars(Leads))
    assert {"get", "get_me", "list", "paginate"} <= set(vars(Users))
    assert {"create_lead_custom_field", "paginate_lead_custom_fields"} <= set(vars(CustomFields))


def recording_close(**kwargs: Any) -> tuple[Close, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "lead_1", "name": "Acme"})

    return Close("key", transport=httpx.MockTransport(handler), pace=False, **kwargs), seen


def test_with_options_sets_timeout_headers_and_deadline_for_its_calls_only() -> None:
    close, seen = recording_close()
    quick = close.with_options(timeout=2.5, headers={"X-Trace": "abc"}, deadline=9)
    assert quick.leads.get("lead_1").name == "Acme"
    close.leads.get("lead_1")
    chained = quick.with_options(headers={"X-Other": "1"})
    chained.call(get_lead, lead_id="lead_1")
    first, plain, third = seen
    assert first.headers["X-Trace"] == "abc"
    assert first.extensions["timeout"]["read"] == 2.5
    assert first.extensions["closeext.deadline"] == 9
    assert "X-Trace" not in plain.headers and "closeext.deadline" not in plain.extensions
    assert plain.extensions["timeout"]["read"] == 30.0
    assert third.headers["X-Trace"] == "abc" and third.headers["X-Other"] == "1"
    assert third.extensions["timeout"]["read"] == 2.5
    # The views share one pool: the original's transport saw every request.
    assert quick.http is close.http
    assert "abc" not in repr(quick)


async def test_async_with_options_carries_the_same_options() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "lead_1"})

    async with AsyncClose("key", transport=httpx.MockTransport(handler), pace=False) as aclose:
        await aclose.with_options(timeout=1, headers={"X-Trace": "t"}).leads.get("lead_1")
    assert seen[0].headers["X-Trace"] == "t"
    assert seen[0].extensions["timeout"]["connect"] == 1


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"deadline": -1}])
def test_with_options_refuses_a_non_positive_time(bad: dict[str, float]) -> None:
    close, _ = recording_close()
    with pytest.raises(ValueError, match="positive"):
        close.with_options(**bad)


def test_every_request_names_its_operation_and_success_status() -> None:
    close, seen = recording_close()
    close.leads.get("lead_1")
    assert seen[0].extensions["closeext.operation"] == {
        "operation_id": "get_lead",
        "success_status": 200,
    }


def plain_client(response: httpx.Response) -> Client:
    # The generated client on a plain httpx client: no closeext at all.
    transport = httpx.MockTransport(lambda request: response)
    client = Client(base_url="http://close.test/api/v1/")
    return client.set_httpx_client(
        httpx.Client(base_url="http://close.test/api/v1/", transport=transport)
    )


def test_generated_operations_return_the_success_type_or_raise() -> None:
    ok = plain_client(httpx.Response(200, json={"id": "lead_1", "name": "Acme"}))
    assert get_lead.sync("lead_1", client=ok).name == "Acme"
    missing = plain_client(httpx.Response(404, json={"error": "Empty query"}))
    with pytest.raises(UnexpectedStatus) as raised:
        get_lead.sync("lead_1", client=missing)
    assert raised.value.status_code == 404


def test_the_parsed_body_comes_from_the_transport_when_it_already_parsed_it() -> None:
    parsed = {"id": "lead_1", "name": "From the transport"}
    response = httpx.Response(
        200, content=json.dumps({"name": "from the wire"}), extensions={"closeext.json": parsed}
    )
    assert get_lead.sync("lead_1", client=plain_client(response)).name == "From the transport"
