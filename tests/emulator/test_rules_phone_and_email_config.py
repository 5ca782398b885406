"""Phone numbers, unsubscribed emails, send-as, connected accounts and dialers, over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from closeext.emulator._records import User
from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


@pytest.fixture
def colleague(api: Api) -> User:
    return api.org.add_user("Bea", "Colleague", "bea@example.test")


def rent(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(
        api.post(
            "/phone_number/request/internal/", json={"country": "US", "sharing": "personal", **body}
        ),
        201,
    )
    return answer


# -- phone numbers ----------------------------------------------------------------------


def test_a_rented_number_follows_country_prefix_and_sharing(api: Api) -> None:
    mine = rent(api, prefix="415")
    assert str(mine["number"]).startswith("+1415") and len(str(mine["number"])) == 12
    assert (mine["user_id"], mine["is_group_number"], mine["sms_enabled"]) == (
        api.user.id,
        False,
        True,
    )
    group = rent(api, country="GB", sharing="group")
    assert group["user_id"] is None and group["is_group_number"] is True
    assert (group["sms_enabled"], group["mms_enabled"]) == (True, False)
    listed = ok(api.get("/phone_number/", params={"is_group_number": "true"}))["data"]
    assert [n["id"] for n in listed] == [group["id"]]
    by_number = ok(api.get("/phone_number/", params={"number": mine["number_formatted"]}))["data"]
    assert [n["id"] for n in by_number] == [mine["id"]]
    assert [
        n["id"] for n in ok(api.get("/phone_number/", params={"user_id": api.user.id}))["data"]
    ] == [mine["id"]]


def test_renting_where_only_voice_numbers_exist_answers_has_voice_only(api: Api) -> None:
    body = {"country": "NZ", "sharing": "personal", "with_sms": True}
    response = api.post("/phone_number/request/internal/", json=body)
    assert response.status_code == 400 and response.json()["status"] == "has-voice-only"
    voice = rent(api, country="NZ")
    assert (voice["sms_enabled"], voice["mms_enabled"]) == (False, False)
    assert (
        api.post(
            "/phone_number/request/internal/", json={**body, "with_sms": False, "with_mms": True}
        ).status_code
        == 400
    )


def test_group_numbers_need_the_manage_permission_and_personal_ones_their_owner(
    api: Api, colleague: User
) -> None:
    mine = rent(api)
    group = rent(api, sharing="group")
    api.user.role_id = "user"
    assert error(
        api.post("/phone_number/request/internal/", json={"country": "US", "sharing": "group"}), 403
    )
    assert error(api.put(f"/phone_number/{group['id']}/", json={"label": "x"}), 403)
    assert ok(api.put(f"/phone_number/{mine['id']}/", json={"label": "Desk"}))["label"] == "Desk"
    api.user.role_id = "admin"
    api.org.phone_numbers[mine["id"]].user_id = colleague.id  # type: ignore[attr-defined]
    assert error(api.delete(f"/phone_number/{mine['id']}/"), 403)


def test_group_settings_exist_only_on_group_numbers(api: Api, colleague: User) -> None:
    mine = rent(api)
    group = rent(api, sharing="group")
    assert set(
        field_errors(api.put(f"/phone_number/{mine['id']}/", json={"participants": [colleague.id]}))
    ) == {"participants"}
    body = {
        "participants": [colleague.id],
        "phone_numbers": ["650 555 0100"],
        "forward_to": "+1 650 555 0199",
        "forward_to_enabled": True,
    }
    changed = ok(api.put(f"/phone_number/{group['id']}/", json=body))
    assert changed["participants"] == [colleague.id] and changed["phone_numbers"] == [
        "+16505550100"
    ]
    assert (changed["forward_to"], changed["forward_to_formatted"]) == (
        "+16505550199",
        "+1 650-555-0199",
    )
    assert "participants" in field_errors(
        api.put(f"/phone_number/{group['id']}/", json={"participants": ["user_nope"]})
    )
    assert (
        api.put(
            f"/phone_number/{group['id']}/", json={"voicemail_greeting_url": "http://x.test/a.mp3"}
        ).status_code
        == 400
    )
    assert ok(api.delete(f"/phone_number/{group['id']}/")) == {}
    assert api.get(f"/phone_number/{group['id']}/").status_code == 404


# -- unsubscribed emails ----------------------------------------------------------------


def test_an_unsubscribed_address_shows_on_every_contact_until_resubscribed(api: Api) -> None:
    lead = ok(
        api.post(
            "/lead/", json={"name": "A", "contacts": [{"emails": [{"email": "Ann@Example.test"}]}]}
        )
    )
    contact_id = lead["contacts"][0]["id"]
    first = ok(api.post("/unsubscribe/email/", json={"email": "ANN@example.test"}), 201)
    assert first["email"] == "ann@example.test"
    assert ok(api.post("/unsubscribe/email/", json={"email": "ann@example.test"}), 201) == first
    assert ok(api.get(f"/contact/{contact_id}/"))["emails"][0]["is_unsubscribed"] is True
    assert [u["email"] for u in ok(api.get("/unsubscribe/email/"))["data"]] == ["ann@example.test"]
    assert ok(api.delete("/unsubscribe/email/Ann@Example.test/")) == {}
    assert ok(api.get(f"/contact/{contact_id}/"))["emails"][0]["is_unsubscribed"] is False
    assert api.delete("/unsubscribe/email/ann@example.test/").status_code == 404


# -- send-as ----------------------------------------------------------------------------


def test_send_as_is_granted_and_revoked_by_the_allowing_member_only(
    api: Api, colleague: User
) -> None:
    me = api.user.id
    body = {"allowing_user_id": me, "allowed_user_id": colleague.id}
    association = ok(api.post("/send_as/", json=body), 201)
    assert "allowed_user_id" in field_errors(api.post("/send_as/", json=body))
    assert "allowed_user_id" in field_errors(
        api.post("/send_as/", json={**body, "allowed_user_id": me})
    )
    assert error(
        api.post("/send_as/", json={"allowing_user_id": colleague.id, "allowed_user_id": me}), 403
    )
    assert [a["id"] for a in ok(api.get("/send_as/"))["data"]] == [association["id"]]
    assert error(api.get("/send_as/", params={"allowing_user_id": colleague.id}), 403)
    assert ok(api.get("/send_as/", params={"allowed_user_id": me}))["data"] == []
    assert ok(api.get(f"/send_as/{association['id']}/"))["allowed_user_id"] == colleague.id
    query = {"allowing_user_id": me, "allowed_user_id": colleague.id}
    assert api.delete("/send_as/", params=query).status_code == 204
    assert api.delete("/send_as/", params=query).status_code == 404
    assert api.get(f"/send_as/{association['id']}/").status_code == 404


def test_the_allowed_member_sees_but_cannot_revoke(api: Api, colleague: User) -> None:
    association = ok(
        api.post(
            "/send_as/", json={"allowing_user_id": api.user.id, "allowed_user_id": colleague.id}
        ),
        201,
    )
    record = api.org.send_as[association["id"]]  # type: ignore[attr-defined]
    record.allowing_user_id, record.allowed_user_id = colleague.id, api.user.id
    assert (
        ok(api.get("/send_as/", params={"allowed_user_id": api.user.id}))["data"][0]["id"]
        == association["id"]
    )
    assert error(api.delete(f"/send_as/{association['id']}/"), 403)
    record.allowed_user_id = colleague.id  # neither member is the caller now
    assert api.get(f"/send_as/{association['id']}/").status_code == 404


def test_send_as_in_bulk_answers_every_association_of_the_caller(api: Api, colleague: User) -> None:
    third = api.org.add_user("Cid", "Third", "cid@example.test")
    done = ok(api.post("/send_as/bulk/", json={"allow_user_ids": [colleague.id, third.id]}))
    assert {a["allowed_user_id"] for a in done["data"]} == {colleague.id, third.id}
    done = ok(
        api.post(
            "/send_as/bulk/",
            json={"disallow_user_ids": [third.id], "allow_user_ids": [colleague.id]},
        )
    )
    assert [a["allowed_user_id"] for a in done["data"]] == [colleague.id]
    assert (
        api.post(
            "/send_as/bulk/", json={"allow_user_ids": [third.id], "disallow_user_ids": [third.id]}
        ).status_code
        == 400
    )
    assert "allow_user_ids" in field_errors(
        api.post("/send_as/bulk/", json={"allow_user_ids": ["user_nope"]})
    )


# -- connected accounts and dialers -----------------------------------------------------


def test_each_member_starts_with_a_connected_google_account(api: Api) -> None:
    accounts = ok(api.get("/connected_account/"))["data"]
    assert [(a["_type"], a["user_id"], a["email"]) for a in accounts] == [
        ("google", api.user.id, api.user.email)
    ]
    one = ok(api.get(f"/connected_account/{accounts[0]['id']}/", params={"_fields": "id,email"}))
    assert one == {"id": accounts[0]["id"], "email": api.user.email}
    assert ok(api.get("/connected_account/", params={"user_id": "user_nobody"}))["data"] == []


def test_dialer_sessions_filter_by_status_source_member_and_organization(api: Api) -> None:
    (session,) = ok(api.get("/dialer/"))["data"]
    assert (session["type"], session["status"], session["user_ids"]) == (
        "power",
        "ended",
        [api.user.id],
    )
    assert ok(api.get(f"/dialer/{session['id']}/"))["source_type"] == "shared-entry"
    for params, count in (
        ({"status__in": "active,paused"}, 0),
        ({"status": "ended", "user_id": api.user.id}, 1),
        ({"source_type": "saved-search"}, 0),
        ({"source_value": session["source_value"]}, 1),
        ({"organization_id": api.org.id}, 1),
        ({"organization_id": "orga_other"}, 0),
    ):
        assert len(ok(api.get("/dialer/", params=params))["data"]) == count, params


# -- forms ------------------------------------------------------------------------------


def test_a_new_organization_has_one_form_whose_field_ids_key_submissions(api: Api) -> None:
    (form,) = ok(api.get("/form/"))["data"]
    assert form["name"] == "Contact us"
    assert [(f["name"], f["required"]) for f in form["fields"]] == [
        ("Name", True),
        ("Email", True),
        ("Message", False),
    ]
    assert all(f["id"].startswith("formfld_") for f in form["fields"])
    assert ok(api.get(f"/form/{form['id']}/", params={"_fields": "id,name"})) == {
        "id": form["id"],
        "name": "Contact us",
    }
    assert api.get("/form/form_nope/").status_code == 404
    name_id, email_id = form["fields"][0]["id"], form["fields"][1]["id"]
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    body = {
        "lead_id": lead["id"],
        "form_id": form["id"],
        "values": {name_id: "Ann", email_id: "a@x.test"},
    }
    control = "http://emulator.test/_emulator/inject/form_submission/"
    submitted = ok(api.post(control, json=body, headers={"X-Closeext-Emulator-Control": "1"}))[
        "record"
    ]
    assert submitted["values_by_name"] == {"Name": "Ann", "Email": "a@x.test"}
    assert submitted["form_name"] == "Contact us"


# -- the event log ----------------------------------------------------------------------


def test_changes_of_these_families_are_recorded_with_their_object_types(api: Api) -> None:
    number = rent(api)
    ok(api.put(f"/phone_number/{number['id']}/", json={"label": "Desk"}))
    ok(api.post("/unsubscribe/email/", json={"email": "ann@example.test"}), 201)
    ok(api.delete("/unsubscribe/email/ann@example.test/"))
    ok(api.post("/outcome/", json={"name": "Interested"}), 201)
    body = {"reject_anonymous_inbound_calls": True}
    ok(api.put("/blocked_phone_number/settings/", json=body))
    events = ok(api.get("/event/", params={"user_id": api.user.id}))["data"]
    kinds = [(e["object_type"], e["action"]) for e in events]
    assert kinds[:4] == [
        ("blocked_phone_number_settings", "created"),
        ("outcome", "created"),
        ("unsubscribed_email", "deleted"),
        ("unsubscribed_email", "created"),
    ]
    assert ("phone_number", "updated") in kinds and ("phone_number", "created") in kinds
    updated = next(e for e in events if e["action"] == "updated")
    assert updated["changed_fields"] == ["label"] and updated["data"]["label"] == "Desk"
    created = next(e for e in events if e["object_type"] == "unsubscribed_email")
    assert created["object_id"] == "ann@example.test"
