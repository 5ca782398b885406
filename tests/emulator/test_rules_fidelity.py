"""What real Close records and real clients show on the families we already had."""

from __future__ import annotations

import datetime as dt

from tests.emulator._driver import Api, emulator, field_errors, ok


def _statuses(api: Api) -> dict[str, str]:
    return {s["label"]: s["id"] for s in ok(api.get("/status/opportunity/"))["data"]}


def test_leads_carry_the_deprecated_custom_object_and_accept_it() -> None:
    with emulator() as (_, (api,)):
        tier = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
        seats = ok(api.post("/custom_field/lead/", json={"name": "Seats", "type": "number"}))
        lead = ok(api.post("/lead/", json={"name": "A", "custom": {"Tier": "gold", "Seats": 5}}))
        assert lead["custom"] == {"Tier": "gold", "Seats": 5}
        assert lead[f"custom.{tier['id']}"] == "gold" and lead[f"custom.{seats['id']}"] == 5
        # An explicit custom.<id> key wins over the deprecated object for the same field.
        changed = ok(
            api.put(
                f"/lead/{lead['id']}/",
                json={"custom": {"Tier": "silver"}, f"custom.{tier['id']}": "bronze"},
            )
        )
        assert changed["custom"] == {"Tier": "bronze", "Seats": 5}
        assert field_errors(api.put(f"/lead/{lead['id']}/", json={"custom": {"Nope": 1}})) == {
            "custom.Nope": 'The Custom Field "Nope" does not exist.'
        }
        assert ok(api.post("/lead/", json={"name": "B"}))["custom"] == {}
        # _fields=custom names the custom.cf_… keys; the deprecated object comes by default.
        only = ok(api.get(f"/lead/{lead['id']}/", params={"_fields": "custom"}))
        assert set(only) == {f"custom.{tier['id']}", f"custom.{seats['id']}"}


def test_a_count_alone_with_limit_zero_and_total_results() -> None:
    with emulator() as (_, (api,)):
        for name in ("A", "B", "C"):
            ok(api.post("/lead/", json={"name": name}))
        counted = ok(api.get("/lead/", params={"_limit": 0, "_fields": "id"}))
        assert counted == {"data": [], "has_more": False, "total_results": 3}
        page = ok(api.get("/lead/", params={"_limit": 2}))
        assert (page["has_more"], page["total_results"]) == (True, 3)


def test_invalid_contact_emails_are_refused() -> None:
    with emulator() as (_, (api,)):
        lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
        refused = api.post("/contact/", json={"lead_id": lead, "emails": [{"email": "nope"}]})
        assert refused.status_code == 400 and "emails" in refused.json()["field-errors"]
        nested = api.post("/lead/", json={"name": "B", "contacts": [{"emails": [{"email": "x"}]}]})
        assert nested.status_code == 400
        assert ok(api.get("/contact/"))["data"] == []
        kept = ok(api.post("/contact/", json={"lead_id": lead, "emails": [{"email": "a@b.co"}]}))
        assert kept["emails"][0]["email"] == "a@b.co"


def test_opportunities_record_the_day_they_were_lost() -> None:
    with emulator() as (_, (api,)):
        statuses = _statuses(api)
        lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
        opp = ok(api.post("/opportunity/", json={"lead_id": lead}))
        assert (opp["date_won"], opp["date_lost"]) == (None, None)
        lost = ok(api.put(f"/opportunity/{opp['id']}/", json={"status_id": statuses["Lost"]}))
        assert lost["date_lost"] == dt.datetime.now(dt.UTC).date().isoformat()


def test_users_carry_what_real_user_records_carry() -> None:
    with emulator() as (_, (api,)):
        (user,) = ok(api.get("/user/"))["data"]
        assert user["organizations"] == [api.org.id]
        assert {"last_used_timezone", "email_verified_at", "google_profile_image_url"} <= set(user)
        me = ok(api.get("/me/"))
        assert me["organizations"][0]["id"] == api.org.id  # /me/ nests whole organizations
