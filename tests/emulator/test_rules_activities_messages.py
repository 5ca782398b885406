"""SMS, WhatsApp messages and meetings: their states, derived fields and refusals."""

from __future__ import annotations

from datetime import UTC, datetime

from closeext.emulator._records import Meeting
from tests.emulator._driver import Api, emulator, error, field_errors, ok


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def test_sms_direction_follows_the_status_unless_sent() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        received = ok(
            api.post(
                "/activity/sms/",
                json={
                    "lead_id": lead["id"],
                    "status": "inbox",
                    "text": "hi",
                    "remote_phone": "(650) 517-6539",
                },
            )
        )
        assert (received["_type"], received["direction"]) == ("SMS", "inbound")
        assert received["remote_phone"] == "+16505176539"
        assert (received["remote_phone_formatted"], received["remote_country_iso"]) == (
            "+1 650-517-6539",
            "US",
        )
        sent = ok(api.post("/activity/sms/", json={"lead_id": lead["id"], "status": "outbox"}))
        assert (sent["direction"], sent["status"]) == ("outbound", "sent")
        assert sent["date_sent"] is not None
        logged = ok(
            api.post(
                "/activity/sms/",
                json={"lead_id": lead["id"], "status": "sent", "direction": "inbound"},
            )
        )
        assert logged["direction"] == "inbound"


def test_sms_only_drafts_change_and_scheduled_ones_cancel() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        assert field_errors(
            api.post("/activity/sms/", json={"lead_id": lead["id"], "status": "scheduled"})
        ) == {"date_scheduled": "This field is required."}
        draft = ok(api.post("/activity/sms/", json={"lead_id": lead["id"], "status": "draft"}))
        url = f"/activity/sms/{draft['id']}/"
        assert ok(api.put(url, json={"text": "v2"}))["text"] == "v2"
        later = "2030-01-01T09:00:00Z"
        scheduled = ok(api.put(url, json={"status": "scheduled", "date_scheduled": later}))
        assert scheduled["activity_at"] == "2030-01-01T09:00:00.000000+00:00"
        assert "Only draft SMS messages can be edited" in error(
            api.put(url, json={"text": "v3"}), 400
        )
        assert ok(api.put(url, json={"status": "draft"}))["status"] == "draft"
        assert ok(api.delete(url)) == {}
        assert error(api.get(url), 404)


def _body(lead: dict[str, object]) -> dict[str, object]:
    contact = lead["contacts"][0]["id"]  # type: ignore[index]
    return {
        "lead_id": lead["id"],
        "contact_id": contact,
        "direction": "incoming",
        "external_whatsapp_message_id": "wamid.1",
        "local_phone": "+16505550100",
        "remote_phone": "650 555 0101",
        "message_markdown": "*Hi* <you>\n_soon_",
        "activity_at": "2024-01-02T03:04:05Z",
    }


def _whatsapp(api: Api, lead: dict[str, object], **body: object) -> dict[str, object]:
    sent = {key: value for key, value in (_body(lead) | body).items() if value is not None}
    answer: dict[str, object] = ok(api.post("/activity/whatsapp_message/", json=sent))
    return answer


def test_whatsapp_messages_are_logged_with_their_html_and_threads() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        other = _lead(api, contacts=[{"name": "Bob"}])
        first = _whatsapp(api, lead)
        assert first["_type"] == "WhatsAppMessage" and first["remote_phone"] == "+16505550101"
        assert first["message_html"] == "<p><strong>Hi</strong> &lt;you&gt;</p><p><em>soon</em></p>"
        reply = _whatsapp(
            api, lead, external_whatsapp_message_id="wamid.2", response_to_id=first["id"]
        )
        assert reply["response_to_id"] == first["id"]
        foreign = _whatsapp(api, other, external_whatsapp_message_id="wamid.3")
        assert field_errors(
            api.post(
                "/activity/whatsapp_message/",
                json={
                    "lead_id": lead["id"],
                    "contact_id": lead["contacts"][0]["id"],  # type: ignore[index]
                    "direction": "outgoing",
                    "external_whatsapp_message_id": "wamid.4",
                    "local_phone": "+16505550100",
                    "remote_phone": "+16505550101",
                    "message_markdown": "x",
                    "activity_at": "2024-01-02T03:04:05Z",
                    "response_to_id": foreign["id"],
                },
            )
        ) == {"response_to_id": "Object does not exist on this lead."}
        found = ok(
            api.get(
                "/activity/whatsapp_message/", params={"external_whatsapp_message_id": "wamid.2"}
            )
        )["data"]
        assert [m["id"] for m in found] == [reply["id"]]
        assert "contact_id" in field_errors(
            api.post("/activity/whatsapp_message/", json={"lead_id": lead["id"]})
        )
        # Close requires lead_id, and the contact must be one of that lead's.
        unplaced = api.post(
            "/activity/whatsapp_message/",
            json={k: v for k, v in _body(other).items() if k != "lead_id"},
        )
        assert field_errors(unplaced) == {"lead_id": "This field is required."}
        stranger = {"contact_id": "cont_" + "x" * 43, "external_whatsapp_message_id": "wamid.6"}
        refused = api.post("/activity/whatsapp_message/", json=_body(lead) | stranger)
        assert field_errors(refused) == {"contact_id": "Object does not exist on this lead."}


def _meeting(api: Api, lead_id: str) -> Meeting:
    start = datetime(2024, 3, 1, 10, tzinfo=UTC)
    meeting = Meeting(
        **api.org.stamp(api.user.id, "acti_" + "m" * 43),
        lead_id=lead_id,
        contact_id=None,
        user_id=api.user.id,
        title="Demo",
        starts_at=start,
        ends_at=start.replace(hour=11),
        status="completed",
        attendees=[],
        is_recurring=False,
        user_note_html=None,
        outcome_id=None,
        source="calendar",
        calendar_event_link=None,
        activity_at=start,
    )
    # Only Close makes meetings (calendar sync); the record stands in for one.
    api.org.insert("meetings", meeting)
    return meeting


def test_meetings_are_read_updated_and_deleted_but_never_created() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        meeting = _meeting(api, str(lead["id"]))
        url = f"/activity/meeting/{meeting.id}/"
        got = ok(api.get(url))
        assert (got["_type"], got["duration"], got["title"]) == ("Meeting", 3600, "Demo")
        assert api.post("/activity/meeting/", json={"lead_id": lead["id"]}).status_code == 405
        noted = ok(api.put(url, json={"user_note_html": "<p>went well</p>"}))
        assert noted["user_note_html"] == "<p>went well</p>"
        assert "OAuth" in error(api.post(f"{url}integration/", json={}), 403)
        missing = "/activity/meeting/acti_" + "x" * 43 + "/integration/"
        assert error(api.post(missing, json={}), 404)
        listed = ok(api.get("/activity/meeting/", params={"lead_id": lead["id"]}))["data"]
        assert [m["id"] for m in listed] == [meeting.id]
        assert ok(api.delete(url)) == {}
        assert error(api.get(url), 404)
