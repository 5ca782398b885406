"""Rules of activities that span families: the lead a contact makes, every _type in /activity/."""

from __future__ import annotations

from tests.emulator._driver import emulator, ok


def test_a_contact_posted_without_a_lead_makes_one_that_records_created() -> None:
    with emulator() as (_, (api,)):
        contact = ok(api.post("/contact/", json={"name": "Jo Bloggs"}))
        lead_id = contact["lead_id"]
        (created,) = ok(api.get("/activity/created/", params={"lead_id": lead_id}))["data"]
        assert (created["_type"], created["source"], created["lead_id"]) == (
            "Created",
            "api",
            lead_id,
        )
        # A contact added to an existing lead records nothing of the kind.
        ok(api.post("/contact/", json={"lead_id": lead_id, "name": "Second"}))
        assert len(ok(api.get("/activity/created/", params={"lead_id": lead_id}))["data"]) == 1


def test_every_type_of_the_union_is_a_valid_type_filter_of_activity() -> None:
    with emulator() as (_, (api,)):
        lead = ok(api.post("/lead/", json={"name": "Acme"}))
        task = ok(api.post("/task/", json={"lead_id": lead["id"], "text": "Call back"}))
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))
        spec = api.app.state.emulator.spec  # type: ignore[attr-defined]
        mapping = spec.document["components"]["schemas"]["Activity"]["discriminator"]["mapping"]
        # Close spells the custom activities' filter "Custom" (or a type id).
        names = [name for name in mapping if name != "CustomActivity"] + ["Custom"]
        for name in names:
            answer = api.get("/activity/", params={"lead_id": lead["id"], "_type": name})
            assert answer.status_code == 200, (name, answer.text)
        completed = ok(
            api.get("/activity/", params={"lead_id": lead["id"], "_type": "TaskCompleted"})
        )
        assert [a["task_id"] for a in completed["data"]] == [task["id"]]
        both = ok(
            api.get(
                "/activity/",
                params={"lead_id": lead["id"], "_type__in": "Created,TaskCompleted"},
            )
        )
        assert sorted(a["_type"] for a in both["data"]) == ["Created", "TaskCompleted"]
