"""Call activities (``/activity/call/``): logged calls, their defaults and Close-made calls."""

from __future__ import annotations

from tests.emulator._driver import Api, emulator, error, field_errors, ok


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def test_a_logged_call_is_an_external_completed_outbound_call() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        call = ok(api.post("/activity/call/", json={"lead_id": lead["id"], "duration": 42}))
        assert call["_type"] == "Call" and call["id"].startswith("acti_")
        assert (call["direction"], call["status"], call["source"]) == (
            "outbound",
            "completed",
            "External",
        )
        assert (call["duration"], call["disposition"]) == (42, "answered")
        assert (call["user_id"], call["user_name"]) == (api.user.id, api.user.full_name)
        unanswered = ok(api.post("/activity/call/", json={"lead_id": lead["id"]}))
        assert unanswered["disposition"] is None and unanswered["duration"] == 0
        missed = ok(
            api.post(
                "/activity/call/",
                json={"lead_id": lead["id"], "direction": "inbound", "status": "no-answer"},
            )
        )
        assert (missed["direction"], missed["status"], missed["disposition"]) == (
            "inbound",
            "no-answer",
            None,
        )
        assert ok(api.get(f"/activity/call/{call['id']}/"))["duration"] == 42


def test_phones_are_normalised_as_contact_phones_are() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        call = ok(
            api.post(
                "/activity/call/",
                json={
                    "lead_id": lead["id"],
                    "phone": "(650) 517-6539",
                    "remote_phone": "+1 650 517 6539",
                    "local_phone": "not a number",
                },
            )
        )
        assert call["phone"] == call["remote_phone"] == "+16505176539"
        assert call["remote_phone_formatted"] == "+1 650-517-6539"
        assert call["local_phone"] == call["local_phone_formatted"] == "not a number"


def test_the_note_of_a_call_has_plain_and_rich_text() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        call = ok(api.post("/activity/call/", json={"lead_id": lead["id"], "note": "hi"}))
        assert call["note_html"] == "<body><p>hi</p></body>"
        changed = ok(api.put(f"/activity/call/{call['id']}/", json={"note_html": "<p>bye</p>"}))
        assert changed["note"] == "bye"


def test_bad_values_and_references_are_refused() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        other = _lead(api, contacts=[{"name": "Bob"}])
        assert "lead_id" in field_errors(api.post("/activity/call/", json={"duration": 1}))
        foreign = other["contacts"][0]["id"]  # type: ignore[index]
        assert field_errors(
            api.post("/activity/call/", json={"lead_id": lead["id"], "contact_id": foreign})
        ) == {"contact_id": "Object does not exist on this lead."}
        for bad in (
            {"direction": "sideways"},
            {"status": "done"},
            {"disposition": "maybe"},
            {"duration": -1},
            {"recording_url": "http://insecure.example/rec.mp3"},
        ):
            answer = api.post("/activity/call/", json={"lead_id": lead["id"], **bad})
            assert answer.status_code == 400, bad
        assert ok(api.get("/activity/call/", params={"lead_id": lead["id"]}))["data"] == []
        assert error(api.get("/activity/call/acti_" + "x" * 43 + "/"), 404) == (
            "Empty query: Activity matching query does not exist."
        )


def test_close_made_calls_keep_status_duration_and_direction() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        call = ok(api.post("/activity/call/", json={"lead_id": lead["id"], "duration": 5}))
        # Only Close makes these (its phone system); the emulator's record stands in.
        api.org.calls[call["id"]].source = "Close.io"
        url = f"/activity/call/{call['id']}/"
        for change in ({"status": "busy"}, {"duration": 6}, {"direction": "inbound"}):
            assert field_errors(api.put(url, json=change)) == {
                next(iter(change)): "Value cannot be changed."
            }
        same = ok(api.put(url, json={"duration": 5, "note": "kept", "disposition": "vm-left"}))
        assert (same["duration"], same["note"], same["disposition"]) == (5, "kept", "vm-left")
        external = ok(api.post("/activity/call/", json={"lead_id": lead["id"]}))
        moved = ok(api.put(f"/activity/call/{external['id']}/", json={"status": "busy"}))
        assert moved["status"] == "busy"


def test_the_list_filters_and_deleting_calls_or_their_lead() -> None:
    with emulator() as (_, (api,)):
        a = _lead(api, contacts=[{"name": "Ada"}])
        b = _lead(api)
        ada = a["contacts"][0]["id"]  # type: ignore[index]
        early = ok(
            api.post(
                "/activity/call/",
                json={"lead_id": a["id"], "contact_id": ada, "activity_at": "2020-01-01T10:00:00Z"},
            )
        )
        late = ok(api.post("/activity/call/", json={"lead_id": b["id"]}))

        def ids(**params: str) -> list[str]:
            return [c["id"] for c in ok(api.get("/activity/call/", params=params))["data"]]

        assert ids() == [early["id"], late["id"]]
        assert ids(lead_id=a["id"]) == [early["id"]]
        assert ids(contact_id=ada) == [early["id"]]
        assert ids(id__in=late["id"]) == [late["id"]]
        assert ids(activity_at__lt="2021-01-01") == [early["id"]]
        assert ids(date_created__gte="2021-01-01") == [early["id"], late["id"]]
        # Deleting the contact unlinks its calls; deleting the lead removes them.
        ok(api.delete(f"/contact/{ada}/"))
        assert ok(api.get(f"/activity/call/{early['id']}/"))["contact_id"] is None
        assert ok(api.delete(f"/activity/call/{late['id']}/")) == {}
        assert error(api.get(f"/activity/call/{late['id']}/"), 404)
        ok(api.delete(f"/lead/{a['id']}/"))
        assert ids() == []
        assert early["id"] not in api.org.calls
