"""Sequences (workflows), their steps and their subscriptions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def _templates(api: Api) -> tuple[str, str]:
    email = ok(api.post("/email_template/", json={"name": "Intro", "subject": "Hi"}))
    sms = ok(api.post("/sms_template/", json={"name": "Ping", "text": "Yo"}), 201)
    return email["id"], sms["id"]


def _sequence(api: Api, email_id: str, sms_id: str) -> dict[str, Any]:
    steps = [
        {"step_type": "email", "email_template_id": email_id},
        {"step_type": "call", "delay": 86400},
        {"step_type": "sms", "sms_template_id": sms_id, "delay": 3600},
    ]
    return dict(ok(api.post("/sequence/", json={"name": "Onboarding", "steps": steps})))


def _contact(api: Api) -> tuple[str, str]:
    lead = ok(
        api.post(
            "/lead/",
            json={"name": "Acme", "contacts": [{"name": "Jo", "emails": [{"email": "jo@a.io"}]}]},
        )
    )
    return lead["id"], lead["contacts"][0]["id"]


def _account(api: Api) -> str:
    """The caller's own connected email account."""
    account_id: str = ok(api.get("/connected_account/"))["data"][0]["id"]
    return account_id


def _subscribe(api: Api, sequence_id: str, contact_id: str, account_id: str = "") -> Any:
    return api.post(
        "/sequence_subscription/",
        json={
            "sequence_id": sequence_id,
            "contact_id": contact_id,
            "contact_email": "jo@a.io",
            "sender_account_id": account_id or _account(api),
            "sender_name": "Sam",
            "sender_email": "sam@us.io",
        },
    )


def test_sequence_steps_reference_existing_templates(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    assert sequence["id"].startswith("seq_") and sequence["status"] == "active"
    steps = sequence["steps"]
    assert [s["step_type"] for s in steps] == ["email", "call", "sms"]
    assert [s["delay"] for s in steps] == [0, 86400, 3600]
    assert all(s["id"].startswith("seqstep_") for s in steps)
    assert steps[0]["email_template_id"] == email_id and steps[2]["sms_template_id"] == sms_id
    assert sequence["subscription_counts_by_status"] == {
        "active": 0,
        "paused": 0,
        "finished": 0,
        "goal": 0,
        "error": 0,
    }
    bad = api.post(
        "/sequence/",
        json={"name": "X", "steps": [{"step_type": "email", "email_template_id": "tmpl_gone"}]},
    )
    assert field_errors(bad)["steps"] == {
        "errors": {
            "0": {"errors": [], "field-errors": {"email_template_id": "Object does not exist."}}
        }
    }
    assert "steps" in field_errors(api.post("/sequence/", json={"name": "X", "steps": [{}]}))


def test_put_with_steps_replaces_them(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    first, _, last = sequence["steps"]
    kept = {**last, "delay": 60}
    updated = ok(
        api.put(
            f"/sequence/{sequence['id']}/",
            json={"steps": [kept, {"step_type": "email", "email_template_id": email_id}]},
        )
    )
    assert updated["steps"][0]["id"] == last["id"]
    assert updated["steps"][0]["delay"] == 60
    assert updated["steps"][1]["id"] not in {first["id"], last["id"]}
    assert len(ok(api.get(f"/sequence/{sequence['id']}/"))["steps"]) == 2
    renamed = ok(api.put(f"/sequence/{sequence['id']}/", json={"name": "Renamed"}))
    assert renamed["steps"] == updated["steps"]  # without steps, steps stay
    stranger = {**kept, "id": "seqstep_notours"}
    assert "steps" in field_errors(
        api.put(f"/sequence/{sequence['id']}/", json={"steps": [stranger]})
    )


def test_a_template_used_by_a_sequence_cannot_be_deleted(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    assert "Onboarding" in error(api.delete(f"/email_template/{email_id}/"))
    assert "Onboarding" in error(api.delete(f"/sms_template/{sms_id}/"))
    ok(api.put(f"/sequence/{sequence['id']}/", json={"steps": [{"step_type": "call"}]}))
    assert ok(api.delete(f"/email_template/{email_id}/")) == {}
    assert api.delete(f"/sms_template/{sms_id}/").status_code == 204


def test_a_copied_sequence_can_be_posted_back(api: Api) -> None:
    email_id, sms_id = _templates(api)
    fetched = _sequence(api, email_id, sms_id)
    del fetched["id"], fetched["organization_id"]
    copy = ok(api.post("/sequence/", json=fetched))
    assert [s["step_type"] for s in copy["steps"]] == ["email", "call", "sms"]
    assert {s["id"] for s in copy["steps"]}.isdisjoint({s["id"] for s in fetched["steps"]})


def test_subscriptions_list_only_with_a_filter(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    lead_id, contact_id = _contact(api)
    response = _subscribe(api, sequence["id"], contact_id)
    subscription = ok(response, 201)
    assert response.headers["location"].endswith(f"/sequence_subscription/{subscription['id']}/")
    assert subscription["id"].startswith("sub_")
    assert (subscription["status"], subscription["pause_reason"]) == ("active", None)
    assert subscription["lead_id"] == lead_id
    for params in (
        {"sequence_id": sequence["id"]},
        {"contact_id": contact_id},
        {"lead_id": lead_id},
    ):
        listed = ok(api.get("/sequence_subscription/", params=params))["data"]
        assert [s["id"] for s in listed] == [subscription["id"]], params
    other_lead, _ = _contact(api)
    assert ok(api.get("/sequence_subscription/", params={"lead_id": other_lead}))["data"] == []
    assert "At least one of" in error(api.get("/sequence_subscription/"))
    assert "already exists" in str(field_errors(_subscribe(api, sequence["id"], contact_id)))
    assert "sequence_id" in field_errors(_subscribe(api, "seq_gone", contact_id))
    gone = field_errors(_subscribe(api, sequence["id"], contact_id, "emailacct_gone"))
    assert "does not name a connected email account" in str(gone["sender_account_id"])
    counts = ok(api.get(f"/sequence/{sequence['id']}/"))["subscription_counts_by_status"]
    assert counts["active"] == 1


def test_pause_resume_and_change_the_sender(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    _, contact_id = _contact(api)
    subscription = ok(_subscribe(api, sequence["id"], contact_id), 201)
    url = f"/sequence_subscription/{subscription['id']}/"
    paused = ok(api.put(url, json={"status": "paused"}))
    assert (paused["status"], paused["pause_reason"]) == ("paused", "manual")
    assert (
        ok(api.get(f"/sequence/{sequence['id']}/"))["subscription_counts_by_status"]["paused"] == 1
    )
    resumed = ok(api.put(url, json={"status": "active", "sender_name": "Kim"}))
    assert (resumed["status"], resumed["pause_reason"], resumed["sender_name"]) == (
        "active",
        None,
        "Kim",
    )
    assert api.put(url, json={"status": "finished"}).status_code == 400
    moved = field_errors(api.put(url, json={"sender_account_id": "emailacct_gone"}))
    assert "does not name a connected email account" in str(moved["sender_account_id"])


def test_deleting_the_sequence_pauses_and_the_contact_takes_its_subscriptions(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    _, contact_id = _contact(api)
    subscription = ok(_subscribe(api, sequence["id"], contact_id), 201)
    assert ok(api.delete(f"/sequence/{sequence['id']}/")) == {}
    orphan = ok(api.get(f"/sequence_subscription/{subscription['id']}/"))
    assert (orphan["status"], orphan["pause_reason"]) == ("paused", "sequence-deleted")
    ok(api.delete(f"/contact/{contact_id}/"))
    assert api.get(f"/sequence_subscription/{subscription['id']}/").status_code == 404


def test_sequences_and_subscriptions_are_in_the_event_log(api: Api) -> None:
    email_id, sms_id = _templates(api)
    sequence = _sequence(api, email_id, sms_id)
    _, contact_id = _contact(api)
    subscription = ok(_subscribe(api, sequence["id"], contact_id), 201)
    ok(api.put(f"/sequence_subscription/{subscription['id']}/", json={"status": "paused"}))

    def events(**params: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = ok(api.get("/event/", params=params))["data"]
        return found

    (created,) = events(object_type="sequence", action="created")
    assert created["object_id"] == sequence["id"]
    (paused,) = events(object_type="sequence_subscription", action="updated")
    assert paused["object_id"] == subscription["id"]
    assert set(paused["changed_fields"]) == {"status", "pause_reason"}
    assert paused["previous_data"] == {"status": "active", "pause_reason": None}


def test_subscriptions_move_through_the_steps_on_the_clock() -> None:
    with emulator() as (world, (api,)):
        email_id, sms_id = _templates(api)
        sequence = _sequence(api, email_id, sms_id)  # delays: 0, 1 day, 1 hour
        _, contact_id = _contact(api)
        subscription = ok(_subscribe(api, sequence["id"], contact_id), 201)
        url = f"/sequence_subscription/{subscription['id']}/"
        world.clock.advance(86400)  # the first two steps
        assert ok(api.get(url))["status"] == "active"
        ok(api.put(url, json={"status": "paused"}))
        world.clock.advance(7 * 86400)  # a paused subscription stays where it is
        assert ok(api.get(url))["status"] == "paused"
        ok(api.put(url, json={"status": "active"}))
        world.clock.advance(3599)
        assert ok(api.get(url))["status"] == "active"
        world.clock.advance(1)  # the last step's hour has passed
        finished = ok(api.get(url))
        assert (finished["status"], finished["pause_reason"]) == ("finished", None)
        counts = ok(api.get(f"/sequence/{sequence['id']}/"))["subscription_counts_by_status"]
        assert (counts["active"], counts["finished"]) == (0, 1)
        (event,) = ok(
            api.get(
                "/event/",
                params={"object_id": subscription["id"], "action": "updated", "_limit": 1},
            )
        )["data"]
        assert event["changed_fields"] == ["status"] and event["user_id"] is None


def test_a_paused_sequence_holds_its_subscriptions() -> None:
    with emulator() as (world, (api,)):
        email_id, sms_id = _templates(api)
        sequence = _sequence(api, email_id, sms_id)
        _, contact_id = _contact(api)
        subscription = ok(_subscribe(api, sequence["id"], contact_id), 201)
        url = f"/sequence_subscription/{subscription['id']}/"
        ok(api.put(f"/sequence/{sequence['id']}/", json={"status": "paused"}))
        world.clock.advance(30 * 86400)
        assert ok(api.get(url))["status"] == "active"  # waiting, not finished
        ok(api.put(f"/sequence/{sequence['id']}/", json={"status": "active"}))
        world.clock.advance(2 * 86400)
        assert ok(api.get(url))["status"] == "finished"
