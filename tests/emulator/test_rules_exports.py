"""Exports over HTTP: selection, the status steps on the clock, the files and their download."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, advance, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def finished(api: Api, export: dict[str, Any]) -> dict[str, Any]:
    advance(api, 3.5)
    done: dict[str, Any] = ok(api.get(f"/export/{export['id']}/"))
    assert done["status"] == "done"
    return done


def fetch(api: Api, url: str) -> bytes:
    """The file served at ``download_url``: gzip-encoded, decoded here by httpx."""
    response = api.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-encoding"] == "gzip"
    return response.content


def json_file(api: Api, url: str) -> Any:
    response = api.get(url)
    assert response.headers["content-type"].startswith("application/json")
    return json.loads(fetch(api, url))


def csv_file(api: Api, url: str) -> list[dict[str, str]]:
    assert api.get(url).headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(fetch(api, url).decode())))


def seed(api: Api) -> dict[str, Any]:
    field = ok(api.post("/custom_field/lead/", json={"name": "Tier", "type": "text"}))
    acme = ok(
        api.post(
            "/lead/",
            json={
                "name": "Acme",
                f"custom.{field['id']}": "gold",
                "contacts": [
                    {"name": "Ann", "emails": [{"email": "ann@acme.test", "type": "office"}]},
                    {"name": "Bob"},
                ],
            },
        )
    )
    globex = ok(api.post("/lead/", json={"name": "Globex"}))
    ok(api.post("/opportunity/", json={"lead_id": acme["id"], "value": 500, "note": "big"}))
    ok(api.post("/opportunity/", json={"lead_id": globex["id"], "value": 100}))
    ok(api.post("/activity/note/", json={"lead_id": acme["id"], "note": "called them"}))
    return {"field": field, "acme": acme, "globex": globex}


def test_an_export_steps_through_its_statuses_on_the_clock(api: Api) -> None:
    seed(api)
    export = ok(api.post("/export/lead/", json={"format": "json", "type": "leads"}))
    assert export["id"].startswith("expo_")
    assert export["status"] == "created" and export["download_url"] is None
    assert export["object_type"] == "lead" and export["type"] == "leads"
    seen = []
    for _ in range(3):
        advance(api, 1.0)
        seen.append(ok(api.get(f"/export/{export['id']}/"))["status"])
    assert seen == ["started", "in_progress", "done"]
    listed = ok(api.get("/export/"))["data"]
    assert [e["id"] for e in listed] == [export["id"]]


def test_a_json_leads_export_holds_each_lead_with_contacts_and_activities(api: Api) -> None:
    ids = seed(api)
    body = {"format": "json", "type": "leads", "include_activities": True}
    done = finished(api, ok(api.post("/export/lead/", json=body)))
    leads = json_file(api, done["download_url"])
    assert [lead["display_name"] for lead in leads] == ["Acme", "Globex"]
    acme = leads[0]
    assert acme["id"] == ids["acme"]["id"]
    assert [c["name"] for c in acme["contacts"]] == ["Ann", "Bob"]
    assert {a["_type"] for a in acme["activities"]} == {"Note", "Created"}
    assert leads[1]["activities"] == [a for a in leads[1]["activities"] if a["_type"] == "Created"]
    assert done["n_objects"] == 2


def test_a_query_selects_the_leads_and_results_limit_caps_them(api: Api) -> None:
    ids = seed(api)
    tier = {
        "type": "field_condition",
        "field": {"type": "custom_field", "custom_field_id": ids["field"]["id"]},
        "condition": {"type": "term", "values": ["gold"]},
    }
    query = {"type": "and", "queries": [{"type": "object_type", "object_type": "lead"}, tier]}
    body = {"format": "csv", "type": "leads", "s_query": query}
    done = finished(api, ok(api.post("/export/lead/", json=body)))
    rows = csv_file(api, done["download_url"])
    assert [row["display_name"] for row in rows] == ["Acme"]
    assert rows[0]["custom.Tier"] == "gold"
    sort = [
        {
            "field": {"type": "regular_field", "object_type": "lead", "field_name": "name"},
            "direction": "desc",
        }
    ]
    capped = {"format": "json", "type": "leads", "sort": sort, "results_limit": 1}
    done = finished(api, ok(api.post("/export/lead/", json=capped)))
    leads = json_file(api, done["download_url"])
    assert [lead["display_name"] for lead in leads] == ["Globex"]
    contacts = {"type": "and", "queries": [{"type": "object_type", "object_type": "contact"}]}
    assert "returns leads only" in error(
        api.post("/export/lead/", json={"format": "csv", "type": "leads", "s_query": contacts})
    )


def test_csv_rows_per_contact_and_per_opportunity_and_the_date_formats(api: Api) -> None:
    seed(api)

    def rows(body: dict[str, Any]) -> list[dict[str, str]]:
        done = finished(api, ok(api.post("/export/lead/", json=body)))
        return csv_file(api, done["download_url"])

    people = rows({"format": "csv", "type": "contacts"})
    assert [(r["lead_display_name"], r["contact_name"]) for r in people] == [
        ("Acme", "Ann"),
        ("Acme", "Bob"),
    ]
    assert people[0]["contact_emails"] == "ann@acme.test"
    deals = rows(
        {"format": "csv", "type": "lead_opps", "fields": ["lead_display_name", "opportunity_value"]}
    )
    assert deals == [
        {"lead_display_name": "Acme", "opportunity_value": "500"},
        {"lead_display_name": "Globex", "opportunity_value": "100"},
    ]
    original = rows({"format": "csv", "type": "leads", "fields": ["date_created"]})[0][
        "date_created"
    ]
    iso = rows(
        {"format": "csv", "type": "leads", "date_format": "iso8601", "fields": ["date_created"]}
    )[0]["date_created"]
    excel = rows(
        {"format": "csv", "type": "leads", "date_format": "excel", "fields": ["date_created"]}
    )[0]["date_created"]
    assert " " in original and "." in original and original.endswith("+00:00")
    assert "T" in iso and "." not in iso and iso.endswith("+00:00")
    assert excel.endswith((" AM", " PM")) and "+" not in excel


def test_flags_that_do_not_apply_are_refused(api: Api) -> None:
    bad = {"format": "csv", "type": "leads", "include_activities": True}
    assert "works only for JSON leads" in error(api.post("/export/lead/", json=bad))
    assert "works only for CSV" in error(
        api.post("/export/lead/", json={"format": "json", "type": "leads", "date_format": "excel"})
    )
    smart = {"format": "csv", "type": "leads", "include_smart_fields": True}
    assert api.post("/export/lead/", json=smart).status_code == 400
    assert "format" in field_errors(api.post("/export/lead/", json={"type": "leads"}))


def test_an_opportunity_export_takes_the_list_filters(api: Api) -> None:
    ids = seed(api)
    body = {"format": "json", "params": {"lead_id": ids["acme"]["id"]}}
    done = finished(api, ok(api.post("/export/opportunity/", json=body)))
    assert done["object_type"] == "opportunity" and done["type"] is None
    assert [o["value"] for o in json_file(api, done["download_url"])] == [500]
    ordered = {"format": "json", "params": {"_order_by": "-value"}}
    done = finished(api, ok(api.post("/export/opportunity/", json=ordered)))
    assert [o["value"] for o in json_file(api, done["download_url"])] == [500, 100]
    refused = {"format": "csv", "params": {"nope": "1"}}
    assert "not a filter" in error(api.post("/export/opportunity/", json=refused))
    paging = {"format": "csv", "params": {"_skip": "1"}}
    assert "not a filter" in error(api.post("/export/opportunity/", json=paging))
    bad_value = {"format": "csv", "params": {"status_type": "maybe"}}
    assert "status_type" in field_errors(api.post("/export/opportunity/", json=bad_value))


def test_the_file_reflects_deletions_before_it_is_written(api: Api) -> None:
    ids = seed(api)
    export = ok(api.post("/export/lead/", json={"format": "json", "type": "leads"}))
    ok(api.delete(f"/lead/{ids['globex']['id']}/"))
    done = finished(api, export)
    leads = json_file(api, done["download_url"])
    assert [lead["display_name"] for lead in leads] == ["Acme"]
    missing = api.get("http://emulator.test/_exports/nope/file.json.gz")
    assert missing.status_code == 404 and "error" in missing.json()


def test_each_step_is_an_export_event_and_done_is_completed(api: Api) -> None:
    export = ok(api.post("/export/lead/", json={"format": "csv", "type": "leads"}))
    finished(api, export)
    wanted = {"object_id": export["id"], "object_type": "export.lead"}
    events = ok(api.get("/event/", params=wanted))["data"]
    assert {e["object_type"] for e in events} == {"export.lead"}
    actions = [e["action"] for e in reversed(events)]
    assert actions[0] == "created" and actions[-1] == "completed"
    assert actions.count("updated") == 3
