"""Bulk edits of contact, opportunity, custom object and activity custom fields, and the
history a bulk lead status change records."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, advance, emulator, error, leads_named, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def run(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    action: dict[str, Any] = ok(api.post("/bulk_action/edit/", json=body))
    advance(api, 2)
    done: dict[str, Any] = ok(api.get(f"/bulk_action/edit/{action['id']}/"))
    assert done["status"] == "done"
    return done


def test_set_lead_status_records_the_status_change_activity(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    status = ok(api.post("/status/lead/", json={"label": "Hot"}))
    action = run(api, {"type": "set_lead_status", "lead_status_id": status["id"]})
    changes = ok(api.get("/activity/status_change/lead/", params={"lead_id": lead["id"]}))["data"]
    (change,) = changes
    assert (change["old_status_id"], change["new_status_id"]) == (lead["status_id"], status["id"])
    query = {"lead_id": lead["id"], "object_type": "activity.lead_status_change"}
    (event,) = ok(api.get("/event/", params=query))["data"]
    assert event["meta"]["bulk_action_id"] == action["id"]


def test_contact_and_opportunity_fields_on_every_object_of_the_selected_leads(api: Api) -> None:
    tier = ok(api.post("/custom_field/contact/", json={"name": "Tier", "type": "number"}))
    tags = ok(
        api.post(
            "/custom_field/opportunity/",
            json={
                "name": "Tags",
                "type": "choices",
                "choices": ["a", "b"],
                "accepts_multiple_values": True,
            },
        )
    )
    acme = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "A"}, {"name": "B"}]}))
    other = ok(api.post("/lead/", json={"name": "Other", "contacts": [{"name": "C"}]}))
    opp = ok(api.post("/opportunity/", json={"lead_id": acme["id"]}))
    run(
        api,
        {
            "type": "set_contact_custom_field",
            "custom_field_name": "Tier",
            "custom_field_value": 3,
            "s_query": leads_named("Acme"),
        },
    )
    key = f"custom.{tier['id']}"
    assert [ok(api.get(f"/contact/{c['id']}/")).get(key) for c in acme["contacts"]] == [3, 3]
    assert ok(api.get(f"/contact/{other['contacts'][0]['id']}/")).get(key) is None
    edit = {"type": "set_opportunity_custom_field", "custom_field_id": tags["id"]}
    run(api, {**edit, "custom_field_values": ["a", "b"], "s_query": leads_named("Acme")})
    run(api, {**edit, "custom_field_value": "a", "custom_field_operation": "remove"})
    assert ok(api.get(f"/opportunity/{opp['id']}/")).get(f"custom.{tags['id']}") == ["b"]
    run(api, {"type": "clear_contact_custom_field", "custom_field_id": tier["id"]})
    assert ok(api.get(f"/contact/{acme['contacts'][0]['id']}/")).get(key) is None


def test_custom_object_and_activity_fields_edit_instances_of_their_type(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    site = ok(api.post("/custom_object_type/", json={"name": "Site", "name_plural": "Sites"}), 201)
    car = ok(api.post("/custom_object_type/", json={"name": "Car", "name_plural": "Cars"}), 201)
    field = ok(
        api.post(
            "/custom_field/custom_object_type/",
            json={"name": "Area", "type": "text", "custom_object_type_id": site["id"]},
        ),
        201,
    )
    on_site = ok(
        api.post(
            "/custom_object/",
            json={"custom_object_type_id": site["id"], "lead_id": lead["id"], "name": "HQ"},
        ),
        201,
    )
    on_car = ok(
        api.post(
            "/custom_object/",
            json={"custom_object_type_id": car["id"], "lead_id": lead["id"], "name": "Van"},
        ),
        201,
    )
    run(
        api,
        {
            "type": "set_custom_object_custom_field",
            "custom_field_id": field["id"],
            "custom_field_value": "north",
        },
    )
    key = f"custom.{field['id']}"
    assert ok(api.get(f"/custom_object/{on_site['id']}/"))[key] == "north"
    assert key not in ok(api.get(f"/custom_object/{on_car['id']}/"))
    visit = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)
    note = ok(
        api.post(
            "/custom_field/activity/",
            json={"name": "Note", "type": "text", "custom_activity_type_id": visit["id"]},
        )
    )
    activity = ok(
        api.post(
            "/activity/custom/",
            json={"custom_activity_type_id": visit["id"], "lead_id": lead["id"]},
        )
    )
    run(
        api,
        {
            "type": "set_activity_custom_field",
            "custom_field_name": "Note",
            "custom_field_value": "done",
        },
    )
    assert ok(api.get(f"/activity/custom/{activity['id']}/"))[f"custom.{note['id']}"] == "done"


def test_refused_edit_types_and_fields_of_another_kind(api: Api) -> None:
    tier = ok(api.post("/custom_field/contact/", json={"name": "Tier", "type": "number"}))
    assert "is not emulated" in error(
        api.post(
            "/bulk_action/edit/",
            json={"type": "clear_global_custom_field", "custom_field_id": tier["id"]},
        )
    )
    assert "opportunity Custom Field" in error(
        api.post(
            "/bulk_action/edit/",
            json={"type": "clear_opportunity_custom_field", "custom_field_id": tier["id"]},
        )
    )
    # A value the field refuses is refused when the edit is made.
    assert "Bulk edit: " in error(
        api.post(
            "/bulk_action/edit/",
            json={
                "type": "set_contact_custom_field",
                "custom_field_id": tier["id"],
                "custom_field_value": "many",
            },
        )
    )
