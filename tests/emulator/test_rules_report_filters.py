"""Reports restricted to the leads a Smart View or a lead search selects; the org's PUT."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, ok

ACME_TREE = {
    "type": "and",
    "queries": [
        {"type": "object_type", "object_type": "lead"},
        {"type": "text", "value": "Acme", "mode": "full_words"},
    ],
}


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def _lead(api: Api, name: str, **body: Any) -> str:
    return str(ok(api.post("/lead/", json={"name": name, **body}))["id"])


def _statuses(api: Api, kind: str) -> dict[str, str]:
    return {s["label"]: s["id"] for s in ok(api.get(f"/status/{kind}/"))["data"]}


def _view(api: Api, tree: Any = ACME_TREE, **body: Any) -> str:
    return str(ok(api.post("/saved_search/", json={"name": "V", "s_query": tree, **body}))["id"])


def _seed(api: Api) -> dict[str, Any]:
    """Two Acme leads and one other, each with calls and opportunities of its own."""
    opp_status = _statuses(api, "opportunity")
    leads = {name: _lead(api, name) for name in ("Acme One", "Acme Two", "Globex")}
    calls = {"Acme One": 2, "Acme Two": 1, "Globex": 3}
    for name, count in calls.items():
        for _ in range(count):
            body = {"lead_id": leads[name], "direction": "outbound", "duration": 10}
            ok(api.post("/activity/call/", json=body))
    values = {"Acme One": [100, 200], "Acme Two": [400], "Globex": [800, 1600]}
    for name, amounts in values.items():
        for value in amounts:
            body = {"lead_id": leads[name], "status_id": opp_status["Active"], "value": value}
            ok(api.post("/opportunity/", json=body))
    return {"leads": leads, "calls": calls, "values": values}


def test_the_activity_report_covers_the_smart_views_leads(api: Api) -> None:
    seeded = _seed(api)
    metrics = ["calls.outbound.all.count", "leads.created.all.count"]
    metrics += ["opportunities.created.all.count"]
    body = {"type": "overview", "metrics": metrics, "relative_range": "today"}
    everything = ok(api.post("/report/activity/", json=body))["aggregations"]["totals"]
    assert everything["calls.outbound.all.count"] == 6
    query = {"type": "saved_search", "saved_search_id": _view(api)}
    acme = ok(api.post("/report/activity/", json={**body, "query": query}))["aggregations"]
    expected_calls = seeded["calls"]["Acme One"] + seeded["calls"]["Acme Two"]
    assert acme["totals"] == {
        "calls.outbound.all.count": expected_calls,
        "leads.created.all.count": 2,
        "opportunities.created.all.count": 3,
    }
    contact_tree = {"type": "object_type", "object_type": "contact"}
    contacts = _view(api, contact_tree, type="contact")
    wrong = {**body, "query": {"type": "saved_search", "saved_search_id": contacts}}
    assert "A Smart View of type contact" in error(api.post("/report/activity/", json=wrong))


def test_the_funnel_covers_the_opportunities_of_the_views_leads(api: Api) -> None:
    seeded = _seed(api)
    pipeline = ok(api.get("/pipeline/"))["data"][0]["id"]
    query = {"type": "saved_search", "saved_search_id": _view(api)}
    body = {"pipeline": pipeline, "type": "created-cohort", "cohort_relative_range": "today"}
    totals = ok(api.post("/report/funnel/opportunity/totals/", json={**body, "query": query}))
    acme_values = seeded["values"]["Acme One"] + seeded["values"]["Acme Two"]
    assert totals["aggregated"]["count"] == len(acme_values)
    assert totals["aggregated"]["total_value"] == sum(acme_values)
    stages = ok(api.post("/report/funnel/opportunity/stages/", json={**body, "query": query}))
    active = next(r for r in stages["aggregated"]["stages"] if r["status_label"] == "Active")
    assert active["entered"] == len(acme_values)
    everything = ok(api.post("/report/funnel/opportunity/totals/", json=body))["aggregated"]
    assert everything["count"] == 5


def test_the_status_reports_take_a_lead_query_or_a_smart_view(api: Api) -> None:
    seeded = _seed(api)
    lead_path = f"/report/statuses/lead/{api.org.id}/"
    opp_path = f"/report/statuses/opportunity/{api.org.id}/"

    def ended(path: str, **params: str) -> int:
        rows = ok(api.get(path, params=params))["status_overview"]
        return sum(int(row["ended"]) for row in rows)

    assert ended(lead_path) == 3
    assert ended(lead_path, query="Acme") == 2
    assert ended(lead_path, query='name:"Globex"') == 1
    assert ended(lead_path, smart_view_id=_view(api)) == 2
    assert ended(opp_path) == 5
    assert ended(opp_path, query="Globex") == len(seeded["values"]["Globex"])
    assert ended(opp_path, smart_view_id=_view(api)) == 3
    assert ended(opp_path, query="Acme", user_id=api.user.id) == 3
    assert "Unsupported lead query" in error(api.get(opp_path, params={"query": "nope:1"}))


def test_the_explorer_takes_a_lead_query_on_leads_only(api: Api) -> None:
    _seed(api)
    path = f"/report/custom/{api.org.id}/"

    def total(**params: str) -> int:
        series = ok(api.get(path, params=params))["series"]
        return sum(point["y"] for s in series for point in s["data"])

    assert total(y="lead.count") == 3
    assert total(y="lead.count", query="Acme") == 2
    assert total(y="lead.count", query="*") == 3
    refused = api.get(path, params={"y": "opportunity.value", "query": "Acme"})
    assert error(refused).startswith(
        "The emulator's reports do not filter by a search query over opportunity objects"
    )


def test_an_organization_update_records_no_event(api: Api) -> None:
    before = ok(api.get("/event/"))["data"]
    ok(api.put(f"/organization/{api.org.id}/", json={"name": "Renamed", "currency": "EUR"}))
    assert ok(api.get(f"/organization/{api.org.id}/"))["name"] == "Renamed"
    assert ok(api.get("/event/"))["data"] == before


def test_a_csv_report_is_refused_rather_than_answered_as_json(api: Api) -> None:
    body = {"type": "overview", "metrics": ["calls.outbound.all.count"], "relative_range": "today"}
    csv = {"Accept": "text/csv"}
    assert "JSON only" in error(api.post("/report/activity/", json=body, headers=csv))
    either = {"Accept": "text/csv, application/json;q=0.5"}
    assert ok(api.post("/report/activity/", json=body, headers=either))["type"] == "overview"
    pipeline = ok(api.get("/pipeline/"))["data"][0]["id"]
    funnel = {"pipeline": pipeline, "type": "created-cohort", "cohort_relative_range": "today"}
    stages = api.post("/report/funnel/opportunity/stages/", json=funnel, headers=csv)
    assert "JSON only" in error(stages)
