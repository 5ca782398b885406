"""Advanced Filtering (``POST /data/search/``) over HTTP: every node, condition and paging rule.

Each selection is compared with the ids the test itself knows should match, from the
seeded organization below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from closeext.emulator._clock import use_clock
from closeext.emulator._records import Lead
from tests.emulator._driver import Api, emulator, error, field_errors, ok

NOW = dt.datetime(2030, 6, 15, 23, 30, tzinfo=dt.UTC)


def lead_type() -> dict[str, Any]:
    return {"type": "object_type", "object_type": "lead"}


def of(object_type: str, *queries: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "and",
        "queries": [{"type": "object_type", "object_type": object_type}, *queries],
    }


def field(object_type: str, name: str) -> dict[str, Any]:
    return {"type": "regular_field", "object_type": object_type, "field_name": name}


def custom(field_id: str) -> dict[str, Any]:
    return {"type": "custom_field", "custom_field_id": field_id}


def cond(target: dict[str, Any], condition: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "field_condition", "field": target, "condition": condition, **extra}


def related(this: str, other: str, query: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "has_related",
        "this_object_type": this,
        "related_object_type": other,
        "related_query": query,
    }


@dataclass
class Seed:
    api: Api
    world: Any
    tier: str  # choices field on leads
    score: str  # number field on leads
    renewal: str  # date field on leads
    owner: str  # user field on leads
    acme: str
    beta: str
    gamma: str
    ann: str
    bob: str
    cat: str
    big_deal: str
    small_deal: str
    widget: str
    statuses: dict[str, str]

    def search(self, query: dict[str, Any], tz: str | None = None, **body: Any) -> Any:
        headers = {"X-TZ-Offset": tz} if tz is not None else {}
        return ok(self.api.post("/data/search/", json={"query": query, **body}, headers=headers))

    def ids(self, query: dict[str, Any], tz: str | None = None, **body: Any) -> list[str]:
        return [hit["id"] for hit in self.search(query, tz, **body)["data"]]

    def refused(self, query: dict[str, Any], **body: Any) -> str:
        return error(self.api.post("/data/search/", json={"query": query, **body}))


@pytest.fixture
def seed() -> Iterator[Seed]:
    with emulator() as (world, (api,)):
        world.clock.travel_to(NOW)
        world.clock.freeze()

        def cf(body: dict[str, Any]) -> str:
            return str(ok(api.post("/custom_field/lead/", json=body))["id"])

        tier = cf({"name": "Tier", "type": "choices", "choices": ["gold", "silver"]})
        score = cf({"name": "Score", "type": "number"})
        renewal = cf({"name": "Renewal", "type": "date"})
        owner = cf({"name": "Owner", "type": "user"})
        statuses = {s["label"]: s["id"] for s in ok(api.get("/status/lead/"))["data"]}

        def lead(body: dict[str, Any]) -> str:
            return str(ok(api.post("/lead/", json=body))["id"])

        acme = lead(
            {
                "name": "Acme Rocket Works",
                "description": "Makes rockets",
                f"custom.{tier}": "gold",
                f"custom.{score}": 90,
                f"custom.{renewal}": "2030-06-16",
                f"custom.{owner}": api.user.id,
                "addresses": [{"city": "Berlin", "country": "DE"}],
            }
        )
        world.clock.advance(dt.timedelta(minutes=1))
        beta = lead({"name": "Beta Labs", f"custom.{tier}": "silver", f"custom.{score}": 40})
        world.clock.advance(dt.timedelta(minutes=1))
        gamma = lead({"name": "Gamma", "status_id": statuses["Customer"]})

        def contact(body: dict[str, Any]) -> str:
            return str(ok(api.post("/contact/", json=body))["id"])

        ann = contact(
            {
                "lead_id": acme,
                "name": "Ann Archer",
                "title": "CEO",
                "emails": [{"email": "ann@acme.com", "type": "office"}],
                "phones": [{"phone": "+14155550100", "type": "mobile"}],
            }
        )
        bob = contact(
            {
                "lead_id": beta,
                "name": "Bob Baker",
                "emails": [{"email": "bob@beta.io", "is_unsubscribed": True}],
                "urls": [{"url": "https://beta.io/bob"}],
            }
        )
        cat = contact({"lead_id": beta, "name": "Cat Cole", "title": "CTO"})
        won = next(
            s["id"] for s in ok(api.get("/status/opportunity/"))["data"] if s["type"] == "won"
        )
        big_deal = str(
            ok(
                api.post("/opportunity/", json={"lead_id": acme, "value": 50000, "note": "big one"})
            )["id"]
        )
        small_deal = str(
            ok(
                api.post(
                    "/opportunity/",
                    json={
                        "lead_id": beta,
                        "value": 500,
                        "status_id": won,
                        "date_won": "2030-06-01",
                    },
                )
            )["id"]
        )
        cotype = ok(
            api.post("/custom_object_type/", json={"name": "Widget", "name_plural": "Widgets"}), 201
        )["id"]
        widget = str(
            ok(
                api.post(
                    "/custom_object/",
                    json={"custom_object_type_id": cotype, "lead_id": gamma, "name": "Blue widget"},
                ),
                201,
            )["id"]
        )
        yield Seed(
            api,
            world,
            tier,
            score,
            renewal,
            owner,
            acme,
            beta,
            gamma,
            ann,
            bob,
            cat,
            big_deal,
            small_deal,
            widget,
            statuses,
        )


def test_object_type_returns_every_object_of_the_type_in_creation_order(seed: Seed) -> None:
    assert seed.ids(lead_type()) == [seed.acme, seed.beta, seed.gamma]
    assert seed.ids(of("contact")) == [seed.ann, seed.bob, seed.cat]
    assert seed.ids(of("opportunity")) == [seed.big_deal, seed.small_deal]
    assert seed.ids(of("custom_object")) == [seed.widget]
    hits = seed.search({"type": "or", "queries": [lead_type(), of("custom_object")]})["data"]
    assert [(h["__object_type"], h["id"]) for h in hits] == [
        ("lead", seed.acme),
        ("lead", seed.beta),
        ("lead", seed.gamma),
        ("custom_object", seed.widget),
    ]


def test_without_fields_a_hit_is_its_type_and_id_and_fields_pick_properties(seed: Seed) -> None:
    hit = seed.search(of("lead", {"type": "id", "value": seed.acme}))["data"][0]
    assert hit == {"__object_type": "lead", "id": seed.acme}
    picked = seed.search(
        of("lead", {"type": "id", "value": seed.acme}),
        _fields={"lead": ["id", "display_name", f"custom.{seed.tier}"]},
    )["data"][0]
    assert picked == {
        "__object_type": "lead",
        "id": seed.acme,
        "display_name": "Acme Rocket Works",
        f"custom.{seed.tier}": "gold",
    }


def test_id_and_negate(seed: Seed) -> None:
    assert seed.ids(of("contact", {"type": "id", "value": seed.bob})) == [seed.bob]
    assert seed.ids(of("contact", {"type": "id", "value": seed.bob, "negate": True})) == [
        seed.ann,
        seed.cat,
    ]
    assert seed.ids(of("contact", {"type": "id", "value": seed.acme})) == []


def test_text_full_words_and_phrase(seed: Seed) -> None:
    assert seed.ids(of("lead", {"type": "text", "value": "rocket ACME"})) == [seed.acme]
    # a lead's text includes its contacts'
    assert seed.ids(of("lead", {"type": "text", "value": "baker"})) == [seed.beta]
    assert seed.ids(of("lead", {"type": "text", "value": "rock"})) == []  # whole words only
    phrase = {"type": "text", "value": "rocket works", "mode": "phrase"}
    assert seed.ids(of("lead", phrase)) == [seed.acme]
    backwards = {"type": "text", "value": "works rocket", "mode": "phrase"}
    assert seed.ids(of("lead", backwards)) == []
    assert seed.ids(of("opportunity", {"type": "text", "value": "big"})) == [seed.big_deal]


def test_text_and_exists_conditions_on_regular_fields(seed: Seed) -> None:
    title = field("contact", "title")
    assert seed.ids(of("contact", cond(title, {"type": "exists"}))) == [seed.ann, seed.cat]
    assert seed.ids(of("contact", cond(title, {"type": "exists"}, negate=True))) == [seed.bob]
    text = {"type": "text", "value": "cto"}
    assert seed.ids(of("contact", cond(title, text))) == [seed.cat]
    assert seed.ids(of("lead", cond(field("lead", "description"), {"type": "exists"}))) == [
        seed.acme
    ]


def test_term_and_reference_conditions(seed: Seed) -> None:
    gold = cond(custom(seed.tier), {"type": "term", "values": ["gold", "bronze"]})
    assert seed.ids(of("lead", gold)) == [seed.acme]
    status = cond(
        field("lead", "status_id"),
        {
            "type": "reference",
            "reference_type": "status.lead",
            "object_ids": [seed.statuses["Customer"]],
        },
    )
    assert seed.ids(of("lead", status)) == [seed.gamma]
    owner = cond(
        custom(seed.owner),
        {"type": "reference", "reference_type": "user", "object_ids": [seed.api.user.id]},
    )
    assert seed.ids(of("lead", owner)) == [seed.acme]
    lead_of = cond(
        field("contact", "lead_id"),
        {"type": "reference", "reference_type": "lead", "object_ids": [seed.beta]},
    )
    assert seed.ids(of("contact", lead_of)) == [seed.bob, seed.cat]
    status_type = cond(field("opportunity", "status_type"), {"type": "term", "values": ["won"]})
    assert seed.ids(of("opportunity", status_type)) == [seed.small_deal]


def test_current_user_condition(seed: Seed) -> None:
    mine = cond(field("lead", "created_by"), {"type": "current_user"})
    assert seed.ids(of("lead", mine)) == [seed.acme, seed.beta, seed.gamma]
    owned = cond(custom(seed.owner), {"type": "current_user"})
    assert seed.ids(of("lead", owned)) == [seed.acme]


def test_number_range_condition(seed: Seed) -> None:
    def scored(**bounds: float) -> list[str]:
        return seed.ids(of("lead", cond(custom(seed.score), {"type": "number_range", **bounds})))

    assert scored(gte=40) == [seed.acme, seed.beta]
    assert scored(gt=40) == [seed.acme]
    assert scored(lt=90) == [seed.beta]
    assert scored(lte=90, gte=90) == [seed.acme]
    value = cond(field("opportunity", "value"), {"type": "number_range", "gte": 1000})
    assert seed.ids(of("opportunity", value)) == [seed.big_deal]
    count = cond(field("contact", "emails_count"), {"type": "number_range", "gte": 1})
    assert seed.ids(of("contact", count)) == [seed.ann, seed.bob]


def _moments(on_or_after: Any = None, before: Any = None) -> dict[str, Any]:
    return {"type": "moment_range", "on_or_after": on_or_after, "before": before}


def test_moment_range_with_fixed_dates_follows_the_callers_time_zone(seed: Seed) -> None:
    # Every lead was made around 2030-06-15 23:30 UTC: the 16th two hours east of UTC.
    created = field("lead", "date_created")
    sixteenth = _moments(
        {"type": "fixed_local_date", "value": "2030-06-16", "which": "start"},
        {"type": "fixed_local_date", "value": "2030-06-16", "which": "end"},
    )
    everyone = [seed.acme, seed.beta, seed.gamma]
    assert seed.ids(of("lead", cond(created, sixteenth)), tz="2") == everyone
    assert seed.ids(of("lead", cond(created, sixteenth)), tz="0") == []
    utc = _moments({"type": "fixed_utc", "value": "2030-06-15T23:31:00+00:00"})
    assert seed.ids(of("lead", cond(created, utc))) == [seed.beta, seed.gamma]
    # a date custom field counts as the start of its local day
    renewal = cond(custom(seed.renewal), sixteenth)
    assert seed.ids(of("lead", renewal), tz="2") == [seed.acme]
    won = cond(
        field("opportunity", "date_won"),
        _moments(None, {"type": "fixed_local_date", "value": "2030-06-02"}),
    )
    assert seed.ids(of("opportunity", won)) == [seed.small_deal]


def test_moment_range_with_relative_moments(seed: Seed) -> None:
    created = field("lead", "date_created")
    today = _moments(
        {"type": "start_end_of_predefined_relative_period", "range": "today", "which": "start"},
        {"type": "start_end_of_predefined_relative_period", "range": "today", "which": "end"},
    )
    everyone = [seed.acme, seed.beta, seed.gamma]
    assert seed.ids(of("lead", cond(created, today))) == everyone
    # ten hours east of UTC it is the 16th, and the leads were made at 09:30 that day
    assert seed.ids(of("lead", cond(created, today)), tz="10") == everyone
    last_ninety_seconds = _moments(
        {
            "type": "offset",
            "direction": "past",
            "moment": {"type": "now"},
            "offset": {"minutes": 1, "seconds": 30},
        }
    )
    # the clock stands at 23:32: beta (23:31) and gamma (23:32) are that recent, acme is not
    assert seed.ids(of("lead", cond(created, last_ninety_seconds))) == [seed.beta, seed.gamma]
    seed.world.clock.advance(dt.timedelta(days=1))
    assert seed.ids(of("lead", cond(created, today))) == []
    yesterday_on = _moments(
        {
            "type": "offset",
            "direction": "past",
            "moment": {"type": "now"},
            "offset": {"days": 1},
            "which_day_end": "start",
        }
    )
    assert seed.ids(of("lead", cond(created, yesterday_on))) == everyone
    this_month = _moments(
        {"type": "start_end_of_predefined_relative_period", "range": "this-month", "which": "start"}
    )
    assert seed.ids(of("opportunity", cond(field("opportunity", "date_won"), this_month))) == [
        seed.small_deal
    ]


def test_sub_objects_and_boolean_through_has_related(seed: Seed) -> None:
    def contacts_with(kind: str, query: dict[str, Any]) -> list[str]:
        return seed.ids(of("contact", related("contact", kind, query)))

    email = cond(
        field("contact_email", "email"), {"type": "text", "value": "ann@acme.com", "mode": "phrase"}
    )
    assert contacts_with("contact_email", email) == [seed.ann]
    unsubscribed = cond(
        field("contact_email", "is_unsubscribed"), {"type": "boolean", "value": True}
    )
    assert contacts_with("contact_email", unsubscribed) == [seed.bob]
    mobile = cond(field("contact_phone", "type"), {"type": "term", "values": ["mobile"]})
    assert contacts_with("contact_phone", mobile) == [seed.ann]
    url = cond(field("contact_url", "url"), {"type": "exists"})
    assert contacts_with("contact_url", url) == [seed.bob]
    berlin = cond(field("address", "city"), {"type": "text", "value": "berlin"})
    assert seed.ids(of("lead", related("lead", "address", berlin))) == [seed.acme]


def test_has_related_in_both_directions(seed: Seed) -> None:
    ceo = cond(field("contact", "title"), {"type": "term", "values": ["CEO"]})
    assert seed.ids(of("lead", related("lead", "contact", ceo))) == [seed.acme]
    silver = cond(custom(seed.tier), {"type": "term", "values": ["silver"]})
    assert seed.ids(of("contact", related("contact", "lead", silver))) == [seed.bob, seed.cat]
    assert seed.ids(of("opportunity", related("opportunity", "lead", silver))) == [seed.small_deal]
    big = cond(field("opportunity", "value"), {"type": "number_range", "gt": 10000})
    assert seed.ids(of("lead", related("lead", "opportunity", big))) == [seed.acme]
    blue = {"type": "text", "value": "blue"}
    assert seed.ids(of("lead", related("lead", "custom_object", blue))) == [seed.gamma]
    customer = cond(
        field("lead", "status_id"),
        {
            "type": "reference",
            "reference_type": "status.lead",
            "object_ids": [seed.statuses["Customer"]],
        },
    )
    assert seed.ids(of("custom_object", related("custom_object", "lead", customer))) == [
        seed.widget
    ]
    nobody = related("lead", "contact", {"type": "and", "queries": []})
    assert seed.ids(of("lead", {**nobody, "negate": True})) == [seed.gamma]


def test_and_or_negate_combine(seed: Seed) -> None:
    gold = cond(custom(seed.tier), {"type": "term", "values": ["gold"]})
    customer = cond(
        field("lead", "status_id"),
        {
            "type": "reference",
            "reference_type": "status.lead",
            "object_ids": [seed.statuses["Customer"]],
        },
    )
    either = {"type": "or", "queries": [gold, customer]}
    assert seed.ids(of("lead", either)) == [seed.acme, seed.gamma]
    assert seed.ids(of("lead", {**either, "negate": True})) == [seed.beta]
    assert seed.ids(of("lead", {"type": "or", "queries": []})) == []
    assert seed.ids(of("lead", gold, customer)) == []


def test_sort_on_own_fields_with_missing_values_last(seed: Seed) -> None:
    def by(name: dict[str, Any], direction: str) -> list[str]:
        return seed.ids(lead_type(), sort=[{"direction": direction, "field": name}])

    assert by(field("lead", "name"), "desc") == [seed.gamma, seed.beta, seed.acme]
    assert by(custom(seed.score), "asc") == [seed.beta, seed.acme, seed.gamma]
    assert by(custom(seed.score), "desc") == [seed.acme, seed.beta, seed.gamma]
    assert by(field("lead", "date_created"), "desc") == [seed.gamma, seed.beta, seed.acme]
    message = seed.refused(
        lead_type(), sort=[{"field": field("lead", "status_id"), "direction": "asc"}]
    )
    assert "sort.0.field" in message and "only number, date and text fields" in message
    message = seed.refused(lead_type(), sort=[{"field": field("contact", "title")}])
    assert "only fields of the returned objects" in message


def test_cursor_pages_expire_after_30_seconds_and_counts(seed: Seed) -> None:
    first = seed.search(of("contact"), _limit=2, include_counts=True)
    assert [h["id"] for h in first["data"]] == [seed.ann, seed.bob]
    assert first["count"] == {"limited": 3, "total": 3}
    cursor = first["cursor"]
    assert isinstance(cursor, str)
    second = seed.search(of("contact"), _limit=2, cursor=cursor)
    assert [h["id"] for h in second["data"]] == [seed.cat] and second["cursor"] is None
    again = seed.search(of("contact"), _limit=1)["cursor"]
    seed.world.clock.advance(dt.timedelta(seconds=30))
    expired = seed.refused(of("contact"), _limit=1, cursor=again)
    assert "expired" in expired
    fresh = seed.search(of("contact"), _limit=1)["cursor"]
    assert "another query" in seed.refused(of("lead"), cursor=fresh)


def test_results_limit_caps_the_sequence_and_zero_answers_counts_only(seed: Seed) -> None:
    page = seed.search(of("contact"), results_limit=2, include_counts=True, _limit=1)
    assert page["count"] == {"limited": 2, "total": 3}
    rest = seed.search(of("contact"), results_limit=2, _limit=5, cursor=page["cursor"])
    assert [h["id"] for h in rest["data"]] == [seed.bob] and rest["cursor"] is None
    counts = seed.search(of("contact"), results_limit=0, include_counts=True)
    assert counts == {"data": [], "cursor": None, "count": {"limited": 0, "total": 3}}


def test_a_cursor_sequence_returns_at_most_10000_objects(seed: Seed) -> None:
    org = seed.api.org
    status_id = org.default_lead_status_id() or ""
    with use_clock(seed.world.clock):  # inserted directly: 10,001 creates over HTTP are slow
        for number in range(10_001):
            stamp = org.stamp(seed.api.user.id, f"lead_bulk{number:038d}")
            lead = Lead(
                **stamp, name="bulk", description="", url=None, status_id=status_id, addresses=[]
            )
            org.insert("leads", lead)
    seen = 0
    page = seed.search(lead_type(), _limit=200, include_counts=True)
    assert page["count"]["total"] == 10_004
    while True:
        seen += len(page["data"])
        if page["cursor"] is None:
            break
        # The first page was checked against the spec; the driver's check of 50 more
        # pages would take most of this test's time.
        body = {"query": lead_type(), "_limit": 200, "cursor": page["cursor"]}
        page = ok(super(Api, seed.api).request("POST", "/data/search/", json=body))
    assert seen == 10_000


def test_limit_above_200_is_refused(seed: Seed) -> None:
    response = seed.api.post("/data/search/", json={"query": lead_type(), "_limit": 201})
    assert "_limit" in field_errors(response)


@pytest.mark.parametrize(
    ("query", "names"),
    [
        (
            {"type": "and", "queries": [cond(field("lead", "name"), {"type": "exists"})]},
            "object_type",
        ),
        (
            of("lead", cond(field("contact", "value"), {"type": "exists"})),
            "query.queries.1.field.field_name",
        ),
        (
            of("lead", cond(field("lead", "name"), {"type": "number_range", "gt": 1})),
            "query.queries.1.condition",
        ),
        (of("lead", cond(custom("cf_nope"), {"type": "exists"})), "does not exist"),
        (of("lead", related("lead", "contact_email", lead_type())), "has_related"),
        (
            of(
                "lead",
                cond(
                    field("lead", "status_id"),
                    {"type": "reference", "reference_type": "user", "object_ids": []},
                ),
            ),
            "query.queries.1.condition.reference_type",
        ),
    ],
)
def test_a_query_the_emulator_does_not_understand_is_refused_by_its_part(
    seed: Seed, query: dict[str, Any], names: str
) -> None:
    message = seed.refused(query)
    assert message.startswith("Advanced Filtering does not understand ") and names in message


def test_an_unknown_node_type_is_refused_by_the_schema(seed: Seed) -> None:
    response = seed.api.post("/data/search/", json={"query": of("lead", {"type": "match_all"})})
    assert "query" in field_errors(response)


def test_custom_field_condition_follows_writes_at_once(seed: Seed) -> None:
    gold = of("lead", cond(custom(seed.tier), {"type": "term", "values": ["gold"]}))
    assert seed.ids(gold) == [seed.acme]
    ok(seed.api.put(f"/lead/{seed.beta}/", json={f"custom.{seed.tier}": "gold"}))
    assert seed.ids(gold) == [seed.acme, seed.beta]
    ok(seed.api.delete(f"/lead/{seed.acme}/"))
    assert seed.ids(gold) == [seed.beta]
