"""Email activities and threads: the state machine, senders, threads and their deletion."""

from __future__ import annotations

from tests.emulator._driver import Api, emulator, error, field_errors, ok

LATER = "2030-01-01T09:00:00+00:00"


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def _email(api: Api, lead: dict[str, object], **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(
        api.post("/activity/email/", json={"lead_id": lead["id"], **body})
    )
    return answer


def test_outbox_sends_at_once_and_to_nobody() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        email = _email(
            api, lead, status="outbox", sender="me@example.com", to=["a@example.com"], subject="Hi"
        )
        assert email["_type"] == "Email" and email["id"].startswith("acti_")
        assert (email["status"], email["direction"]) == ("sent", "outgoing")
        assert email["date_sent"] is not None and email["activity_at"] == email["date_sent"]
        assert email["opens"] == []


def test_sender_is_required_except_for_drafts_and_sent_emails() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        for status in ("inbox", "outbox", "error"):
            answer = api.post("/activity/email/", json={"lead_id": lead["id"], "status": status})
            assert field_errors(answer) == {"sender": "This field is required."}, status
        assert _email(api, lead, status="draft")["sender"] is None
        sent = _email(api, lead, status="sent", date_sent="2024-05-01T08:00:00Z")
        assert sent["sender"] == api.user.email
        assert sent["date_sent"] == sent["activity_at"] == "2024-05-01T08:00:00.000000+00:00"
        assert "status" in field_errors(api.post("/activity/email/", json={"lead_id": lead["id"]}))


def test_a_received_email_is_logged_with_inbox() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        email = _email(
            api,
            lead,
            status="inbox",
            sender="them@example.com",
            body_html="<p>Hello</p><p>there</p>",
        )
        assert (email["status"], email["direction"]) == ("inbox", "incoming")
        assert email["body_text"] == "Hello\nthere" and email["body_preview"] == "Hello there"


def test_scheduled_needs_a_date_and_cancelling_goes_back_to_draft() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        assert field_errors(
            api.post(
                "/activity/email/",
                json={"lead_id": lead["id"], "status": "scheduled", "sender": "me@example.com"},
            )
        ) == {"date_scheduled": "This field is required."}
        email = _email(api, lead, status="scheduled", sender="me@example.com", date_scheduled=LATER)
        assert email["status"] == "scheduled" and email["date_sent"] is None
        url = f"/activity/email/{email['id']}/"
        refused = api.put(url, json={"subject": "changed"})
        assert "Only draft emails can be edited" in error(refused, 400)
        cancelled = ok(api.put(url, json={"status": "draft"}))
        assert (cancelled["status"], cancelled["date_scheduled"]) == ("draft", None)


def test_only_drafts_are_editable_and_a_draft_can_be_sent() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        draft = _email(api, lead, status="draft", subject="v1")
        url = f"/activity/email/{draft['id']}/"
        assert ok(api.put(url, json={"subject": "v2", "to": ["b@example.com"]}))["subject"] == "v2"
        assert field_errors(api.put(url, json={"status": "inbox"})) == {
            "status": "A draft can only become scheduled or outbox, not inbox."
        }
        assert field_errors(api.put(url, json={"status": "outbox"})) == {
            "sender": "This draft has no sender; it needs one to be outbox."
        }
        assert field_errors(api.put(url, json={"status": "scheduled", "sender": "me@x.io"})) == {
            "date_scheduled": "This draft has no date_scheduled; it needs one to be scheduled."
        }
        sent = ok(api.put(url, json={"status": "outbox", "sender": "me@example.com"}))
        assert sent["status"] == "sent" and sent["date_sent"] is not None
        for change in ({"subject": "v3"}, {"status": "draft"}, {}):
            assert "Only draft emails can be edited" in error(api.put(url, json=change), 400)
        assert ok(api.get(url))["subject"] == "v2"


def test_emails_form_threads_and_deleting_a_thread_deletes_its_emails() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        other = _lead(api)
        first = _email(api, lead, status="draft", subject="Offer")
        thread_id = first["thread_id"]
        reply = _email(api, lead, status="draft", subject="Re: Offer", thread_id=thread_id)
        assert field_errors(
            api.post(
                "/activity/email/",
                json={"lead_id": other["id"], "status": "draft", "thread_id": thread_id},
            )
        ) == {"thread_id": "Object does not exist on this lead."}
        thread = ok(api.get(f"/activity/emailthread/{thread_id}/"))
        assert (thread["_type"], thread["n_emails"]) == ("EmailThread", 2)
        assert [e["id"] for e in thread["emails"]] == [first["id"], reply["id"]]
        assert thread["latest_normalized_subject"] == "Offer"
        listed = ok(api.get("/activity/emailthread/", params={"lead_id": lead["id"]}))["data"]
        assert [t["id"] for t in listed] == [thread_id]
        assert ok(api.delete(f"/activity/emailthread/{thread_id}/")) == {}
        for email in (first, reply):
            assert error(api.get(f"/activity/email/{email['id']}/"), 404)


def test_deleting_the_last_email_of_a_thread_deletes_the_thread() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        email = _email(api, lead, status="draft")
        assert ok(api.delete(f"/activity/email/{email['id']}/")) == {}
        assert error(api.get(f"/activity/emailthread/{email['thread_id']}/"), 404)


def test_list_filters_and_deleting_the_lead() -> None:
    with emulator() as (_, (api,)):
        a = _lead(api, contacts=[{"name": "Ada"}])
        b = _lead(api)
        ada = a["contacts"][0]["id"]  # type: ignore[index]
        old = _email(api, a, status="sent", contact_id=ada, date_sent="2020-01-01T10:00:00Z")
        new = _email(api, b, status="draft")

        def ids(**params: str) -> list[str]:
            return [e["id"] for e in ok(api.get("/activity/email/", params=params))["data"]]

        assert ids() == [old["id"], new["id"]]
        assert ids(lead_id=a["id"]) == [old["id"]] and ids(contact_id=ada) == [old["id"]]
        assert ids(activity_at__lt="2021-01-01") == [old["id"]]
        ok(api.delete(f"/lead/{a['id']}/"))
        assert ids() == [new["id"]]
        threads = ok(api.get("/activity/emailthread/"))["data"]
        assert [t["id"] for t in threads] == [new["thread_id"]]
