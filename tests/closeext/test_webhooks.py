"""closeext.verify_webhook, and the emulator delivering to a local receiver over real HTTP."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from close_api.models import WebhookDelivery

import closeext
from closeext import (
    CloseError,
    InvalidWebhookPayload,
    InvalidWebhookSignature,
    StaleWebhookTimestamp,
    VerifiedWebhook,
    WebhookVerificationError,
    verify_webhook,
)
from closeext.tools._webhook_receiver import WebhookReceiver

KEY = "a1b2" * 16
NOW = 1_800_000_000
EVENT = {"id": "ev_" + "1" * 22, "object_type": "lead", "action": "created", "data": {}}


def signed(
    payload: Any = None, *, key: str = KEY, stamp: int = NOW
) -> tuple[dict[str, str], bytes]:
    """Headers and body as Close sends them (its documented recipe, written out here)."""
    if payload is None:
        payload = {"event": EVENT, "subscription_id": "whsub_" + "2" * 22}
    body = json.dumps(payload).encode()
    digest = hmac.new(bytes.fromhex(key), str(stamp).encode() + body, hashlib.sha256)
    return {"close-sig-hash": digest.hexdigest(), "close-sig-timestamp": str(stamp)}, body


def test_a_genuine_delivery_verifies_into_its_event() -> None:
    headers, body = signed()
    delivery = verify_webhook(headers, body, KEY, now=NOW + 10)
    assert isinstance(delivery, VerifiedWebhook)
    assert delivery.event == EVENT and delivery.subscription_id == "whsub_" + "2" * 22
    assert (delivery.event_id, delivery.object_type, delivery.action) == (
        EVENT["id"],
        "lead",
        "created",
    )
    assert delivery.timestamp == NOW


def test_headers_are_found_whatever_their_case_or_container() -> None:
    headers, body = signed()
    upper = {name.upper(): value for name, value in headers.items()}
    assert verify_webhook(upper, body, KEY, now=NOW)
    assert verify_webhook(list(headers.items()), body, KEY, now=NOW)
    assert verify_webhook(httpx.Headers(headers), body.decode(), KEY, now=NOW)
    hex_upper = {**headers, "close-sig-hash": headers["close-sig-hash"].upper()}
    assert verify_webhook(hex_upper, body, KEY, now=NOW)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda h, b: (h, b.replace(b"created", b"deleted")),  # the body changed
        lambda h, b: (h, b + b" "),  # even by a byte
        lambda h, b: ({**h, "close-sig-timestamp": str(NOW - 1)}, b),  # the timestamp changed
        lambda h, b: ({**h, "close-sig-hash": "0" * 64}, b),
        lambda h, b: ({**h, "close-sig-hash": "zz\u00e9"}, b),  # not hex, not even ASCII
        lambda h, b: ({"close-sig-timestamp": h["close-sig-timestamp"]}, b),  # no hash
        lambda h, b: ({"close-sig-hash": h["close-sig-hash"]}, b),  # no timestamp
        lambda h, b: ({**h, "close-sig-timestamp": "soon"}, b),
    ],
)
def test_a_tampered_or_incomplete_delivery_is_refused(tamper: Any) -> None:
    headers, body = tamper(*signed())
    with pytest.raises(InvalidWebhookSignature):
        verify_webhook(headers, body, KEY, now=NOW)


def test_another_key_does_not_verify() -> None:
    headers, body = signed()
    with pytest.raises(InvalidWebhookSignature, match="does not match"):
        verify_webhook(headers, body, "ff" * 32, now=NOW)


def test_the_timestamp_must_be_inside_the_replay_window() -> None:
    headers, body = signed()
    assert verify_webhook(headers, body, KEY, now=NOW + 300)
    assert verify_webhook(headers, body, KEY, now=NOW - 300)
    with pytest.raises(StaleWebhookTimestamp, match="old") as old:
        verify_webhook(headers, body, KEY, now=NOW + 301)
    assert old.value.age == 301
    with pytest.raises(StaleWebhookTimestamp, match="future"):
        verify_webhook(headers, body, KEY, now=NOW - 301)
    assert verify_webhook(headers, body, KEY, now=NOW + 3000, tolerance=3600)
    moment = datetime.fromtimestamp(NOW + 5, UTC)
    assert verify_webhook(headers, body, KEY, now=moment)


def test_a_signed_body_that_is_not_a_delivery_is_refused() -> None:
    for payload in ([1, 2], {"event": "x", "subscription_id": "s"}, {"event": {}}):
        headers, body = signed(payload)
        with pytest.raises(InvalidWebhookPayload):
            verify_webhook(headers, body, KEY, now=NOW)
    headers, _ = signed()
    stamp = headers["close-sig-timestamp"]
    digest = hmac.new(bytes.fromhex(KEY), stamp.encode() + b"{not json", hashlib.sha256)
    with pytest.raises(InvalidWebhookPayload, match="not JSON"):
        verify_webhook(
            {**headers, "close-sig-hash": digest.hexdigest()}, b"{not json", KEY, now=NOW
        )


def test_refusals_belong_to_the_closeext_error_tree() -> None:
    for error in (InvalidWebhookSignature, StaleWebhookTimestamp, InvalidWebhookPayload):
        assert issubclass(error, WebhookVerificationError)
        assert issubclass(error, CloseError)
    assert closeext.verify_webhook is verify_webhook
    with pytest.raises(ValueError):  # a key that is not hex is the caller's mistake
        verify_webhook(*signed(), "not hex", now=NOW)


# -- real HTTP: the emulator delivers, the receiver verifies ----------------------------


def fire(close_emulator: Any, event: dict[str, Any]) -> None:
    """Hand an event to the organization's listeners, as the event log does."""
    world = close_emulator.app.state.emulator.world
    org, _ = world.authenticate(close_emulator.api_key)
    for listener in org.event_listeners:
        listener(event)


def test_the_emulator_delivers_to_a_local_receiver_that_verifies_it(
    close_emulator: Any, close_webhook_receiver: WebhookReceiver
) -> None:
    receiver = close_webhook_receiver
    sub = receiver.subscribe([{"object_type": "lead", "action": "created"}])
    fire(close_emulator, EVENT)
    (delivery,) = receiver.wait(1)
    assert delivery.event == EVENT and delivery.subscription_id == sub["id"]
    (got,) = receiver.received
    clock_now = close_emulator.app.state.emulator.clock.now()
    # What arrived verifies with closeext, and a tampered copy or an old one does not.
    assert verify_webhook(got.headers, got.body, sub["signature_key"], now=clock_now)
    with pytest.raises(InvalidWebhookSignature):
        verify_webhook(got.headers, got.body.replace(b"lead", b"Lead"), sub["signature_key"])
    with pytest.raises(StaleWebhookTimestamp):
        later = clock_now.timestamp() + 3600
        verify_webhook(got.headers, got.body, sub["signature_key"], now=later)


def test_the_receiver_refuses_a_forged_delivery(close_webhook_receiver: WebhookReceiver) -> None:
    receiver = close_webhook_receiver
    sub = receiver.subscribe([{"object_type": "lead", "action": "created"}], path="/forged")
    headers, body = signed(key=sub["signature_key"], stamp=NOW)  # a key leak, long ago
    answer = httpx.post(receiver.url("/forged"), content=body, headers=headers)
    assert answer.status_code == 400
    (refused,) = receiver.refused
    assert isinstance(refused.refusal, StaleWebhookTimestamp)
    forged = httpx.post(receiver.url("/forged"), content=body, headers=signed()[0])
    assert forged.status_code == 400
    assert isinstance(receiver.refused[-1].refusal, InvalidWebhookSignature)
    assert receiver.deliveries == []


def test_the_receivers_subscriptions_go_when_it_stops(close_emulator: Any) -> None:
    clock = close_emulator.app.state.emulator.clock
    client = httpx.Client(base_url=close_emulator.base_url, auth=(close_emulator.api_key, ""))
    before = len(client.get("webhook/").json()["data"])
    with WebhookReceiver(
        base_url=close_emulator.base_url, api_key=close_emulator.api_key, now=clock.now
    ) as receiver:
        receiver.subscribe([{"object_type": "contact", "action": "deleted"}])
        assert len(client.get("webhook/").json()["data"]) == before + 1
    assert len(client.get("webhook/").json()["data"]) == before
    with pytest.raises(TimeoutError, match="0 of 1"):
        receiver.wait(1, timeout=0.01)


def test_the_readmes_receiver_example_passes(
    close_emulator: Any, close_webhook_receiver: WebhookReceiver
) -> None:
    """The README's pytest example, run as pytest would run it (real changes, real HTTP)."""
    from tests.test_readme import python_blocks

    (block,) = [b for b in python_blocks() if "def test_new_leads_reach_my_webhook" in b]
    namespace: dict[str, Any] = {"__name__": "readme_webhooks"}
    exec(compile(block, "README.md webhook receiver example", "exec"), namespace)
    namespace["test_new_leads_reach_my_webhook"](close_emulator, close_webhook_receiver)
    (delivery,) = close_webhook_receiver.deliveries
    typed = delivery.model()  # the spec's WebhookDelivery, with a typed Event
    assert isinstance(typed, WebhookDelivery) and typed.subscription_id == delivery.subscription_id
    assert (
        typed.event.object_type == "lead" and typed.event.object_id == delivery.event["object_id"]
    )


def test_a_payload_that_does_not_fit_the_model_is_refused_typed() -> None:
    headers, body = signed({"event": {"id": "ev_1", "action": "created"}, "subscription_id": "s"})
    delivery = verify_webhook(headers, body, KEY, now=NOW)
    with pytest.raises(InvalidWebhookPayload, match="Event model"):
        delivery.model()
