"""The deprecated ``query`` parameter of ``GET /lead/``: the forms integrations send."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, ok

NOW = dt.datetime(2030, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (world, (client,)):
        world.clock.travel_to(NOW)
        world.clock.freeze()
        source = ok(
            client.post("/custom_field/lead/", json={"name": "Lead Source", "type": "text"})
        )["id"]
        seats = ok(client.post("/custom_field/lead/", json={"name": "Seats", "type": "number"}))[
            "id"
        ]
        client.headers["X-Test-Source"] = source
        client.headers["X-Test-Seats"] = seats
        statuses = {s["label"]: s["id"] for s in ok(client.get("/status/lead/"))["data"]}
        names = []
        for name, extra in (
            ("Acme Rocket Works", {f"custom.{source}": "web form", f"custom.{seats}": 10}),
            ("Beta Labs", {f"custom.{seats}": 50, "status_id": statuses["Customer"]}),
            ("Gamma", {"description": "no rockets here", "url": "https://gamma.example"}),
        ):
            names.append(ok(client.post("/lead/", json={"name": name, **extra}))["id"])
            world.clock.advance(dt.timedelta(days=1))
        client.headers["X-Test-Ids"] = ",".join(names)
        yield client


def ids_of(api: Api) -> list[str]:
    return api.headers["X-Test-Ids"].split(",")


def found(api: Api, query: str, **params: Any) -> list[str]:
    page = ok(api.get("/lead/", params={"query": query, **params}))
    assert page["total_results"] == len(page["data"])
    return [lead["id"] for lead in page["data"]]


def test_bare_words_and_phrases_search_text(api: Api) -> None:
    acme, beta, gamma = ids_of(api)
    assert found(api, "rocket") == [acme]
    assert found(api, "rockets") == [gamma]  # whole words: the description
    assert found(api, '"rocket works"') == [acme]
    assert found(api, '"works rocket"') == []
    assert found(api, "beta labs") == [beta]


def test_field_value_quoted_and_exists(api: Api) -> None:
    acme, beta, gamma = ids_of(api)
    assert found(api, "name:gamma") == [gamma]
    assert found(api, 'name:"Beta Labs"') == [beta]
    assert found(api, "url:*") == [gamma]
    assert found(api, 'status:"Customer"') == [beta]
    assert found(api, "status:customer name:beta") == [beta]
    assert found(api, "status:Potential") == [acme, gamma]


def test_custom_fields_by_name_or_id(api: Api) -> None:
    acme, beta, _ = ids_of(api)
    source, seats = api.headers["X-Test-Source"], api.headers["X-Test-Seats"]
    assert found(api, '"custom.Lead Source":"web form"') == [acme]
    assert found(api, f"custom.{source}:web") == [acme]
    assert found(api, "custom.Seats>=20") == [beta]
    assert found(api, f"custom.{seats} < 20") == [acme]
    assert found(api, "custom.Seats:50") == [beta]
    assert found(api, "custom.Seats:*") == [acme, beta]


def test_date_comparisons_and_sort(api: Api) -> None:
    acme, beta, gamma = ids_of(api)
    assert found(api, 'date_created >= "2030-03-11"') == [beta, gamma]
    assert found(api, "date_created>2030-03-11") == [gamma]
    assert found(api, "date_created<=2030-03-11") == [acme, beta]
    assert found(api, 'date_updated < "2030-03-11T12:00"') == [acme]
    assert found(api, "date_created:2030-03-12") == [gamma]
    # a naive date is the caller's: 14 hours east, the 10th at 12:00 UTC is the 11th
    assert found(api, "date_created:2030-03-11") == [beta]
    east = ok(
        api.get(
            "/lead/", params={"query": "date_created:2030-03-11"}, headers={"X-TZ-Offset": "14"}
        )
    )
    assert [lead["id"] for lead in east["data"]] == [acme]
    assert found(api, "sort:-created") == [gamma, beta, acme]
    assert found(api, "sort:name custom.Seats:*") == [acme, beta]
    assert found(api, "sort:-display_name") == [gamma, beta, acme]


def test_total_results_counts_the_matches_with_limit_zero(api: Api) -> None:
    page = ok(api.get("/lead/", params={"query": "status:Potential", "_limit": 0, "_fields": "id"}))
    assert page == {"data": [], "has_more": False, "total_results": 2}


@pytest.mark.parametrize(
    ("query", "part"),
    [
        ("owner:me", "owner:me"),
        ("slice:1/4", "slice:1/4"),
        ('name:"unterminated', '"unterminated'),
        ("name>b", "name>b"),
        ("custom.Nope:1", "does not exist"),
        ('status:"No Such"', "does not exist"),
        ("custom.Seats>many", "a number was expected"),
        ("date_created>yesterday", "a date"),
        ("name:", "needs a value"),
        ("sort:status_id", "only number, date and text fields"),
    ],
)
def test_anything_else_is_refused_by_its_part(api: Api, query: str, part: str) -> None:
    message = error(api.get("/lead/", params={"query": query}))
    assert part in message, message
