"""End to end: real changes over HTTP become events, delivered to a real local receiver."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from closeext import verify_webhook
from closeext.emulator._store import World
from closeext.tools._webhook_receiver import WebhookReceiver
from tests.emulator._driver import Api, emulator, ok


@pytest.fixture
def setup() -> Iterator[tuple[World, Api, WebhookReceiver]]:
    with emulator() as (world, (api,)):
        world.clock.freeze()
        with WebhookReceiver(now=world.clock.now) as receiver:
            yield world, api, receiver
        world.webhooks.close()


def subscribe(api: Api, receiver: WebhookReceiver, *events: dict[str, Any]) -> Any:
    sub = ok(api.post("/webhook/", json={"url": receiver.url("/hook"), "events": events}), 201)
    receiver.expect("/hook", sub["signature_key"])
    return sub


def delivered(world: World, receiver: WebhookReceiver) -> list[dict[str, Any]]:
    assert world.webhooks.drain(10)
    return [dict(d.event) for d in receiver.deliveries]


def test_a_created_lead_is_delivered_as_the_event_log_shows_it(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver, {"object_type": "lead", "action": "created"})
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    (got,) = delivered(world, receiver)
    assert got["object_id"] == lead["id"] and got["data"]["name"] == "Acme"
    assert got["meta"]["request_method"] == "POST"
    assert got == ok(api.get(f"/event/{got['id']}/"))
    (raw,) = receiver.received
    assert verify_webhook(raw.headers, raw.body, sub["signature_key"], now=world.clock.now())
    assert raw.delivery is not None and raw.delivery.subscription_id == sub["id"]


def test_one_requests_events_arrive_with_one_request_id(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(
        api,
        receiver,
        {"object_type": "lead", "action": "created"},
        {"object_type": "contact", "action": "created"},
    )
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    events = delivered(world, receiver)
    assert sorted(e["object_type"] for e in events) == ["contact", "lead"]
    assert len({e["request_id"] for e in events}) == 1
    assert {e["lead_id"] for e in events} == {lead["id"]}


def test_an_extra_filter_on_changed_fields_picks_the_updates(setup: Any) -> None:
    world, api, receiver = setup
    renamed = {
        "type": "field_accessor",
        "field": "changed_fields",
        "filter": {"type": "contains", "value": "name"},
    }
    subscribe(api, receiver, {"object_type": "lead", "action": "updated", "extra_filter": renamed})
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    ok(api.put(f"/lead/{lead['id']}/", json={"url": "https://acme.example"}))
    ok(api.put(f"/lead/{lead['id']}/", json={"name": "Acme Inc."}))
    (got,) = delivered(world, receiver)
    assert got["action"] == "updated" and "name" in got["changed_fields"]
    assert got["previous_data"]["name"] == "Acme" and got["data"]["name"] == "Acme Inc."


def test_a_deleted_lead_arrives_with_its_previous_data(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(api, receiver, {"object_type": "lead", "action": "deleted"})
    lead = ok(api.post("/lead/", json={"name": "Gone"}))
    ok(api.delete(f"/lead/{lead['id']}/"))
    (got,) = delivered(world, receiver)
    assert got["object_id"] == lead["id"] and got["data"] is None
    assert got["previous_data"]["name"] == "Gone"


def test_a_hanging_receiver_never_slows_the_request_that_caused_the_event() -> None:
    with emulator() as (world, (api,)), socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts, never answers
        world.webhooks.timeout = 0.5
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        events = [{"object_type": "lead", "action": "created"}]
        ok(api.post("/webhook/", json={"url": url, "events": events}), 201)
        started = time.monotonic()
        for number in range(3):
            ok(api.post("/lead/", json={"name": f"Lead {number}"}))
        assert time.monotonic() - started < 0.4  # three deliveries would take 1.5 s
        assert world.webhooks.drain(10)
        assert [d.status for d in world.webhooks.deliveries()] == [None, None, None]
        world.webhooks.close()


def test_subscription_changes_are_not_events(setup: Any) -> None:
    _, api, receiver = setup
    sub = subscribe(api, receiver, {"object_type": "lead", "action": "created"})
    ok(api.put(f"/webhook/{sub['id']}/", json={"verify_ssl": False}))
    assert ok(api.get("/event/"))["data"] == []  # Close has no such object type
