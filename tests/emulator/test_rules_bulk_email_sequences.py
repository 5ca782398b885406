"""Bulk emails and bulk sequence subscriptions over HTTP, stepped on the emulator's clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, advance, emulator, error, field_errors, leads_named, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def lead(api: Api, name: str, *contacts: tuple[str, list[str]]) -> dict[str, Any]:
    body = {
        "name": name,
        "contacts": [
            {"name": who, "emails": [{"email": address} for address in addresses]}
            for who, addresses in contacts
        ],
    }
    made: dict[str, Any] = ok(api.post("/lead/", json=body))
    return made


def template(api: Api) -> dict[str, Any]:
    body = {
        "name": "Intro",
        "subject": "Hi {{ contact.first_name }}",
        "body": "For {{ lead.name }}",
    }
    made: dict[str, Any] = ok(api.post("/email_template/", json=body))
    return made


def emails_of(api: Api, lead_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ok(api.get("/activity/email/", params={"lead_id": lead_id}))[
        "data"
    ]
    return sorted(found, key=lambda e: e["to"])


def test_bulk_email_renders_the_template_per_recipient_as_sent_emails(api: Api) -> None:
    acme = lead(api, "Acme", ("Ann Lee", ["ann@acme.io", "ann2@acme.io"]), ("Bob", ["b@acme.io"]))
    other = lead(api, "Other", ("Cy", ["cy@o.io"]))
    tmpl = template(api)
    action = ok(
        api.post(
            "/bulk_action/email/",
            json={
                "template_id": tmpl["id"],
                "s_query": leads_named("Acme"),
                "sender": "Me <me@us.io>",
            },
        )
    )
    assert (action["status"], action["n_objects"], action["contact_preference"]) == (
        "created",
        1,
        "lead",
    )
    assert action["email_account_id"].startswith("emailacct_")
    assert emails_of(api, acme["id"]) == []  # not yet
    advance(api, 2)
    done = ok(api.get(f"/bulk_action/email/{action['id']}/"))
    assert (done["status"], done["n_objects_processed"]) == ("done", 1)
    (email,) = emails_of(api, acme["id"])
    assert email["to"] == ["ann@acme.io"] and email["contact_id"] == acme["contacts"][0]["id"]
    assert (email["status"], email["sender"], email["template_id"]) == (
        "sent",
        "Me <me@us.io>",
        tmpl["id"],
    )
    assert email["subject"] == "Hi Ann" and "For Acme" in email["body_html"]
    assert emails_of(api, other["id"]) == []
    events = ok(api.get("/event/", params={"lead_id": acme["id"]}))["data"]
    made = [e for e in events if e["object_type"] == "activity.email" and e["action"] == "created"]
    assert made and made[0]["meta"]["bulk_action_id"] == action["id"]
    # Sent as an ``outbox`` email is: its ``sent`` event is in the same step's recording.
    sent = [e for e in events if e["object_type"] == "activity.email" and e["action"] == "sent"]
    assert [(e["object_id"], e["meta"]["bulk_action_id"]) for e in sent] == [
        (email["id"], action["id"])
    ]
    query = {"object_id": action["id"], "object_type": "bulk_action.email"}
    own = ok(api.get("/event/", params=query))["data"]
    assert {e["object_type"] for e in own} == {"bulk_action.email"}
    assert {"created", "completed"} <= {e["action"] for e in own}
    listed = ok(api.get("/bulk_action/email/", params={"template_id": tmpl["id"]}))["data"]
    assert [x["id"] for x in listed] == [action["id"]]
    assert ok(api.get("/bulk_action/email/", params={"template_id": "tmpl_x"}))["data"] == []


def test_contact_preferences_and_unsubscribed_addresses(api: Api) -> None:
    acme = lead(
        api,
        "Acme",
        ("Nomail", []),
        ("Ann", ["ann@acme.io", "ann2@acme.io"]),
        ("Bob", ["bob@acme.io"]),
    )
    ok(api.post("/unsubscribe/email/", json={"email": "ANN@acme.io"}), 201)
    tmpl = template(api)

    def sent(preference: str) -> list[str]:
        before = {e["id"] for e in emails_of(api, acme["id"])}
        body = {"template_id": tmpl["id"], "contact_preference": preference}
        ok(api.post("/bulk_action/email/", json=body))
        advance(api, 2)
        return sorted(
            address
            for e in emails_of(api, acme["id"])
            if e["id"] not in before
            for address in e["to"]
        )

    assert sent("lead") == ["ann2@acme.io"]
    assert sent("contact") == ["ann2@acme.io", "bob@acme.io"]
    assert sent("all") == ["ann2@acme.io", "bob@acme.io"]
    ok(api.delete("/unsubscribe/email/ann@acme.io/"))
    assert sent("all") == ["ann2@acme.io", "ann@acme.io", "bob@acme.io"]


def test_bulk_email_refusals(api: Api) -> None:
    tmpl = template(api)
    assert "email template" in error(
        api.post("/bulk_action/email/", json={"template_id": "tmpl_gone"})
    )
    assert "connected email account" in error(
        api.post(
            "/bulk_action/email/",
            json={"template_id": tmpl["id"], "email_account_id": "emailacct_gone"},
        )
    )
    accounts = ok(api.get("/connected_account/"))["data"]
    action = ok(
        api.post(
            "/bulk_action/email/",
            json={"template_id": tmpl["id"], "email_account_id": accounts[0]["id"]},
        )
    )
    assert action["sender"].endswith(f"<{accounts[0]['email']}>")
    assert api.get("/bulk_action/email/bulk_gone/").status_code == 404


def test_bulk_email_pause_and_resume(api: Api) -> None:
    for i in range(120):
        ok(
            api.post(
                "/lead/", json={"name": f"L{i}", "contacts": [{"emails": [{"email": f"{i}@x.io"}]}]}
            )
        )
    tmpl = template(api)
    action = ok(api.post("/bulk_action/email/", json={"template_id": tmpl["id"]}))
    url = f"/bulk_action/email/{action['id']}/"
    advance(api, 2)
    assert ok(api.get(url))["n_objects_processed"] == 100
    assert ok(api.put(url, json={"status": "paused"}))["status"] == "paused"
    advance(api, 3)
    assert ok(api.get(url))["n_objects_processed"] == 100
    ok(api.put(url, json={"status": "resuming"}))
    advance(api, 2)
    assert (ok(api.get(url))["status"], ok(api.get(url))["n_objects_processed"]) == ("done", 120)
    page = ok(api.get("/activity/email/", params={"_limit": 100, "_skip": 100}))["data"]
    assert len(page) == 20


# -- sequence subscriptions -------------------------------------------------------------


def sequence(api: Api) -> dict[str, Any]:
    tmpl = template(api)
    steps = [
        {"step_type": "email", "email_template_id": tmpl["id"]},
        {"step_type": "email", "email_template_id": tmpl["id"], "delay": 3600},
    ]
    made: dict[str, Any] = ok(api.post("/sequence/", json={"name": "Onboard", "steps": steps}))
    return made


def sender(api: Api) -> dict[str, Any]:
    """The sender fields of a subscribe: the caller's own connected email account."""
    (account,) = ok(api.get("/connected_account/"))["data"]
    return {"sender_account_id": account["id"], "sender_name": "Sam", "sender_email": "sam@us.io"}


def subscriptions(api: Api, lead_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ok(
        api.get("/sequence_subscription/", params={"lead_id": lead_id})
    )["data"]
    return sorted(found, key=lambda s: s["contact_email"])


def bulk(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    action: dict[str, Any] = ok(api.post("/bulk_action/sequence_subscription/", json=body))
    advance(api, 2)
    done: dict[str, Any] = ok(api.get(f"/bulk_action/sequence_subscription/{action['id']}/"))
    assert done["status"] == "done"
    return done


def test_subscribe_by_preference_once_per_contact(api: Api) -> None:
    acme = lead(api, "Acme", ("Ann", ["ann@acme.io"]), ("Nomail", []), ("Bob", ["bob@acme.io"]))
    seq = sequence(api)
    base = {"action_type": "subscribe", "sequence_id": seq["id"], **sender(api)}
    done = bulk(api, {**base, "contact_preference": "lead"})
    (first,) = subscriptions(api, acme["id"])
    assert (first["contact_email"], first["status"], first["sender_name"]) == (
        "ann@acme.io",
        "active",
        "Sam",
    )
    query = {"object_id": first["id"], "object_type": "sequence_subscription"}
    events = ok(api.get("/event/", params=query))["data"]
    assert events[-1]["meta"]["bulk_action_id"] == done["id"]
    bulk(api, {**base, "contact_preference": "contact"})  # Ann is not subscribed twice
    both = subscriptions(api, acme["id"])
    assert [s["contact_email"] for s in both] == ["ann@acme.io", "bob@acme.io"]
    assert both[0]["id"] == first["id"]
    query = {"object_id": done["id"], "object_type": "bulk_action.sequence_subscription"}
    own = ok(api.get("/event/", params=query))["data"]
    assert {e["object_type"] for e in own} == {"bulk_action.sequence_subscription"}


def test_pause_resume_and_resume_finished(api: Api) -> None:
    acme = lead(api, "Acme", ("Ann", ["ann@acme.io"]), ("Bob", ["bob@acme.io"]))
    seq, other = sequence(api), sequence(api)
    for target in (seq, other):
        base = {"action_type": "subscribe", "sequence_id": target["id"], **sender(api)}
        bulk(api, {**base, "contact_preference": "contact"})
    bulk(api, {"action_type": "pause", "sequence_id": seq["id"]})
    by_sequence = {(s["sequence_id"], s["status"]) for s in subscriptions(api, acme["id"])}
    assert by_sequence == {(seq["id"], "paused"), (other["id"], "active")}
    bulk(api, {"action_type": "pause"})  # every sequence
    assert {s["status"] for s in subscriptions(api, acme["id"])} == {"paused"}
    bulk(api, {"action_type": "resume", "sequence_id": other["id"]})
    by_sequence = {(s["sequence_id"], s["status"]) for s in subscriptions(api, acme["id"])}
    assert by_sequence == {(seq["id"], "paused"), (other["id"], "active")}
    advance(api, 3600)  # the active ones run their last step
    finished = [s for s in subscriptions(api, acme["id"]) if s["status"] == "finished"]
    assert len(finished) == 2
    steps = [*ok(api.get(f"/sequence/{other['id']}/"))["steps"], {"step_type": "call", "delay": 60}]
    ok(api.put(f"/sequence/{other['id']}/", json={"steps": steps}))
    bulk(api, {"action_type": "resume_finished", "sequence_id": other["id"]})
    assert {
        s["status"] for s in subscriptions(api, acme["id"]) if s["sequence_id"] == other["id"]
    } == {"active"}
    advance(api, 60)
    assert {
        s["status"] for s in subscriptions(api, acme["id"]) if s["sequence_id"] == other["id"]
    } == {"finished"}


def test_bulk_sequence_subscription_refusals(api: Api) -> None:
    seq = sequence(api)

    def refused(body: dict[str, Any]) -> str:
        return error(api.post("/bulk_action/sequence_subscription/", json=body))

    url = "/bulk_action/sequence_subscription/"
    needs = field_errors(api.post(url, json={"action_type": "subscribe", "sequence_id": seq["id"]}))
    assert set(needs) == {"sender_account_id", "sender_name", "sender_email", "contact_preference"}
    assert "does not name a sequence" in refused({"action_type": "pause", "sequence_id": "seq_x"})
    assert "reassign is not emulated" in refused({"action_type": "reassign"})
    only = field_errors(api.post(url, json={"action_type": "pause", "sender_name": "Sam"}))
    assert set(only) == {"sender_name"}  # goes with subscribe only
    base = {
        "action_type": "subscribe",
        "sequence_id": seq["id"],
        "contact_preference": "lead",
        **sender(api),
    }
    assert "names no member" in refused({**base, "calls_assigned_to": ["user_gone"]})
    assert "phone number" in refused({**base, "from_phone_number_id": "phon_gone"})
    me = ok(api.get("/me/"))["id"]
    kept = ok(
        api.post("/bulk_action/sequence_subscription/", json={**base, "calls_assigned_to": [me]})
    )
    assert kept["calls_assigned_to"] == [me]


def test_subscribe_passes_over_unsubscribed_and_already_finished_contacts(api: Api) -> None:
    acme = lead(api, "Acme", ("Ann", ["ann@acme.io", "ann2@acme.io"]), ("Bob", ["bob@acme.io"]))
    ok(api.post("/unsubscribe/email/", json={"email": "ann@acme.io"}), 201)
    seq = sequence(api)
    phone = ok(
        api.post("/phone_number/request/internal/", json={"country": "US", "sharing": "personal"}),
        201,
    )
    base = {"action_type": "subscribe", "sequence_id": seq["id"], **sender(api)}
    done = bulk(api, {**base, "contact_preference": "lead", "from_phone_number_id": phone["id"]})
    assert done["from_phone_number_id"] == phone["id"]
    (ann,) = subscriptions(api, acme["id"])
    assert ann["contact_email"] == "ann2@acme.io"
    advance(api, 3600)
    assert subscriptions(api, acme["id"])[0]["status"] == "finished"
    bulk(api, {**base, "contact_preference": "contact"})  # Ann has received it: left alone
    assert [(s["contact_email"], s["status"]) for s in subscriptions(api, acme["id"])] == [
        ("ann2@acme.io", "finished"),
        ("bob@acme.io", "active"),
    ]


def test_results_limit_and_missing_actions(api: Api) -> None:
    for name in ("A", "B", "C"):
        lead(api, name, (name, [f"{name.lower()}@x.io"]))
    tmpl = template(api)
    action = ok(
        api.post("/bulk_action/email/", json={"template_id": tmpl["id"], "results_limit": 2})
    )
    assert action["n_objects"] == 2
    advance(api, 2)
    assert len(ok(api.get("/activity/email/"))["data"]) == 2
    for path in ("email", "sequence_subscription"):
        missing = api.put(f"/bulk_action/{path}/bulk_gone/", json={"status": "paused"})
        assert missing.status_code == 404
    assert "is done" in error(
        api.put(f"/bulk_action/email/{action['id']}/", json={"status": "paused"})
    )
    contacts = {"type": "object_type", "object_type": "contact"}
    assert "returns leads only" in error(
        api.post(
            "/bulk_action/sequence_subscription/",
            json={"action_type": "pause", "s_query": contacts},
        )
    )


def test_another_members_account_needs_their_send_as(api: Api) -> None:
    tmpl = template(api)
    colleague = api.org.add_user("Bea", "Colleague", "bea@example.test")  # type: ignore[attr-defined]
    (account,) = ok(api.get("/connected_account/"))["data"]
    api.org.connected_accounts[account["id"]].user_id = colleague.id  # type: ignore[attr-defined]
    body = {"template_id": tmpl["id"], "email_account_id": account["id"]}
    assert "send as them" in error(api.post("/bulk_action/email/", json=body))
    # The caller has no account of their own left, so there is no default either.
    assert "the caller has none" in error(
        api.post("/bulk_action/email/", json={"template_id": tmpl["id"]})
    )
    grant = {"allowing_user_id": api.user.id, "allowed_user_id": colleague.id}  # type: ignore[attr-defined]
    association = ok(api.post("/send_as/", json=grant), 201)
    record = api.org.send_as[association["id"]]  # type: ignore[attr-defined]
    record.allowing_user_id, record.allowed_user_id = colleague.id, api.user.id  # type: ignore[attr-defined]
    action = ok(api.post("/bulk_action/email/", json=body))
    assert action["sender"] == f'"Bea Colleague" <{account["email"]}>'


def test_subscribe_needs_an_account_the_caller_may_send_from(api: Api) -> None:
    lead(api, "Acme", ("Ann", ["ann@acme.io"]))
    seq = sequence(api)
    base = {"action_type": "subscribe", "sequence_id": seq["id"], "contact_preference": "lead"}
    gone = {**sender(api), "sender_account_id": "emailacct_gone"}
    url = "/bulk_action/sequence_subscription/"
    assert "does not name a connected email account" in error(api.post(url, json={**base, **gone}))
    colleague = api.org.add_user("Bea", "Colleague", "bea@example.test")  # type: ignore[attr-defined]
    mine = sender(api)
    api.org.connected_accounts[mine["sender_account_id"]].user_id = colleague.id  # type: ignore[attr-defined]
    assert "send as them" in error(api.post(url, json={**base, **mine}))
    assert ok(api.get(url))["data"] == []  # nothing was started
    grant = {"allowing_user_id": api.user.id, "allowed_user_id": colleague.id}  # type: ignore[attr-defined]
    record = api.org.send_as[ok(api.post("/send_as/", json=grant), 201)["id"]]  # type: ignore[attr-defined]
    record.allowing_user_id, record.allowed_user_id = colleague.id, api.user.id  # type: ignore[attr-defined]
    done = bulk(api, {**base, **mine})
    assert done["sender_account_id"] == mine["sender_account_id"]
