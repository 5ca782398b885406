"""Reports are computed from the records: seed activities and opportunities, check figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from closeext.emulator._store import World
from tests.emulator._driver import Api, emulator, error, ok


@pytest.fixture
def env() -> Iterator[tuple[World, Api]]:
    with emulator() as (world, (client,)):
        yield world, client


def lead(api: Api, **body: Any) -> dict[str, Any]:
    return dict(ok(api.post("/lead/", json={"name": "Acme", **body})))


def call(api: Api, lead_id: str, **body: Any) -> dict[str, Any]:
    return dict(ok(api.post("/activity/call/", json={"lead_id": lead_id, **body})))


def status_id(api: Api, label: str) -> str:
    return next(s["id"] for s in ok(api.get("/status/lead/"))["data"] if s["label"] == label)


def test_the_metrics_list_names_what_the_activity_report_takes(env: tuple[World, Api]) -> None:
    _, api = env
    keys = [m["key"] for m in ok(api.get("/report/activity/metrics/"))["data"]]
    assert "calls.outbound.all.count" in keys and "opportunities.won.all.value" in keys


def test_the_activity_report_counts_and_sums_by_day_and_by_user(env: tuple[World, Api]) -> None:
    _, api = env
    other = api.org.add_user("Sam", "Other", "sam@example.com")
    acme = lead(api)
    call(api, acme["id"], direction="outbound", duration=60)
    call(api, acme["id"], direction="outbound", duration=30)
    call(api, acme["id"], direction="inbound", duration=5)
    call(api, acme["id"], direction="outbound", duration=100, user_id=other.id)
    ok(api.post("/activity/note/", json={"lead_id": acme["id"], "note": "hi"}))
    wanted = ["calls.outbound.all.count", "calls.outbound.all.duration", "notes.all.all.count"]
    body = {"type": "overview", "metrics": wanted, "relative_range": "today"}
    overview = ok(api.post("/report/activity/", json=body))
    totals = overview["aggregations"]["totals"]
    assert totals == {
        "calls.outbound.all.count": 3,
        "calls.outbound.all.duration": 190,
        "notes.all.all.count": 1,
    }
    (day,) = overview["data"]
    assert day["metrics"] == totals
    mine = ok(api.post("/report/activity/", json={**body, "users": [api.user.id]}))
    assert mine["aggregations"]["totals"]["calls.outbound.all.duration"] == 90
    comparison = ok(api.post("/report/activity/", json={**body, "type": "comparison"}))
    by_user = {row["user_id"]: row["metrics"] for row in comparison["data"]}
    assert by_user[other.id]["calls.outbound.all.count"] == 1
    assert by_user[api.user.id]["calls.outbound.all.count"] == 2
    past = {"start": "2020-01-01T00:00:00+00:00", "end": "2020-02-01T00:00:00+00:00"}
    ranged = {"type": "overview", "metrics": wanted, "datetime_range": past}
    old = ok(api.post("/report/activity/", json=ranged))
    assert set(old["aggregations"]["totals"].values()) == {0} and old["data"] == []


def test_the_activity_report_refuses_what_it_cannot_honour(env: tuple[World, Api]) -> None:
    _, api = env
    body = {"type": "overview", "metrics": ["calls.all.all.count"]}
    assert api.post("/report/activity/", json=body).status_code == 400  # no range
    query = {"type": "saved_search", "saved_search_id": "save_x"}
    refused = api.post(
        "/report/activity/", json={**body, "relative_range": "today", "query": query}
    )
    assert error(refused) == "The Smart View does not exist."
    unknown = {**body, "relative_range": "today", "metrics": ["calls.made.by.magic"]}
    assert api.post("/report/activity/", json=unknown).status_code == 400


def test_the_lead_status_report_follows_each_leads_history(env: tuple[World, Api]) -> None:
    world, api = env
    potential, customer, bad_fit = (status_id(api, n) for n in ("Potential", "Customer", "Bad Fit"))
    a = lead(api, status_id=potential)
    lead(api, status_id=potential)
    world.clock.advance(timedelta(days=2))
    start = world.clock.now().date().isoformat()
    ok(api.put(f"/lead/{a['id']}/", json={"status_id": bad_fit}))
    ok(api.put(f"/lead/{a['id']}/", json={"status_id": customer}))
    lead(api, status_id=customer)
    path = f"/report/statuses/lead/{api.org.id}/"
    report = ok(api.get(path, params={"date_start": start, "date_end": start}))
    rows = {r["status_id"]: r for r in report["status_overview"]}
    assert rows[potential]["started"] == 2 and rows[potential]["ended"] == 1
    assert rows[potential]["lost"] == 1 and rows[potential]["left"] == 1
    assert rows[potential]["change"] == -1 and rows[potential]["change_percent"] == -50.0
    assert rows[customer]["started"] == 0 and rows[customer]["ended"] == 2
    assert rows[customer]["gained"] == 2 and rows[customer]["entered"] == 2
    assert rows[bad_fit]["entered"] == 1 and rows[bad_fit]["left"] == 1
    moves = {
        (t["from_status_id"], t["to_status_id"]): t["count"] for t in report["status_transitions"]
    }
    assert moves == {(potential, bad_fit): 1, (bad_fit, customer): 1, (None, customer): 1}
    summary = {
        (t["from_status_id"], t["to_status_id"]): t["count"]
        for t in report["status_transitions_summary"]
    }
    assert summary == {(potential, customer): 1, (None, customer): 1}
    overall = ok(api.get(path))["status_overview"]
    assert all("started" not in row for row in overall)
    assert {r["status_id"]: r["ended"] for r in overall}[customer] == 2
    assert "Unsupported lead query" in error(api.get(path, params={"query": "bogus_field:1"}))
    assert ok(api.get(path, params={"query": "*"}))["status_overview"]
    assert error(api.get(path, params={"smart_view_id": "save_x"})) == (
        "The Smart View does not exist."
    )
    both = api.get(path, params={"query": "*", "smart_view_id": "save_x"})
    assert "not both" in error(both)
    assert api.get("/report/statuses/lead/orga_other/").status_code == 404


def _opportunity_statuses(api: Api) -> dict[str, str]:
    return {s["label"]: s["id"] for s in ok(api.get("/status/opportunity/"))["data"]}


def test_the_opportunity_status_report_and_its_user_filter(env: tuple[World, Api]) -> None:
    _, api = env
    statuses = _opportunity_statuses(api)
    acme = lead(api)
    other = api.org.add_user("Sam", "Other", "sam@example.com")
    mine = ok(
        api.post("/opportunity/", json={"lead_id": acme["id"], "status_id": statuses["Active"]})
    )
    ok(
        api.post(
            "/opportunity/",
            json={"lead_id": acme["id"], "status_id": statuses["Active"], "user_id": other.id},
        )
    )
    ok(api.put(f"/opportunity/{mine['id']}/", json={"status_id": statuses["Won"]}))
    path = f"/report/statuses/opportunity/{api.org.id}/"
    rows = {r["status_label"]: r for r in ok(api.get(path))["status_overview"]}
    assert rows["Won"]["ended"] == 1 and rows["Active"]["ended"] == 1
    assert rows["Active"]["entered"] == 2 and rows["Active"]["left"] == 1
    only_mine = ok(api.get(path, params={"user_id": api.user.id}))["status_overview"]
    assert {r["status_label"]: r["ended"] for r in only_mine} == {"Active": 0, "Won": 1, "Lost": 0}


def test_the_funnel_counts_stages_and_totals(env: tuple[World, Api]) -> None:
    _, api = env
    statuses = _opportunity_statuses(api)
    pipeline = ok(api.get("/pipeline/"))["data"][0]["id"]
    acme = lead(api)
    made = [
        ok(
            api.post(
                "/opportunity/",
                json={"lead_id": acme["id"], "status_id": statuses["Active"], "value": v},
            )
        )
        for v in (1000, 2000, 4000)
    ]
    ok(api.put(f"/opportunity/{made[0]['id']}/", json={"status_id": statuses["Won"]}))
    ok(api.put(f"/opportunity/{made[1]['id']}/", json={"status_id": statuses["Lost"]}))
    body = {"pipeline": pipeline, "type": "created-cohort", "cohort_relative_range": "today"}
    stages = ok(api.post("/report/funnel/opportunity/stages/", json=body))
    rows = {r["status_label"]: r for r in stages["aggregated"]["stages"]}
    assert rows["Active"]["entered"] == 3 and rows["Active"]["converted"] == 1
    assert rows["Active"]["conversion_rate"] == pytest.approx(33.33)
    assert rows["Won"]["entered"] == 1 and rows["Won"]["value"] == 1000
    assert rows["Lost"]["entered"] == 1
    totals = ok(api.post("/report/funnel/opportunity/totals/", json=body))["aggregated"]
    assert totals == {
        "count": 3,
        "active": 1,
        "won": 1,
        "lost": 1,
        "won_value": 1000,
        "total_value": 7000,
        "win_rate": 50.0,
    }
    yesterday = {**body, "cohort_relative_range": "yesterday"}
    assert (
        ok(api.post("/report/funnel/opportunity/totals/", json=yesterday))["aggregated"]["count"]
        == 0
    )
    no_cohort = {"pipeline": pipeline, "type": "created-cohort"}
    assert api.post("/report/funnel/opportunity/totals/", json=no_cohort).status_code == 400
    compared = {**body, "compared_relative_range": "yesterday"}
    assert api.post("/report/funnel/opportunity/stages/", json=compared).status_code == 400


def test_the_sent_emails_report_groups_by_template_and_counts_replies(
    env: tuple[World, Api],
) -> None:
    _, api = env
    acme = lead(api)
    template = ok(
        api.post("/email_template/", json={"name": "Intro", "subject": "Hi", "body": "Hello"})
    )
    first = ok(
        api.post(
            "/activity/email/",
            json={
                "lead_id": acme["id"],
                "status": "sent",
                "template_id": template["id"],
                "subject": "Hi",
            },
        )
    )
    ok(
        api.post(
            "/activity/email/",
            json={"lead_id": acme["id"], "status": "sent", "template_id": template["id"]},
        )
    )
    ok(api.post("/activity/email/", json={"lead_id": acme["id"], "status": "sent"}))
    reply = {
        "lead_id": acme["id"],
        "status": "inbox",
        "thread_id": first["thread_id"],
        "sender": "a@b.co",
    }
    ok(api.post("/activity/email/", json=reply))
    rows = ok(api.get(f"/report/sent_emails/{api.org.id}/"))["data"]
    assert rows[0] == {
        "template_id": template["id"],
        "template_name": "Intro",
        "sent": 2,
        "replied": 1,
    }
    assert rows[1] == {"template_id": None, "template_name": None, "sent": 1, "replied": 0}
    assert (
        ok(api.get(f"/report/sent_emails/{api.org.id}/", params={"date_end": "2020-01-01"}))["data"]
        == []
    )


def test_the_custom_report_sums_and_groups_over_a_date_axis(env: tuple[World, Api]) -> None:
    world, api = env
    statuses = _opportunity_statuses(api)
    acme = lead(api)
    for value, status in ((100, "Active"), (300, "Active"), (500, "Won")):
        ok(
            api.post(
                "/opportunity/",
                json={"lead_id": acme["id"], "status_id": statuses[status], "value": value},
            )
        )
    world.clock.advance(timedelta(days=1))
    ok(
        api.post(
            "/opportunity/",
            json={"lead_id": acme["id"], "status_id": statuses["Active"], "value": 50},
        )
    )
    path = f"/report/custom/{api.org.id}/"
    params = {"x": "opportunity.date_created", "y": "opportunity.value", "interval": "day"}
    (series,) = ok(api.get(path, params=params))["series"]
    assert [point["y"] for point in series["data"]] == [900, 50]
    grouped = ok(
        api.get(path, params={**params, "group_by": "opportunity.status_id", "transform_y": "max"})
    )
    by_group = {s["group"]: [p["y"] for p in s["data"]] for s in grouped["series"]}
    assert by_group == {statuses["Active"]: [300, 50], statuses["Won"]: [500]}
    counted = ok(api.get(path))  # lead.count over lead.date_created
    assert [p["y"] for p in counted["series"][0]["data"]] == [1]
    assert "same one" in error(
        api.get(path, params={"x": "lead.date_created", "y": "call.duration"})
    )


def test_the_custom_report_groups_only_by_a_field_of_y_s_object_type(
    env: tuple[World, Api],
) -> None:
    _, api = env
    path = f"/report/custom/{api.org.id}/"
    params = {"x": "opportunity.date_created", "y": "opportunity.value"}
    assert error(api.get(path, params={**params, "group_by": "lead.status_id"})) == (
        "group_by must name a field of opportunity, the object type of y."
    )
    # A field the emulator cannot group by is the spec's pattern, refused before the handler.
    refused = api.get(path, params={**params, "group_by": "opportunity.value"})
    assert refused.status_code == 400
    assert ok(api.get(path, params={**params, "group_by": "opportunity.user_id"}))["series"] == []
