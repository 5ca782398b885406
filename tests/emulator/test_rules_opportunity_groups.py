"""``GET /opportunity/``: ``_group_by`` and the parameters Close documents beyond filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def _won_status(api: Api) -> str:
    statuses = ok(api.get("/status/opportunity/"))["data"]
    return str(next(s["id"] for s in statuses if s["type"] == "won"))


def _opp(api: Api, lead: str, **body: Any) -> str:
    return str(ok(api.post("/opportunity/", json={"lead_id": lead, **body}))["id"])


def _grouped(api: Api, **params: Any) -> Any:
    return ok(api.get("/opportunity/", params=params))


def test_group_by_month_counts_each_whole_group_and_leaves_out_never_won(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))["id"]
    won = _won_status(api)
    jan_a = _opp(api, lead, status_id=won, value=1000, date_won="2026-01-05")
    mar = _opp(api, lead, status_id=won, value=500, value_period="monthly", date_won="2026-03-02")
    jan_b = _opp(api, lead, status_id=won, value=3000, confidence=50, date_won="2026-01-31")
    _opp(api, lead, value=9999)  # active, never won: in no date group

    page = _grouped(api, _group_by="date_won__month")
    assert page["has_more"] is False
    assert [g["key"] for g in page["data"]] == ["2026-01", "2026-03"]
    january, march = page["data"]
    assert [o["id"] for o in january["objects"]] == [jan_a, jan_b]
    assert (january["year"], january["month"], january["total_results"]) == (2026, 1, 2)
    assert january["total_value_one_time"] == 4000
    assert january["expected_value_one_time"] == 1500
    assert march["total_value_annualized"] == 6000 and march["count_by_value_period"] == {
        "monthly": 1
    }
    assert [o["id"] for o in march["objects"]] == [mar]
    assert "week" not in january and "user_id" not in january
    # Top-level aggregates: every grouped opportunity, the never-won one left out.
    assert page["total_results"] == 3 and page["total_value_one_time"] == 4000

    reverse = _grouped(api, _group_by="-date_won__month", _order_by="-value")
    assert [g["key"] for g in reverse["data"]] == ["2026-03", "2026-01"]
    assert [o["id"] for o in reverse["data"][1]["objects"]] == [jan_b, jan_a]


def test_group_by_week_quarter_and_year_keys(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))["id"]
    won = _won_status(api)
    _opp(api, lead, status_id=won, value=1, date_won="2027-01-01")  # ISO week 53 of 2026
    _opp(api, lead, status_id=won, value=1, date_won="2026-05-20")

    weeks = _grouped(api, _group_by="date_won__week")["data"]
    assert [(g["key"], g["weekyear"], g["week"]) for g in weeks] == [
        ("2026-W21", 2026, 21),
        ("2026-W53", 2026, 53),
    ]
    quarters = _grouped(api, _group_by="date_won__quarter")["data"]
    assert [(g["key"], g["year"], g["quarter"]) for g in quarters] == [
        ("2026-Q2", 2026, 2),
        ("2027-Q1", 2027, 1),
    ]
    years = _grouped(api, _group_by="-date_won__year")["data"]
    assert [(g["key"], g["year"]) for g in years] == [("2027", 2027), ("2026", 2026)]


def test_group_by_user_orders_by_full_name_and_pages_by_objects(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))["id"]
    zoe = api.org.add_user("Zoe", "Adams", "zoe@example.com")
    abe = api.org.add_user("Abe", "Young", "abe@example.com")
    mine = [_opp(api, lead, value=10) for _ in range(2)]
    zoes = [_opp(api, lead, value=20, user_id=zoe.id) for _ in range(2)]
    abes = [_opp(api, lead, value=30, user_id=abe.id)]
    nobody = _opp(api, lead, value=40, user_id=None)
    me = api.user.full_name
    names = sorted([me, "Zoe Adams", "Abe Young"])

    page = _grouped(api, _group_by="user_id")
    assert [g["user_name"] for g in page["data"]] == [*names, None]
    by_key = {g["key"]: g for g in page["data"]}
    assert by_key[zoe.id]["user_id"] == zoe.id and by_key[zoe.id]["total_value_one_time"] == 40
    assert [o["id"] for o in by_key[abe.id]["objects"]] == abes
    assert by_key[None]["user_id"] is None and [o["id"] for o in by_key[None]["objects"]] == [
        nobody
    ]

    # Pages count opportunities: a group is cut off and continues under the same key.
    everyone: dict[str | None, list[str]] = {}
    skip, pages = 0, 0
    while True:
        chunk = _grouped(api, _group_by="user_id", _limit=2, _skip=skip, _fields="id")
        pages += 1
        for group in chunk["data"]:
            everyone.setdefault(group["key"], []).extend(o["id"] for o in group["objects"])
            assert group["total_results"] == len(by_key[group["key"]]["objects"])
            assert all(set(o) == {"id"} for o in group["objects"])
        skip += sum(len(g["objects"]) for g in chunk["data"])
        if not chunk["has_more"]:
            break
    assert pages == 3 and skip == 6
    assert everyone == {api.user.id: mine, zoe.id: zoes, abe.id: abes, None: [nobody]}


def test_group_by_keeps_the_filters(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))["id"]
    won = _won_status(api)
    _opp(api, lead, status_id=won, value=100, date_won="2026-02-02")
    kept = _opp(api, lead, status_id=won, value=100, date_won="2026-02-03", value_period="annual")
    page = _grouped(api, _group_by="date_won__year", value_period="annual")
    assert [[o["id"] for o in g["objects"]] for g in page["data"]] == [[kept]]
    assert page["data"][0]["total_results"] == 1 == page["total_results"]


def test_unknown_grouping_is_refused(api: Api) -> None:
    assert api.get("/opportunity/", params={"_group_by": "status_id"}).status_code == 400


def test_documented_parameters_are_honoured_or_refused(api: Api) -> None:
    acme = ok(api.post("/lead/", json={"name": "Acme Corp"}))["id"]
    other = ok(api.post("/lead/", json={"name": "Globex"}))["id"]
    on_acme = _opp(api, acme, value=1)
    on_other = _opp(api, other, value=2)

    def ids(**params: Any) -> list[str]:
        page = ok(api.get("/opportunity/", params=params))
        assert page["total_results"] == len(page["data"])
        return [o["id"] for o in page["data"]]

    assert ids(lead_query='name:"Acme Corp"') == [on_acme]
    assert ids(lead_query="Globex") == [on_other]
    assert "Unsupported lead query" in error(
        api.get("/opportunity/", params={"lead_query": "bogus_field:1"})
    )
    assert ids(organization_id=api.org.id) == [on_acme, on_other]
    assert ids(organization_id="orga_someoneelse") == []
    assert ids(status="Active") == [on_acme, on_other]
    assert ids(status__in="Won,Lost") == []
    assert "query" in error(api.get("/opportunity/", params={"query": "note:important"}))
    assert "is_stalled" in error(api.get("/opportunity/", params={"is_stalled": "true"}))
    # The refusal holds even when nothing would match.
    assert (
        api.get("/opportunity/", params={"query": "x", "lead_id": "lead_none"}).status_code == 400
    )


def test_lead_query_and_smart_view_both_narrow(api: Api) -> None:
    leads = [ok(api.post("/lead/", json={"name": n}))["id"] for n in ("Acme", "Acme Two", "Two Co")]
    opps = [_opp(api, lead, value=1) for lead in leads]
    tree = {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            {"type": "text", "value": "Acme", "mode": "full_words"},
        ],
    }
    view = ok(api.post("/saved_search/", json={"name": "Acme", "s_query": tree}))

    def ids(**params: str) -> list[str]:
        return [o["id"] for o in ok(api.get("/opportunity/", params=params))["data"]]

    assert ids(lead_saved_search_id=view["id"]) == opps[:2]
    assert ids(lead_query="Two") == opps[1:]
    assert ids(lead_saved_search_id=view["id"], lead_query="Two") == [opps[1]]
