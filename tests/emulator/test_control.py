"""The emulator's control surface: its clock, and the objects only Close makes.

Over HTTP under ``/_emulator/`` (only with the control header, never under ``/api/v1/``)
and in Python as ``app.state.emulator.control``.
"""

from __future__ import annotations

from typing import Any

import pytest

from closeext.emulator import create_app
from closeext.emulator._control import Control
from tests.emulator._driver import Api, emulator, error, field_errors, ok

CONTROL = "http://emulator.test/_emulator/"
HEADER = {"X-Closeext-Emulator-Control": "1"}


def _control(api: Api) -> Control:
    control: Control = api.app.state.emulator.control  # type: ignore[attr-defined]
    return control


def _inject(api: Api, kind: str, **body: Any) -> dict[str, Any]:
    answer: dict[str, Any] = ok(api.post(f"{CONTROL}inject/{kind}/", headers=HEADER, json=body))
    return answer


def _lead(api: Api) -> str:
    return str(ok(api.post("/lead/", json={"name": "Acme"}))["id"])


def test_the_surface_refuses_requests_without_its_header_and_is_not_in_the_api() -> None:
    with emulator() as (_, (api,)):
        refused = api.get(f"{CONTROL}clock/")
        assert "X-Closeext-Emulator-Control: 1" in error(refused, 403)
        assert error(api.post(f"{CONTROL}clock/advance/", json={"seconds": 5}), 403)
        # Under Close's base path it does not exist at all.
        assert error(api.get("/_emulator/clock/", headers=HEADER), 404)
        assert error(api.get(f"{CONTROL}nothing/", headers=HEADER), 404)
        assert error(api.get(f"{CONTROL}clock/advance/", headers=HEADER), 405)
        assert "call" in error(api.post(f"{CONTROL}inject/fax/", headers=HEADER, json={}), 404)
        index = ok(api.get(CONTROL, headers=HEADER))
        assert {"meeting", "form_submission", "call", "email", "sms"} <= set(index["kinds"])
        assert index["kinds"]["email"]["schema"]["required"] == ["lead_id", "sender"]


def test_the_clock_moves_forward_over_http_and_in_python() -> None:
    with emulator() as (_, (api,)):
        frozen = ok(api.post(f"{CONTROL}clock/freeze/", headers=HEADER))
        assert frozen["frozen"] is True
        later = ok(api.post(f"{CONTROL}clock/advance/", headers=HEADER, json={"seconds": 86400}))
        assert later["offset_seconds"] >= 86399
        target = "2031-05-06T07:08:09+00:00"
        assert ok(api.post(f"{CONTROL}clock/travel/", headers=HEADER, json={"to": target}))[
            "now"
        ].startswith("2031-05-06T07:08:09")
        # What the API stamps follows the clock.
        lead = ok(api.post("/lead/", json={"name": "Later"}))
        assert lead["date_created"].startswith("2031-05-06T07:08:09")
        past = api.post(f"{CONTROL}clock/travel/", headers=HEADER, json={"to": "2020-01-01"})
        assert "past" in error(past)
        assert error(api.post(f"{CONTROL}clock/advance/", headers=HEADER, json={"seconds": -1}))
        control = _control(api)
        assert control.advance(60)["now"].startswith("2031-05-06T07:09:09")
        assert control.thaw()["frozen"] is False
        assert ok(api.get(f"{CONTROL}clock/", headers=HEADER))["frozen"] is False


def test_a_missed_inbound_call_raises_a_missed_call_task_and_stays_as_close_made_it() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        missed = _inject(api, "call", lead_id=lead_id, remote_phone="+1 650 517 6539")
        call = missed["record"]
        assert (call["source"], call["direction"], call["disposition"]) == (
            "Close.io",
            "inbound",
            "no-answer",
        )
        (task,) = missed["tasks"]
        assert (task["_type"], task["object_type"], task["object_id"]) == (
            "missed_call",
            "call",
            call["id"],
        )
        assert task["phone"] == "+16505176539" and task["view"] == "inbox"
        listed = ok(api.get("/task/", params={"_type": "missed_call"}))["data"]
        assert [t["id"] for t in listed] == [task["id"]]
        # Without _type a list holds lead tasks only.
        assert ok(api.get("/task/"))["data"] == []
        # A call made through Close's phone system keeps its status and duration.
        refused = api.put(f"/activity/call/{call['id']}/", json={"duration": 30})
        assert field_errors(refused) == {"duration": "Value cannot be changed."}
        assert (
            ok(api.get("/activity/call/", params={"lead_id": lead_id}))["data"][0]["id"]
            == (call["id"])
        )


def test_a_voicemail_raises_a_voicemail_task_and_an_answered_call_none() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        voicemail = _inject(
            api,
            "call",
            lead_id=lead_id,
            remote_phone="+16505176539",
            voicemail_url="https://example.com/vm.mp3",
            voicemail_duration=12,
        )
        (task,) = voicemail["tasks"]
        assert task["_type"] == "voicemail"
        assert (task["voicemail_url"], task["voicemail_duration"]) == (
            "https://example.com/vm.mp3",
            12,
        )
        answered = _inject(api, "call", lead_id=lead_id, duration=95, remote_phone="+16505176539")
        assert answered["record"]["disposition"] == "answered" and answered["tasks"] == []
        outbound = _inject(api, "call", lead_id=lead_id, direction="outbound")
        assert outbound["tasks"] == [] and outbound["record"]["status"] == "no-answer"
        insecure = {"lead_id": lead_id, "voicemail_url": "http://example.com/vm.mp3"}
        refused = api.post(f"{CONTROL}inject/call/", headers=HEADER, json=insecure)
        assert set(field_errors(refused)) == {"voicemail_url"}


def test_incoming_emails_raise_one_task_per_thread_that_collects_them() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        first = _inject(api, "email", lead_id=lead_id, sender="ann@example.com", subject="Hi")
        email = first["record"]
        assert (email["status"], email["direction"]) == ("inbox", "incoming")
        (task,) = first["tasks"]
        assert (task["_type"], task["object_id"], task["emails"]) == (
            "incoming_email",
            email["thread_id"],
            [email["id"]],
        )
        reply = _inject(
            api,
            "email",
            lead_id=lead_id,
            sender="ann@example.com",
            subject="Re: Hi",
            thread_id=email["thread_id"],
        )
        (same,) = reply["tasks"]
        assert same["id"] == task["id"]
        assert same["emails"] == [email["id"], reply["record"]["id"]]
        thread = ok(api.get(f"/activity/emailthread/{email['thread_id']}/"))
        assert thread["n_emails"] == 2
        # Once the task is done, the next email raises a new one.
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))
        third = _inject(
            api, "email", lead_id=lead_id, sender="ann@example.com", thread_id=email["thread_id"]
        )
        assert third["tasks"][0]["id"] != task["id"]
        other = _lead(api)
        stranger = api.post(
            f"{CONTROL}inject/email/",
            headers=HEADER,
            json={"lead_id": other, "sender": "x@example.com", "thread_id": email["thread_id"]},
        )
        assert field_errors(stranger) == {"thread_id": "Object does not exist on this lead."}


def test_an_incoming_sms_raises_an_incoming_sms_task() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        got = _inject(api, "sms", lead_id=lead_id, remote_phone="+16505176539", text="Call me")
        sms = got["record"]
        assert (sms["status"], sms["direction"], sms["text"]) == ("inbox", "inbound", "Call me")
        (task,) = got["tasks"]
        assert (task["_type"], task["object_id"], task["remote_phone"]) == (
            "incoming_sms",
            sms["id"],
            "+16505176539",
        )
        refused = api.post(f"{CONTROL}inject/sms/", headers=HEADER, json={"lead_id": lead_id})
        assert field_errors(refused) == {"remote_phone": "This field is required."}


def test_injection_checks_its_references_and_needs_an_api_key() -> None:
    with emulator(2) as (_, (api, other)):
        lead_id = _lead(api)
        foreign = ok(other.post("/lead/", json={"name": "Theirs", "contacts": [{"name": "Bo"}]}))
        unknown = api.post(
            f"{CONTROL}inject/meeting/", headers=HEADER, json={"lead_id": foreign["id"]}
        )
        assert field_errors(unknown) == {"lead_id": "Object does not exist."}
        elsewhere = api.post(
            f"{CONTROL}inject/meeting/",
            headers=HEADER,
            json={"lead_id": lead_id, "contact_id": foreign["contacts"][0]["id"]},
        )
        assert field_errors(elsewhere) == {"contact_id": "Object does not exist on this lead."}
        anonymous = api.post(
            f"{CONTROL}inject/meeting/", headers=HEADER, json={"lead_id": lead_id}, auth=None
        )
        assert "API key" in error(anonymous, 401)
        with pytest.raises(ValueError, match="API keys"):
            _control(api).inject("meeting", {"lead_id": lead_id})
        with pytest.raises(KeyError):
            _control(api).inject("fax", {"lead_id": lead_id}, api_key="rules-test-key-0")


def test_python_injection_is_the_same_as_http() -> None:
    app = create_app(api_keys=["only-key"])
    control: Control = app.state.emulator.control
    org, _ = control.organization(None)
    lead = org.new_lead(next(iter(org.users)), "Direct")
    org.insert("leads", lead)
    made = control.inject("form_submission", {"lead_id": lead.id, "form_id": "form_1"})
    assert made.record["_type"] == "FormSubmission" and made.tasks == []
    assert made.record["id"] in org.form_submissions


def test_meetings_are_searched_by_calendar_event_and_integrations_need_oauth() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        meeting = _inject(
            api,
            "meeting",
            lead_id=lead_id,
            title="Demo",
            starts_at="2024-03-01T10:00:00Z",
            ends_at="2024-03-01T11:00:00Z",
            provider_calendar_event_id="evt-1",
            provider_calendar_ids=["cal-a"],
            provider_calendar_type="google",
        )["record"]
        assert (meeting["duration"], meeting["status"], meeting["source"]) == (
            3600,
            "completed",
            "calendar",
        )
        _inject(api, "meeting", lead_id=lead_id, provider_calendar_event_id="evt-2")

        def search(**params: str) -> list[str]:
            return [m["id"] for m in ok(api.get("/activity/meeting/", params=params))["data"]]

        assert search(provider_calendar_event_id="evt-1") == [meeting["id"]]
        assert search(provider_calendar_event_id="evt-1", provider_calendar_id="cal-b") == []
        assert search(provider_calendar_event_id="evt-1", starts_at__gte="2024-03-01") == [
            meeting["id"]
        ]
        assert search(provider_calendar_event_id="evt-1", starts_at__lt="2024-03-01") == []
        assert search(provider_calendar_event_id="evt-1", provider_calendar_type="google") == [
            meeting["id"]
        ]
        alone = api.get("/activity/meeting/", params={"provider_calendar_id": "cal-a"})
        assert "provider_calendar_event_id" in error(alone)
        url = f"/activity/meeting/{meeting['id']}/integration/"
        assert "OAuth" in error(api.post(url, json={"tab": "x"}), 403)
        token = ok(api.post(f"{CONTROL}oauth_token/", headers=HEADER))["access_token"]
        as_app = api.post(
            url, json={"tab": "x"}, auth=None, headers={"Authorization": f"Bearer {token}"}
        )
        assert ok(as_app) == {}
        assert api.org.meetings[meeting["id"]].integration == {"tab": "x"}
        # The token is no API key: Basic auth with it is refused.
        assert error(api.get("/me/", auth=(token, "")), 401)


def test_injected_objects_reach_the_event_log_as_changes_no_user_made() -> None:
    with emulator() as (_, (api,)):
        lead_id = _lead(api)
        missed = _inject(api, "call", lead_id=lead_id, remote_phone="+16505176539")
        events = ok(api.get("/event/", params={"lead_id": lead_id}))["data"]
        injected = [
            e
            for e in events
            if e["object_id"] in {missed["record"]["id"], missed["tasks"][0]["id"]}
        ]
        assert sorted((e["object_type"], e["action"]) for e in injected) == [
            ("activity.call", "created"),
            ("task.missed_call", "created"),
        ]
        assert {e["user_id"] for e in injected} == {None}
        assert len({e["request_id"] for e in injected}) == 1
