"""Contacts and opportunities: parents, lists, statuses, money, ``date_won``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def new_pipeline(api: Api, name: str, *statuses: tuple[str, str]) -> dict[str, Any]:
    pipeline = ok(api.post("/pipeline/", json={"name": name}), 201)
    for label, kind in statuses:
        ok(
            api.post(
                "/status/opportunity/",
                json={"label": label, "type": kind, "pipeline_id": pipeline["id"]},
            )
        )
    return pipeline


def opp_statuses(api: Api) -> dict[str, str]:
    pipeline = ok(api.get("/pipeline/"))["data"][0]  # the default "Sales" pipeline
    return {s["label"]: s["id"] for s in pipeline["statuses"]}


# -- contacts ---------------------------------------------------------------------------


def test_contact_without_lead_creates_a_lead_named_after_it(api: Api) -> None:
    contact = ok(api.post("/contact/", json={"name": "Solo Person"}))
    lead = ok(api.get(f"/lead/{contact['lead_id']}/"))
    assert lead["name"] == "Solo Person"
    assert [c["id"] for c in lead["contacts"]] == [contact["id"]]


def test_contact_on_unknown_lead_is_a_field_error(api: Api) -> None:
    assert "lead_id" in field_errors(api.post("/contact/", json={"lead_id": "lead_x"}))
    assert ok(api.get("/lead/"))["data"] == []


def test_contact_lists_filter_by_lead_and_put_replaces_lists(api: Api) -> None:
    a = ok(api.post("/lead/", json={"name": "A", "contacts": [{"name": "a1"}, {"name": "a2"}]}))
    ok(api.post("/lead/", json={"name": "B", "contacts": [{"name": "b1"}]}))
    listed = ok(api.get("/contact/", params={"lead_id": a["id"]}))["data"]
    assert [c["name"] for c in listed] == ["a1", "a2"]
    assert len(ok(api.get("/contact/"))["data"]) == 3
    contact_id = listed[0]["id"]
    ok(
        api.put(
            f"/contact/{contact_id}/",
            json={"emails": [{"email": "x@y.example"}], "urls": [{"url": "https://y.example"}]},
        )
    )
    updated = ok(api.put(f"/contact/{contact_id}/", json={"title": "CEO"}))
    assert updated["title"] == "CEO" and updated["name"] == "a1"
    assert [e["email"] for e in updated["emails"]] == ["x@y.example"]
    assert updated["urls"][0]["url"] == "https://y.example"
    phones = ok(
        api.put(
            f"/contact/{contact_id}/",
            json={
                "phones": [
                    {"phone": "(800) 444-5555"},
                    {"phone": "+44 20 7946 0000"},
                    {"phone": "ext. 12"},
                ]
            },
        )
    )["phones"]
    # Close stores E.164; what cannot be parsed is kept as sent (the spec accepts it).
    assert [(p["phone"], p["phone_formatted"], p["country"]) for p in phones] == [
        ("+18004445555", "+1 800-444-5555", "US"),
        ("+442079460000", "+442079460000", None),
        ("ext. 12", "ext. 12", None),
    ]
    assert [p["type"] for p in phones] == ["office"] * 3


def test_deleting_a_contact_removes_it_from_its_lead(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A", "contacts": [{"name": "a1"}]}))
    contact_id = lead["contacts"][0]["id"]
    opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"], "contact_id": contact_id}))
    assert ok(api.delete(f"/contact/{contact_id}/")) == {}
    assert ok(api.get(f"/lead/{lead['id']}/"))["contacts"] == []
    assert ok(api.get(f"/opportunity/{opp['id']}/"))["contact_id"] is None
    assert api.delete(f"/contact/{contact_id}/").status_code == 404


# -- opportunities ----------------------------------------------------------------------


def test_opportunity_without_lead_gets_an_untitled_lead(api: Api) -> None:
    opp = ok(api.post("/opportunity/", json={"note": "n"}))
    lead = ok(api.get(f"/lead/{opp['lead_id']}/"))
    assert lead["name"] == "Untitled"
    assert [o["id"] for o in lead["opportunities"]] == [opp["id"]]


def test_default_status_is_the_first_of_the_pipeline(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    assert ok(api.post("/opportunity/", json={"lead_id": lead}))["status_label"] == "Active"
    other = new_pipeline(api, "Renewals", ("Open", "active"), ("Done", "won"))
    opp = ok(api.post("/opportunity/", json={"lead_id": lead, "pipeline_id": other["id"]}))
    assert (opp["status_label"], opp["pipeline_id"], opp["pipeline_name"]) == (
        "Open",
        other["id"],
        "Renewals",
    )


def test_status_outside_the_pipeline_is_400(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    other = new_pipeline(api, "P2", ("Open", "active"))
    won = opp_statuses(api)["Won"]
    errors = field_errors(
        api.post(
            "/opportunity/", json={"lead_id": lead, "pipeline_id": other["id"], "status_id": won}
        )
    )
    assert "status_id" in errors
    assert "pipeline_id" in field_errors(
        api.post("/opportunity/", json={"lead_id": lead, "pipeline_id": "pipe_nope"})
    )
    assert ok(api.get("/opportunity/"))["data"] == []


def test_money_fields_are_cents_with_derived_values(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    monthly = ok(
        api.post(
            "/opportunity/",
            json={"lead_id": lead, "value": 5000, "value_period": "monthly", "confidence": 50},
        )
    )
    assert monthly["value"] == 5000 and monthly["value_formatted"] == "$50 monthly"
    assert monthly["annualized_value"] == 60000
    assert monthly["expected_value"] == 2500
    assert monthly["annualized_expected_value"] == 30000
    once = ok(api.post("/opportunity/", json={"lead_id": lead, "value": 100050}))
    assert once["value_formatted"] == "$1,000.50" and once["annualized_value"] == 100050
    assert once["confidence"] == 0 and once["expected_value"] == 0
    assert "confidence" in field_errors(
        api.post("/opportunity/", json={"lead_id": lead, "confidence": 101})
    )


def test_moving_to_won_sets_date_won_once(api: Api) -> None:
    ids = opp_statuses(api)
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    opp = ok(api.post("/opportunity/", json={"lead_id": lead}))
    assert opp["date_won"] is None
    won = ok(api.put(f"/opportunity/{opp['id']}/", json={"status_id": ids["Won"]}))
    assert won["date_won"] == datetime.now(UTC).date().isoformat()
    assert won["status_type"] == "won"
    back = ok(api.put(f"/opportunity/{opp['id']}/", json={"status_id": ids["Active"]}))
    assert back["date_won"] == won["date_won"]  # moving back leaves it alone
    explicit = ok(
        api.post(
            "/opportunity/",
            json={"lead_id": lead, "status_id": ids["Won"], "date_won": "2020-01-02"},
        )
    )
    assert explicit["date_won"] == "2020-01-02"


def test_opportunity_contact_must_be_on_the_same_lead(api: Api) -> None:
    a = ok(api.post("/lead/", json={"name": "A"}))["id"]
    b = ok(api.post("/lead/", json={"name": "B", "contacts": [{"name": "b"}]}))
    errors = field_errors(
        api.post("/opportunity/", json={"lead_id": a, "contact_id": b["contacts"][0]["id"]})
    )
    assert "contact_id" in errors
    opp = ok(
        api.post("/opportunity/", json={"lead_id": b["id"], "contact_id": b["contacts"][0]["id"]})
    )
    assert opp["contact_name"] == "b"


def test_opportunity_list_filters(api: Api) -> None:
    ids = opp_statuses(api)
    a = ok(api.post("/lead/", json={"name": "A"}))["id"]
    b = ok(api.post("/lead/", json={"name": "B"}))["id"]
    ok(api.post("/opportunity/", json={"lead_id": a}))
    ok(api.post("/opportunity/", json={"lead_id": b, "status_id": ids["Lost"]}))
    assert len(ok(api.get("/opportunity/", params={"lead_id": a}))["data"]) == 1
    lost = ok(api.get("/opportunity/", params={"status_id": ids["Lost"]}))["data"]
    assert [o["lead_id"] for o in lost] == [b]
    assert ok(api.delete(f"/opportunity/{lost[0]['id']}/")) == {}
    assert ok(api.get(f"/lead/{b}/"))["opportunities"] == []


def test_opportunity_can_be_unassigned_and_reassigned(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    opp = ok(api.post("/opportunity/", json={"lead_id": lead}))
    assert opp["user_id"] == api.user.id and opp["user_name"] == api.user.full_name
    unassigned = ok(api.put(f"/opportunity/{opp['id']}/", json={"user_id": None}))
    assert (unassigned["user_id"], unassigned["user_name"]) == (None, None)
    assert "user_id" in field_errors(
        api.put(f"/opportunity/{opp['id']}/", json={"user_id": "user_" + "x" * 43})
    )
    again = ok(api.put(f"/opportunity/{opp['id']}/", json={"user_id": api.user.id}))
    assert again["user_id"] == api.user.id
