"""Bulk edits and deletes over HTTP: selection, the steps on the clock, pause / resume, events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, advance, emulator, error, field_errors, leads_named, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def leads(api: Api, *names: str) -> list[dict[str, Any]]:
    return [ok(api.post("/lead/", json={"name": name})) for name in names]


def edit(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    action: dict[str, Any] = ok(api.post("/bulk_action/edit/", json=body))
    return action


def get_edit(api: Api, action_id: str) -> dict[str, Any]:
    found: dict[str, Any] = ok(api.get(f"/bulk_action/edit/{action_id}/"))
    return found


def test_set_lead_status_runs_on_the_clock_over_the_selection(api: Api) -> None:
    a, b, c = leads(api, "Acme Alpha", "Acme Beta", "Other")
    status = ok(api.post("/status/lead/", json={"label": "Hot"}))
    action = edit(
        api,
        {"type": "set_lead_status", "lead_status_id": status["id"], "s_query": leads_named("Acme")},
    )
    assert (action["status"], action["n_objects"], action["n_objects_processed"]) == (
        "created",
        2,
        0,
    )
    assert ok(api.get(f"/lead/{a['id']}/"))["status_id"] == a["status_id"]  # not yet
    advance(api, 1)
    assert get_edit(api, action["id"])["status"] == "processing"
    advance(api, 1)
    done = get_edit(api, action["id"])
    assert (done["status"], done["n_objects_processed"]) == ("done", 2)
    assert ok(api.get(f"/lead/{a['id']}/"))["status_id"] == status["id"]
    assert ok(api.get(f"/lead/{b['id']}/"))["status_id"] == status["id"]
    assert ok(api.get(f"/lead/{c['id']}/"))["status_id"] == c["status_id"]
    listed = ok(api.get("/bulk_action/edit/"))["data"]
    assert [x["id"] for x in listed] == [action["id"]]


def test_changes_carry_the_bulk_action_id_and_the_action_has_its_own_events(api: Api) -> None:
    (lead,) = leads(api, "Acme")
    status = ok(api.post("/status/lead/", json={"label": "Hot"}))
    action = edit(api, {"type": "set_lead_status", "lead_status_id": status["id"]})
    advance(api, 2)
    events = ok(api.get("/event/", params={"lead_id": lead["id"]}))["data"]
    updated = [e for e in events if e["action"] == "updated" and e["object_id"] == lead["id"]]
    assert updated and updated[0]["meta"]["bulk_action_id"] == action["id"]
    query = {"object_id": action["id"], "object_type": "bulk_action.edit"}
    own = ok(api.get("/event/", params=query))["data"]
    assert {e["object_type"] for e in own} == {"bulk_action.edit"}
    assert {"created", "completed"} <= {e["action"] for e in own}


def test_custom_field_replace_add_remove_and_clear(api: Api) -> None:
    tags = ok(
        api.post(
            "/custom_field/lead/",
            json={
                "name": "Tags",
                "type": "choices",
                "choices": ["a", "b", "c"],
                "accepts_multiple_values": True,
            },
        )
    )
    key = f"custom.{tags['id']}"
    (lead,) = leads(api, "Acme")

    def run(body: dict[str, Any]) -> Any:
        edit(api, body)
        advance(api, 2)
        return ok(api.get(f"/lead/{lead['id']}/")).get(key)

    base = {"type": "set_custom_field", "custom_field_name": "Tags"}
    assert run({**base, "custom_field_values": ["a", "b"]}) == ["a", "b"]
    assert run({**base, "custom_field_value": "c", "custom_field_operation": "add"}) == [
        "a",
        "b",
        "c",
    ]
    assert run({**base, "custom_field_values": ["a"], "custom_field_operation": "remove"}) == [
        "b",
        "c",
    ]
    assert run({"type": "clear_custom_field", "custom_field_id": tags["id"]}) is None


def test_refusals_before_starting(api: Api) -> None:
    single = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "number"}))
    refused = field_errors(api.post("/bulk_action/edit/", json={"type": "set_lead_status"}))
    assert refused == {"lead_status_id": "This field is required."}
    assert "does not exist" in error(
        api.post(
            "/bulk_action/edit/",
            json={"type": "set_custom_field", "custom_field_name": "Nope", "custom_field_value": 1},
        )
    )
    assert "multi-value" in error(
        api.post(
            "/bulk_action/edit/",
            json={
                "type": "set_custom_field",
                "custom_field_id": single["id"],
                "custom_field_value": 3,
                "custom_field_operation": "add",
            },
        )
    )
    assert error(
        api.post(
            "/bulk_action/edit/",
            json={
                "type": "set_custom_field",
                "custom_field_id": single["id"],
                "custom_field_value": "not a number",
            },
        )
    )
    ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    contacts = {"type": "object_type", "object_type": "contact"}
    assert "returns leads only" in error(
        api.post("/bulk_action/delete/", json={"s_query": contacts})
    )


def test_delete_in_batches_with_pause_and_resume(api: Api) -> None:
    made = leads(api, *[f"Lead {i}" for i in range(150)])
    action = ok(api.post("/bulk_action/delete/", json={"bulk_object_type": "lead"}))
    assert action["n_objects"] == 150
    advance(api, 2)  # processing, then the first 100
    first = ok(api.get(f"/bulk_action/delete/{action['id']}/"))
    assert (first["status"], first["n_objects_processed"]) == ("processing", 100)
    paused = ok(api.put(f"/bulk_action/delete/{action['id']}/", json={"status": "paused"}))
    assert paused["status"] == "paused"
    advance(api, 5)
    assert ok(api.get(f"/bulk_action/delete/{action['id']}/"))["n_objects_processed"] == 100
    assert len(ok(api.get("/lead/", params={"_limit": 200}))["data"]) == 50
    assert "paused" in error(
        api.put(f"/bulk_action/delete/{action['id']}/", json={"status": "paused"})
    )
    resumed = ok(api.put(f"/bulk_action/delete/{action['id']}/", json={"status": "resuming"}))
    assert resumed["status"] == "resuming"
    advance(api, 2)
    done = ok(api.get(f"/bulk_action/delete/{action['id']}/"))
    assert (done["status"], done["n_objects_processed"]) == ("done", 150)
    assert ok(api.get("/lead/"))["data"] == []
    events = ok(api.get("/event/", params={"lead_id": made[0]["id"]}))["data"]
    deleted = [e for e in events if e["action"] == "deleted" and e["object_id"] == made[0]["id"]]
    assert deleted and deleted[0]["meta"]["bulk_action_id"] == action["id"]


def test_delete_contacts_leaves_their_leads(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    query = {"type": "object_type", "object_type": "contact"}
    ok(api.post("/bulk_action/delete/", json={"bulk_object_type": "contact", "s_query": query}))
    advance(api, 2)
    assert ok(api.get(f"/lead/{lead['id']}/"))["contacts"] == []
