"""Bulk actions over HTTP: fields each edit type takes, Close's response fields, a failing
step, the sender of a bulk email's user tags, and pause / resume of emails and subscriptions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from closeext.emulator._resources import bulk_edit
from tests.emulator._driver import Api, advance, emulator, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def own_events(api: Api, kind: str, action_id: str) -> list[str]:
    query = {"object_id": action_id, "object_type": f"bulk_action.{kind}"}
    return [e["action"] for e in ok(api.get("/event/", params=query))["data"]]


def test_edit_fields_that_do_not_go_with_the_type_are_refused(api: Api) -> None:
    tier = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
    hot = ok(api.post("/status/lead/", json={"label": "Hot"}))

    def refused(body: dict[str, Any]) -> set[str]:
        return set(field_errors(api.post("/bulk_action/edit/", json=body)))

    status = {"type": "set_lead_status", "lead_status_id": hot["id"]}
    assert refused({**status, "custom_field_id": tier["id"], "custom_field_value": "z"}) == {
        "custom_field_id",
        "custom_field_value",
    }
    clear = {"type": "clear_custom_field", "custom_field_id": tier["id"]}
    assert refused({**clear, "custom_field_value": "y"}) == {"custom_field_value"}
    assert refused({**clear, "custom_field_operation": "add"}) == {"custom_field_operation"}
    assert refused({**clear, "lead_status_id": hot["id"]}) == {"lead_status_id"}
    setting = {"type": "set_custom_field", "custom_field_id": tier["id"], "custom_field_value": "x"}
    assert refused({**setting, "lead_status_id": hot["id"]}) == {"lead_status_id"}
    assert ok(api.get("/bulk_action/edit/"))["data"] == []  # none of them started
    kept = ok(api.post("/bulk_action/edit/", json=clear))
    assert (kept["custom_field_value"], kept["custom_field_operation"]) == (None, None)


def test_close_response_fields_query_and_custom_field_name(api: Api) -> None:
    ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
    edit = ok(
        api.post(
            "/bulk_action/edit/",
            json={
                "type": "set_custom_field",
                "custom_field_name": "Tier",
                "custom_field_value": "x",
            },
        )
    )
    assert (edit["query"], edit["custom_field_name"]) == (None, "Tier")
    assert edit["custom_field_id"].startswith("cf_")
    status = ok(api.get("/status/lead/"))["data"][0]["id"]
    by_status = ok(
        api.post("/bulk_action/edit/", json={"type": "set_lead_status", "lead_status_id": status})
    )
    assert by_status["custom_field_name"] is None
    template = ok(api.post("/email_template/", json={"name": "T", "subject": "S"}))
    made = [
        ok(api.post("/bulk_action/delete/", json={})),
        ok(api.post("/bulk_action/email/", json={"template_id": template["id"]})),
        ok(api.post("/bulk_action/sequence_subscription/", json={"action_type": "pause"})),
    ]
    assert [action["query"] for action in made] == [None, None, None]
    assert "query" in ok(api.get(f"/bulk_action/delete/{made[0]['id']}/"))


def test_a_step_that_hits_a_bug_ends_the_action_in_error(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("A", "B"):
        ok(api.post("/lead/", json={"name": name}))
    hot = ok(api.post("/status/lead/", json={"label": "Hot"}))
    action = ok(
        api.post(
            "/bulk_action/edit/", json={"type": "set_lead_status", "lead_status_id": hot["id"]}
        )
    )
    url = f"/bulk_action/edit/{action['id']}/"
    advance(api, 1)
    assert ok(api.get(url))["status"] == "processing"

    def broken(*args: Any) -> None:
        raise RuntimeError("a bug in a kind's apply")

    monkeypatch.setattr(bulk_edit, "_write", broken)
    # The exception reaches the clock's caller: a request's pipeline counts it as an
    # internal error, and a test that advances the clock sees it.
    with pytest.raises(RuntimeError, match="a bug"):
        advance(api, 1)
    failed = ok(api.get(url))
    assert (failed["status"], failed["n_objects_processed"]) == ("error", 0)
    query = {"object_id": action["id"], "object_type": "bulk_action.edit"}
    last = ok(api.get("/event/", params=query))["data"][0]
    assert last["changed_fields"] and "status" in last["changed_fields"]
    assert last["data"]["status"] == "error"
    monkeypatch.undo()
    advance(api, 5)  # nothing is scheduled any more
    assert ok(api.get(url))["status"] == "error"
    assert "is error" in ok(api.put(url, json={"status": "paused"}), 400)["error"]


def test_bulk_email_user_tags_are_the_sending_accounts_owner(api: Api) -> None:
    ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"emails": [{"email": "a@x.io"}]}]}))
    body = {"name": "T", "subject": "From {{ user.first_name }}", "body": "{{ user.email }}"}
    template = ok(api.post("/email_template/", json=body))
    colleague = api.org.add_user("Bea", "Colleague", "bea@example.test")  # type: ignore[attr-defined]
    (account,) = ok(api.get("/connected_account/"))["data"]
    api.org.connected_accounts[account["id"]].user_id = colleague.id  # type: ignore[attr-defined]
    grant = {"allowing_user_id": api.user.id, "allowed_user_id": colleague.id}  # type: ignore[attr-defined]
    record = api.org.send_as[ok(api.post("/send_as/", json=grant), 201)["id"]]  # type: ignore[attr-defined]
    record.allowing_user_id, record.allowed_user_id = colleague.id, api.user.id  # type: ignore[attr-defined]
    sent = {"template_id": template["id"], "email_account_id": account["id"]}
    ok(api.post("/bulk_action/email/", json=sent))
    advance(api, 2)
    (email,) = ok(api.get("/activity/email/"))["data"]
    assert email["subject"] == "From Bea" and "bea@example.test" in email["body_html"]
    assert email["user_id"] == api.user.id  # type: ignore[attr-defined]


def test_pause_and_resume_of_an_email_and_a_subscription_action(api: Api) -> None:
    for i in range(3):
        ok(
            api.post(
                "/lead/", json={"name": f"L{i}", "contacts": [{"emails": [{"email": f"{i}@x.io"}]}]}
            )
        )
    template = ok(api.post("/email_template/", json={"name": "T", "subject": "S"}))
    for kind, body in (
        ("email", {"template_id": template["id"]}),
        ("sequence_subscription", {"action_type": "pause"}),
    ):
        action = ok(api.post(f"/bulk_action/{kind}/", json=body))
        url = f"/bulk_action/{kind}/{action['id']}/"
        assert ok(api.put(url, json={"status": "paused"}))["status"] == "paused"
        advance(api, 3)
        assert ok(api.get(url))["n_objects_processed"] == 0
        assert "paused" in own_events(api, kind, action["id"])
        assert ok(api.put(url, json={"status": "resuming"}))["status"] == "resuming"
        advance(api, 2)
        assert (ok(api.get(url))["status"], ok(api.get(url))["n_objects_processed"]) == ("done", 3)
        assert {"paused", "completed"} <= set(own_events(api, kind, action["id"]))
    assert len(ok(api.get("/activity/email/"))["data"]) == 3


def test_results_limit_emails_the_first_leads_of_the_sort(api: Api) -> None:
    made = {
        name: ok(
            api.post(
                "/lead/", json={"name": name, "contacts": [{"emails": [{"email": f"{name}@x.io"}]}]}
            )
        )
        for name in ("Bravo", "Alpha", "Charlie")
    }
    template = ok(api.post("/email_template/", json={"name": "T", "subject": "S"}))
    by_name = {"type": "regular_field", "object_type": "lead", "field_name": "name"}
    body = {"template_id": template["id"], "results_limit": 2, "sort": [{"field": by_name}]}
    ok(api.post("/bulk_action/email/", json=body))
    advance(api, 2)
    emailed = {email["lead_id"] for email in ok(api.get("/activity/email/"))["data"]}
    assert emailed == {made["Alpha"]["id"], made["Bravo"]["id"]}
