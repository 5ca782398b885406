"""The event log (``/event/``): what each change records, over HTTP."""

from __future__ import annotations

from typing import Any

from tests.emulator._driver import Api, emulator, ok


def _events(api: Api, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = ok(api.get("/event/", params=params))["data"]
    return events


def _lead(api: Api, **body: Any) -> dict[str, Any]:
    lead: dict[str, Any] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return lead


def _kinds(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(event["object_type"], event["action"]) for event in events]


def test_a_create_records_one_event_per_object_sharing_the_request() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        events = _events(api, lead_id=lead["id"])
        # Newest first: the lead was stored first, then its contact and Created activity.
        assert _kinds(events) == [
            ("activity.created", "created"),
            ("contact", "created"),
            ("lead", "created"),
        ]
        first = events[-1]
        assert first["id"].startswith("ev_") and len(first["id"]) == 25
        assert first["request_id"].startswith("req_") and len(first["request_id"]) == 26
        assert {event["request_id"] for event in events} == {first["request_id"]}
        assert first["meta"] == {"request_method": "POST", "request_path": "/api/v1/lead/"}
        assert first["user_id"] == api.user.id
        assert first["api_key_id"].startswith("api_")
        assert first["organization_id"] == api.org.id
        assert (first["object_id"], first["lead_id"]) == (lead["id"], lead["id"])
        assert first["changed_fields"] == [] and first["previous_data"] is None
        # data: the lead as the request left it, with its contact's id (not the contact).
        assert first["data"]["name"] == "Acme"
        assert first["data"]["contact_ids"] == [lead["contacts"][0]["id"]]
        assert "contacts" not in first["data"] and "tasks" not in first["data"]
        assert events[1]["lead_id"] == lead["id"]
        assert first["date_created"] == first["date_updated"]


def test_an_update_records_the_changed_fields_and_their_old_values() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, description="old")
        ok(api.put(f"/lead/{lead['id']}/", json={"name": "Acme 2", "description": "old"}))
        (event,) = _events(api, object_type="lead", action="updated")
        assert event["changed_fields"] == ["name", "display_name"]
        assert event["previous_data"] == {"name": "Acme", "display_name": "Acme"}
        assert event["data"]["name"] == "Acme 2"
        assert event["meta"]["request_method"] == "PUT"
        assert event["meta"]["request_path"] == f"/api/v1/lead/{lead['id']}/"
        # A PUT that changes nothing records nothing.
        ok(api.put(f"/lead/{lead['id']}/", json={"name": "Acme 2"}))
        assert len(_events(api, object_type="lead", action="updated")) == 1


def test_what_fires_lead_updated_and_what_does_not() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        ok(api.post("/activity/note/", json={"lead_id": lead["id"], "note": "hi"}))
        ok(api.post("/opportunity/", json={"lead_id": lead["id"], "value": 100}))
        ok(api.post("/task/", json={"lead_id": lead["id"], "text": "Call"}))
        assert _events(api, object_type="lead", action="updated") == []
        contact = ok(api.post("/contact/", json={"lead_id": lead["id"], "name": "Ada"}))
        (added,) = _events(api, object_type="lead", action="updated")
        assert added["changed_fields"] == ["contact_ids"]
        assert added["previous_data"] == {"contact_ids": []}
        assert added["data"]["contact_ids"] == [contact["id"]]
        ok(api.delete(f"/contact/{contact['id']}/"))
        removed = _events(api, object_type="lead", action="updated")[0]
        assert removed["previous_data"] == {"contact_ids": [contact["id"]]}
        assert ("contact", "deleted") in _kinds(_events(api, lead_id=lead["id"]))


def test_a_status_change_updates_the_lead_and_records_its_activity() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        statuses = ok(api.get(f"/organization/{api.org.id}/"))["lead_statuses"]
        other = next(s for s in statuses if s["id"] != lead["status_id"])
        ok(api.put(f"/lead/{lead['id']}/", json={"status_id": other["id"]}))
        events = _events(api, lead_id=lead["id"], object_type="lead", action="updated")
        assert events[0]["changed_fields"] == ["status_id", "status_label"]
        assert events[0]["previous_data"]["status_id"] == lead["status_id"]
        changes = _events(api, lead_id=lead["id"], object_type="activity.lead_status_change")
        assert _kinds(changes) == [("activity.lead_status_change", "created")]
        assert changes[0]["request_id"] == events[0]["request_id"]


def test_opportunity_updated_follows_closes_list_of_fields() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"], "value": 100}))
        ok(api.put(f"/opportunity/{opp['id']}/", json={"note": "only a note"}))
        assert _events(api, object_type="opportunity", action="updated") == []
        ok(api.put(f"/opportunity/{opp['id']}/", json={"value": 250, "confidence": 40}))
        (event,) = _events(api, object_type="opportunity", action="updated")
        assert {"value", "confidence"} <= set(event["changed_fields"])
        assert "note" not in event["changed_fields"]
        assert (event["previous_data"]["value"], event["data"]["value"]) == (100, 250)


def test_completing_a_task_records_updated_completed_and_the_activity() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        task = ok(api.post("/task/", json={"lead_id": lead["id"], "text": "Call"}))
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))
        request = _events(api, object_id=task["id"], action="completed")[0]["request_id"]
        assert _kinds(_events(api, request_id=request)) == [
            ("activity.task_completed", "created"),
            ("task.lead", "completed"),
            ("task.lead", "updated"),
        ]
        updated = _events(api, object_type="task.lead", action="updated")[0]
        assert updated["changed_fields"] == ["is_complete"]
        assert updated["previous_data"] == {"is_complete": False}
        # A task created complete is completed at once; changing the text of the
        # completed task is an update, not another completion.
        done = ok(api.post("/task/", json={"lead_id": lead["id"], "is_complete": True}))
        assert len(_events(api, object_id=done["id"], action="completed")) == 1
        ok(api.put(f"/task/{done['id']}/", json={"text": "new"}))
        assert len(_events(api, object_id=done["id"], action="completed")) == 1
        assert _events(api, object_type="lead", action="updated") == []


def test_an_email_sent_through_the_outbox_records_sent_and_a_logged_one_does_not() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        base = {"lead_id": lead["id"], "subject": "Hi", "sender": "me@example.com"}
        sent = ok(api.post("/activity/email/", json={**base, "status": "outbox"}))
        logged = ok(api.post("/activity/email/", json={**base, "status": "sent"}))
        assert _kinds(_events(api, object_type="activity.email", object_id=sent["id"])) == [
            ("activity.email", "sent"),
            ("activity.email", "created"),
        ]
        assert _kinds(_events(api, object_type="activity.email", object_id=logged["id"])) == [
            ("activity.email", "created")
        ]
        assert len(_events(api, lead_id=lead["id"], object_type="activity.email_thread")) == 2


def test_object_types_of_configuration_objects() -> None:
    with emulator() as (_, (api,)):
        ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
        ok(api.post("/status/lead/", json={"label": "Hot"}))
        kinds = _kinds(_events(api, user_id=api.user.id))
        assert kinds == [("status.lead", "created"), ("custom_fields.lead", "created")]
        event = _events(api, user_id=api.user.id)[1]
        assert event["lead_id"] is None


def test_deleting_a_lead_records_its_whole_self_and_its_children() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada", "emails": [{"email": "ada@example.com"}]}])
        ok(api.post("/opportunity/", json={"lead_id": lead["id"], "value": 5}))
        ok(api.delete(f"/lead/{lead['id']}/"))
        deleted = _events(api, lead_id=lead["id"], object_type="lead", action="deleted")
        (event,) = deleted
        assert event["data"] is None and event["changed_fields"] == []
        previous = event["previous_data"]
        assert previous["id"] == lead["id"] and previous["name"] == "Acme"
        assert previous["contact_ids"] == [lead["contacts"][0]["id"]]
        children = _kinds(_events(api, request_id=event["request_id"]))
        assert ("contact", "deleted") in children and ("opportunity", "deleted") in children
        assert ("lead", "updated") not in children  # its contacts left with it


def test_restoring_a_deleted_lead_from_its_events_recreates_it_with_its_contacts() -> None:
    """What Close's restore_deleted_leads.py does: POST the deleted events' previous_data."""
    with emulator() as (_, (api,)):
        field = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
        lead = _lead(
            api,
            description="big",
            addresses=[{"city": "Paris", "country": "FR"}],
            contacts=[{"name": "Ada", "title": "CTO", "phones": [{"phone": "+14155550100"}]}],
            **{f"custom.{field['id']}": "gold"},
        )
        ok(api.post("/contact/", json={"lead_id": lead["id"], "name": "Bob"}))
        ok(api.delete(f"/lead/{lead['id']}/"))

        (event,) = _events(api, object_type="lead", action="deleted", lead_id=lead["id"])
        body = dict(event["previous_data"])
        del body["id"]
        restored = ok(api.post("/lead/", json=body))
        contacts = _events(api, object_type="contact", action="deleted", lead_id=lead["id"])
        for contact_event in reversed(contacts):
            contact = dict(contact_event["previous_data"])
            del contact["id"]
            contact["lead_id"] = restored["id"]
            ok(api.post("/contact/", json=contact))

        again = ok(api.get(f"/lead/{restored['id']}/"))
        assert (again["name"], again["description"]) == ("Acme", "big")
        assert again["addresses"][0]["city"] == "Paris"
        assert again[f"custom.{field['id']}"] == "gold"
        assert [(c["name"], c["title"]) for c in again["contacts"]] == [
            ("Ada", "CTO"),
            ("Bob", None),
        ]
        assert again["contacts"][0]["phones"][0]["phone"] == "+14155550100"


def test_a_merge_records_merged_with_both_leads_and_moves_the_children() -> None:
    with emulator() as (_, (api,)):
        source = _lead(api, name="Source", contacts=[{"name": "Ada"}])
        destination = _lead(api, name="Destination")
        ok(
            api.post(
                "/lead/merge/", json={"source": source["id"], "destination": destination["id"]}
            )
        )
        (merged,) = _events(api, object_type="lead", action="merged")
        assert merged["object_id"] == destination["id"]
        assert merged["meta"]["merge_source_lead_id"] == source["id"]
        assert merged["meta"]["merge_destination_lead_id"] == destination["id"]
        assert merged["data"]["display_name"] == "Destination"
        (gone,) = _events(api, object_type="lead", action="deleted", lead_id=source["id"])
        assert gone["request_id"] == merged["request_id"]
        moved = _events(api, object_id=source["contacts"][0]["id"], action="updated")
        assert moved[0]["lead_id"] == destination["id"]
        assert moved[0]["previous_data"]["lead_id"] == source["id"]


def test_an_event_is_read_by_id() -> None:
    with emulator() as (_, (api,)):
        _lead(api)
        event = _events(api)[0]
        assert ok(api.get(f"/event/{event['id']}/")) == event
        missing = api.get("/event/ev_" + "x" * 22 + "/")
        assert missing.status_code == 404
        assert missing.json() == {"error": "Empty query: Event matching query does not exist."}


def test_changes_the_control_surface_makes_are_recorded_without_a_user() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        inject = "http://emulator.test/_emulator/inject/meeting/"
        headers = {"X-Closeext-Emulator-Control": "1"}
        base = {"lead_id": lead["id"], "title": "Demo"}
        upcoming = api.post(inject, headers=headers, json={**base, "status": "upcoming"})
        done = api.post(inject, headers=headers, json={**base, "status": "completed"})
        assert upcoming.status_code < 300 and done.status_code < 300, done.text
        events = _events(api, lead_id=lead["id"], object_type="activity.meeting")
        assert _kinds(events) == [
            ("activity.meeting", "completed"),
            ("activity.meeting", "created"),
            ("activity.meeting", "scheduled"),
            ("activity.meeting", "created"),
        ]
        assert {event["user_id"] for event in events} == {None}
        assert events[0]["object_id"] == done.json()["record"]["id"]
