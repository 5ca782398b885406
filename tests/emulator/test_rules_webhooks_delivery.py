"""Webhook delivery over real HTTP: matching, signing, retries on the clock, pausing.

Events reach the dispatcher the way the event log hands them over
(``Organization.event_listeners``); deliveries go to a real local receiver that verifies
them with closeext. Time only moves when a test advances the emulator's clock.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from closeext import StaleWebhookTimestamp, verify_webhook
from closeext.emulator._store import World
from closeext.emulator._webhook_delivery import WebhookDispatcher
from closeext.tools._webhook_receiver import WebhookReceiver
from tests.emulator._driver import Api, emulator, ok

LEAD_CREATED = {"object_type": "lead", "action": "created"}


@pytest.fixture
def setup() -> Iterator[tuple[World, Api, WebhookReceiver]]:
    with emulator() as (world, (api,)):
        world.clock.freeze()
        with WebhookReceiver(now=world.clock.now) as receiver:
            yield world, api, receiver
        world.webhooks.close()


def subscribe(api: Api, receiver: WebhookReceiver, path: str = "/hook", **body: Any) -> Any:
    body.setdefault("events", [LEAD_CREATED])
    sub = ok(api.post("/webhook/", json={"url": receiver.url(path), **body}), 201)
    receiver.expect(path, sub["signature_key"])
    return sub


def event(number: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"ev_{number:022d}",
        "object_type": "lead",
        "action": "created",
        "lead_id": "lead_x",
        "changed_fields": [],
        "data": {"id": "lead_x", "name": "Acme"},
        "previous_data": {},
        **fields,
    }


def fire(api: Api, *events: dict[str, Any]) -> None:
    """Hand events to the organization's listeners, as the event log does after a write."""
    for one in events:
        for listener in api.org.event_listeners:
            listener(one)


def settle(world: World) -> None:
    assert world.webhooks.drain(10), "deliveries still in flight"


def run_retries(world: World) -> None:
    """Move the clock to each due retry in turn, letting each attempt finish."""
    settle(world)
    while (due := world.clock.next_due()) is not None:
        world.clock.travel_to(due)
        settle(world)


def test_a_matching_event_is_posted_signed_to_the_subscribed_url(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    fire(api, event(1))
    settle(world)
    (got,) = receiver.received
    assert got.verified, got.refusal
    assert got.path == "/hook"
    assert got.delivery is not None
    assert got.delivery.subscription_id == sub["id"]
    assert got.delivery.event == event(1)
    assert got.headers["Content-Type"] == "application/json"
    stamp = int(got.headers["close-sig-timestamp"])
    assert stamp == int(world.clock.now().timestamp())
    # The signature is Close's: HMAC-SHA256 over the timestamp then the body, hex.
    assert verify_webhook(got.headers, got.body, sub["signature_key"], now=world.clock.now())
    (attempt,) = world.webhooks.deliveries(sub["id"])
    assert attempt.ok and attempt.status == 200 and attempt.attempt == 1
    assert attempt.payload() == {"event": event(1), "subscription_id": sub["id"]}


def test_only_subscribed_object_types_and_actions_are_delivered(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(
        api, receiver, "/a", events=[LEAD_CREATED, {"object_type": "contact", "action": "deleted"}]
    )
    subscribe(api, receiver, "/b", events=[{"object_type": "lead", "action": "updated"}])
    fire(
        api,
        event(1),
        event(2, action="updated"),
        event(3, object_type="contact", action="deleted"),
        event(4, object_type="contact", action="created"),
        event(5, object_type="opportunity"),
    )
    settle(world)
    by_path = {(r.path, r.delivery.event["id"]) for r in receiver.received if r.delivery}
    assert by_path == {("/a", event(1)["id"]), ("/b", event(2)["id"]), ("/a", event(3)["id"])}


def test_paused_and_deleted_subscriptions_get_nothing(setup: Any) -> None:
    world, api, receiver = setup
    paused = subscribe(api, receiver, "/paused", status="paused")
    deleted = subscribe(api, receiver, "/deleted")
    ok(api.delete(f"/webhook/{deleted['id']}/"))
    fire(api, event(1))
    settle(world)
    assert receiver.received == []
    ok(api.put(f"/webhook/{paused['id']}/", json={"status": "active"}))
    fire(api, event(2))
    settle(world)
    assert [d.event["id"] for d in receiver.deliveries] == [event(2)["id"]]


def test_another_organizations_events_are_not_delivered() -> None:
    with emulator(2) as (world, (one, two)), WebhookReceiver(now=world.clock.now) as receiver:
        subscribe(one, receiver)
        fire(two, event(1))
        settle(world)
        assert receiver.received == []
        fire(one, event(2))
        settle(world)
        assert len(receiver.deliveries) == 1
        world.webhooks.close()


def at(field: str, test: dict[str, Any]) -> dict[str, Any]:
    """``field_accessor``: ``test`` applies to the value of ``field``."""
    return {"type": "field_accessor", "field": field, "filter": test}


def eq(value: Any) -> dict[str, Any]:
    return {"type": "equals", "value": value}


def has(value: Any) -> dict[str, Any]:
    return {"type": "contains", "value": value}


NON_NULL = {"type": "non_null"}
STATES = {"type": "any_array_value", "filter": at("state", eq("MD"))}

FILTER_CASES = [
    # changed_fields contains "name"
    (at("changed_fields", has("name")),
     [event(1, changed_fields=["name", "date_updated"])], [event(2, changed_fields=["url"])]),
    # data -> custom.cf_x equals "Gold"
    (at("data", at("custom.cf_x", eq("Gold"))),
     [event(1, data={"custom.cf_x": "Gold"})],
     [event(2, data={"custom.cf_x": "gold"}), event(3, data={})]),
    # data -> addresses -> any value -> state equals MD
    (at("data", at("addresses", STATES)),
     [event(1, data={"addresses": [{"state": "CA"}, {"state": "MD"}]})],
     [event(2, data={"addresses": [{"state": "CA"}]}), event(3, data={"addresses": None})]),
    # a missing field is null; non_null / is_null; not
    (at("user_id", {"type": "is_null"}),
     [event(1), event(2, user_id=None)], [event(3, user_id="user_1")]),
    ({"type": "not", "filter": at("user_id", NON_NULL)},
     [event(1)], [event(2, user_id="user_1")]),
    # not_equals; contains on a string is a substring match; equals is JSON equality
    (at("user_id", {"type": "not_equals", "value": "user_1"}),
     [event(1, user_id="user_2")], [event(2, user_id="user_1")]),
    (at("data", at("name", has("cm"))),
     [event(1)], [event(2, data={"name": "Initech"}), event(3, data={"name": None})]),
    (at("data", at("flag", eq(True))),
     [event(1, data={"flag": True})],
     [event(2, data={"flag": 1}), event(3, data={"flag": "true"})]),
    # and / or
    ({"type": "or", "filters": [at("user_id", eq("user_1")), at("user_id", eq("user_2"))]},
     [event(1, user_id="user_1"), event(2, user_id="user_2")], [event(3, user_id="user_3")]),
    ({"type": "and", "filters": [at("user_id", NON_NULL), at("changed_fields", has("url"))]},
     [event(1, user_id="u", changed_fields=["url"])],
     [event(2, changed_fields=["url"]), event(3, user_id="u")]),
]  # fmt: skip


@pytest.mark.parametrize(("tree", "delivered", "skipped"), FILTER_CASES)
def test_extra_filters_decide_what_is_delivered(
    setup: Any, tree: Any, delivered: list[Any], skipped: list[Any]
) -> None:
    world, api, receiver = setup
    subscribe(api, receiver, events=[{**LEAD_CREATED, "extra_filter": tree}])
    fire(api, *delivered, *skipped)
    settle(world)
    assert [d.event["id"] for d in receiver.deliveries] == [e["id"] for e in delivered]


def test_the_top_level_event_filter_narrows_every_event(setup: Any) -> None:
    world, api, receiver = setup
    only_user_1 = at("user_id", eq("user_1"))
    subscribe(
        api,
        receiver,
        events=[LEAD_CREATED, {"object_type": "lead", "action": "deleted"}],
        event_filter=only_user_1,
    )
    fire(api, event(1, user_id="user_1"), event(2, user_id="user_2"),
         event(3, action="deleted", user_id="user_1"))  # fmt: skip
    settle(world)
    assert [d.event["id"] for d in receiver.deliveries] == [event(1)["id"], event(3)["id"]]


def test_failures_are_retried_with_exponential_back_off_on_the_clock(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1))
    settle(world)
    for _ in range(9):  # nine retries, each when the clock reaches it
        due = world.clock.next_due()
        assert due is not None
        world.clock.travel_to(due)
        settle(world)
    attempts = world.webhooks.deliveries(sub["id"])
    assert [a.attempt for a in attempts] == list(range(1, 11))
    assert all(a.status == 500 and not a.ok for a in attempts)
    gaps = [(b.at - a.at).total_seconds() for a, b in itertools.pairwise(attempts)]
    # 30 s doubling, never more than 20 minutes apart.
    assert gaps == [30, 60, 120, 240, 480, 960, 1200, 1200, 1200]
    # Each retry is signed afresh with its own timestamp, and still verifies.
    assert len({a.headers["close-sig-timestamp"] for a in attempts}) == len(attempts)
    assert all(r.verified for r in receiver.received)


def test_nothing_is_retried_before_its_time(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(api, receiver)
    receiver.status = 503
    fire(api, event(1))
    settle(world)
    world.clock.advance(29)
    settle(world)
    assert len(receiver.received) == 1
    receiver.status = 200
    world.clock.advance(1)
    settle(world)
    assert len(receiver.received) == 2 and receiver.received[-1].verified
    run_retries(world)  # a success ends the retries
    assert len(receiver.received) == 2


def test_three_days_of_failures_pause_the_subscription_and_clear_its_queue(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1), event(2))
    settle(world)
    world.clock.advance(timedelta(hours=71, minutes=30))
    settle(world)
    assert ok(api.get(f"/webhook/{sub['id']}/"))["status"] == "active"
    world.clock.advance(timedelta(hours=1))
    settle(world)
    assert ok(api.get(f"/webhook/{sub['id']}/"))["status"] == "paused"
    receiver.clear()
    run_retries(world)
    fire(api, event(3))
    settle(world)
    assert receiver.received == []  # the queue was cleared; paused gets nothing
    # Only the API brings it back; what was queued before stays dropped.
    receiver.status = 200
    ok(api.put(f"/webhook/{sub['id']}/", json={"status": "active"}))
    fire(api, event(4))
    run_retries(world)
    assert [d.event["id"] for d in receiver.deliveries] == [event(4)["id"]]


def test_a_success_ends_a_run_of_failures(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1))
    settle(world)
    world.clock.advance(timedelta(hours=48))
    settle(world)
    receiver.status = 200
    fire(api, event(2))
    settle(world)
    receiver.status = 500
    world.clock.advance(timedelta(hours=48))  # 96 h since the first failure, 48 since success
    settle(world)
    assert ok(api.get(f"/webhook/{sub['id']}/"))["status"] == "active"


def test_a_full_backlog_pauses_the_subscription(setup: Any) -> None:
    world, api, receiver = setup
    world.webhooks.max_backlog = 3  # Close's is 100,000
    sub = subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1), event(2), event(3))
    settle(world)
    assert ok(api.get(f"/webhook/{sub['id']}/"))["status"] == "active"
    fire(api, event(4))
    settle(world)
    assert ok(api.get(f"/webhook/{sub['id']}/"))["status"] == "paused"
    receiver.status = 200
    receiver.clear()
    run_retries(world)
    assert receiver.received == []


def test_pausing_drops_waiting_retries_and_an_update_changes_where_they_go(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1))
    settle(world)
    ok(api.put(f"/webhook/{sub['id']}/", json={"status": "paused"}))
    ok(api.put(f"/webhook/{sub['id']}/", json={"status": "active"}))
    receiver.status = 200
    receiver.clear()
    run_retries(world)
    assert receiver.received == []
    # A retry goes to the URL the subscription has when it is due.
    receiver.status = 500
    fire(api, event(2))
    settle(world)
    receiver.expect("/moved", sub["signature_key"])
    ok(api.put(f"/webhook/{sub['id']}/", json={"url": receiver.url("/moved")}))
    receiver.status = 200
    run_retries(world)
    assert [(r.path, r.verified) for r in receiver.received[-1:]] == [("/moved", True)]


def test_an_unreachable_url_fails_quietly_and_is_retried(setup: Any) -> None:
    world, api, _ = setup
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sub = ok(
        api.post(
            "/webhook/",
            json={"url": f"http://127.0.0.1:{port}/hook", "events": [LEAD_CREATED]},
        ),
        201,
    )
    fire(api, event(1))
    settle(world)
    (attempt,) = world.webhooks.deliveries(sub["id"])
    assert attempt.status is None and attempt.error and not attempt.ok
    assert world.clock.next_due() is not None  # its retry waits on the clock


def test_a_hanging_receiver_never_holds_up_the_caller() -> None:
    with emulator() as (world, (api,)), socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts connections, never answers
        world.webhooks.timeout = 0.15
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        sub = ok(api.post("/webhook/", json={"url": url, "events": [LEAD_CREATED]}), 201)
        started = time.monotonic()
        fire(api, event(1), event(2))
        assert time.monotonic() - started < 0.1  # queued, not sent, by the caller
        assert ok(api.get("/webhook/"))["data"]  # the emulator answers meanwhile
        settle(world)
        attempts = world.webhooks.deliveries(sub["id"])
        assert [a.status for a in attempts] == [None, None]
        assert all("timed out" in (a.error or "") for a in attempts)
        world.webhooks.close()


def test_a_timestamp_from_before_a_clock_jump_no_longer_verifies(setup: Any) -> None:
    world, api, receiver = setup
    sub = subscribe(api, receiver)
    fire(api, event(1))
    settle(world)
    (got,) = receiver.received
    world.clock.advance(timedelta(minutes=20))
    with pytest.raises(StaleWebhookTimestamp):
        verify_webhook(got.headers, got.body, sub["signature_key"], now=world.clock.now())


def test_close_stops_the_worker_and_a_later_event_starts_one(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(api, receiver)
    fire(api, event(1))
    settle(world)
    worker = world.webhooks._thread
    assert worker is not None and worker.is_alive()
    world.webhooks.close()
    assert not worker.is_alive()
    fire(api, event(2))
    settle(world)
    assert len(receiver.deliveries) == 2


def test_the_apps_shutdown_stops_delivery() -> None:
    from starlette.testclient import TestClient

    from closeext.emulator import create_app

    app = create_app(api_keys=["k"])
    dispatcher: WebhookDispatcher = app.state.emulator.webhooks
    with TestClient(app), WebhookReceiver(now=app.state.emulator.clock.now) as receiver:
        org, _ = app.state.emulator.world.authenticate("k")
        url = receiver.url("/hook")
        client = TestClient(app, base_url="http://e/api/v1")
        sub = ok(client.post("/webhook/", json={"url": url, "events": [LEAD_CREATED]},
                             auth=("k", "")), 201)  # fmt: skip
        receiver.expect("/hook", sub["signature_key"])
        for listener in org.event_listeners:
            listener(event(1))
        assert dispatcher.drain(10)
        assert dispatcher._thread is not None and dispatcher._thread.is_alive()
        worker = dispatcher._thread
    # Leaving the TestClient ran the lifespan's shutdown.
    assert not worker.is_alive()
    assert len(receiver.deliveries) == 1


def test_reset_drops_subscriptions_and_the_delivery_log(setup: Any) -> None:
    world, api, receiver = setup
    subscribe(api, receiver)
    receiver.status = 500
    fire(api, event(1))
    settle(world)
    world.reset()
    assert world.webhooks.deliveries() == []
    receiver.status = 200
    receiver.clear()
    run_retries(world)
    fire(api, event(2))
    settle(world)
    assert receiver.received == [] and ok(api.get("/webhook/"))["data"] == []


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A throwaway certificate for 127.0.0.1 (made with the openssl command, if present)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
         "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_verify_ssl_decides_whether_an_untrusted_certificate_is_accepted(
    setup: Any, self_signed: tuple[str, str]
) -> None:
    world, api, receiver = setup
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)
    server = receiver._server
    server.socket = context.wrap_socket(server.socket, server_side=True)
    https = receiver.url("/tls").replace("http://", "https://")
    checked = subscribe(api, receiver, "/tls", url=https)
    fire(api, event(1))
    settle(world)
    (refused,) = world.webhooks.deliveries(checked["id"])
    assert refused.status is None and "CERTIFICATE_VERIFY_FAILED" in (refused.error or "")
    ok(api.put(f"/webhook/{checked['id']}/", json={"verify_ssl": False}))
    world.clock.advance(30)  # the retry, now without checking the certificate
    settle(world)
    assert [d.ok for d in world.webhooks.deliveries(checked["id"])] == [False, True]
    assert receiver.deliveries and receiver.received[-1].verified
