"""The query builder and ``close.search``: what it builds, the emulator answers as an
independent filter says, sync and async alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from close_api.models import SearchRequest

from closeext import (
    AsyncClose,
    Close,
    Field,
    FieldRegistry,
    Moment,
    ObjectType,
    Query,
    SearchWindowError,
    UnknownField,
)
from closeext._searching import SEQUENCE_CAP, _SearchState
from tests.closeext.conftest import collect, resolve

# -- what the builder builds -------------------------------------------------------------


def test_the_builder_writes_the_query_tree() -> None:
    tier = Field.custom("cf_tier")
    query = Query.leads() & (tier.is_in("gold", "silver") | ~Field.lead("url").exists())
    assert query.to_dict() == {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            {
                "type": "or",
                "queries": [
                    {
                        "type": "field_condition",
                        "field": {"type": "custom_field", "custom_field_id": "cf_tier"},
                        "condition": {"type": "term", "values": ["gold", "silver"]},
                    },
                    {
                        "type": "field_condition",
                        "field": {
                            "type": "regular_field",
                            "object_type": "lead",
                            "field_name": "url",
                        },
                        "condition": {"type": "exists"},
                        "negate": True,
                    },
                ],
            },
        ],
    }
    assert query.object_types == ("lead",)
    assert (~~Query.text("x")).to_dict() == {"type": "text", "value": "x", "mode": "full_words"}
    # nested ands flatten, a negated one does not
    flat = Query.leads() & Query.id("a") & Query.id("b")
    assert [q["type"] for q in flat.to_dict()["queries"]] == ["object_type", "id", "id"]
    kept = Query.leads() & ~(Query.id("a") & Query.id("b"))
    assert kept.to_dict()["queries"][1]["negate"] is True


def test_comparisons_become_ranges() -> None:
    def condition(query: Query) -> Any:
        return query.to_dict()["condition"]

    score = Field.custom("cf_score")
    assert condition(score >= 5) == {"type": "number_range", "gte": 5}
    assert condition(score.between(gt=1, lt=9)) == {"type": "number_range", "gt": 1, "lt": 9}
    created = Field.lead("date_created")
    day = dt.date(2030, 1, 31)
    assert condition(created > day)["on_or_after"] == {
        "type": "fixed_local_date",
        "value": "2030-01-31",
        "which": "end",
    }
    assert condition(created < day)["before"]["which"] == "start"
    assert condition(created <= day)["before"]["which"] == "end"
    moment = dt.datetime(2030, 1, 31, 12, tzinfo=dt.UTC)
    assert condition(created >= moment)["on_or_after"] == {
        "type": "fixed_utc",
        "value": "2030-01-31T12:00:00+00:00",
    }
    recent = condition(created.within(Moment.ago(days=3, start_of_day=True)))
    assert recent["on_or_after"] == {
        "type": "offset",
        "direction": "past",
        "moment": {"type": "now"},
        "offset": {"days": 3},
        "which_day_end": "start",
    }
    assert recent["before"] is None
    with pytest.raises(TypeError):
        Moment.ago(fortnights=1)
    with pytest.raises(ValueError, match="custom_named"):
        Field.custom("Tier")


def test_every_built_query_is_a_valid_request_of_the_generated_client() -> None:
    query = (
        Query.contacts()
        & Query.has_related(
            "contact", "contact_email", Field.regular("contact_email", "is_unsubscribed").is_(True)
        )
        & Query.has_related(
            "contact", "lead", Field.lead("status_id").references("s", kind="status.lead")
        )
        & Field.contact("created_by").is_current_user()
        & Field.contact("title").contains("chief officer", phrase=True)
        & Field.contact("date_created").within(Moment.period("this-week"), Moment.now())
    )
    body = {
        "query": query.to_dict(),
        "sort": [Field.contact("title").desc().to_dict()],
        "_fields": {"contact": ["id"]},
    }
    assert SearchRequest.from_dict(body).to_dict() == body


def test_custom_fields_by_name_resolve_through_the_registry() -> None:
    schema = {"fields": [{"id": "cf_abc", "name": "Tier", "type": "choices"}]}
    registry = FieldRegistry({ObjectType.lead(): schema})
    assert Field.custom_named(registry, "lead", "Tier") == Field.custom("cf_abc")
    with pytest.raises(UnknownField, match="Tire"):
        Field.custom_named(registry, "lead", "Tire")


# -- against the emulator ----------------------------------------------------------------


async def _seed(client: Close | AsyncClose) -> tuple[str, list[dict[str, Any]]]:
    from close_api.api.custom_fields import create_lead_custom_field
    from close_api.api.leads import create_lead
    from close_api.models import CustomFieldCreate, LeadCreate

    field = await resolve(
        client.call(
            create_lead_custom_field,
            body=CustomFieldCreate.from_dict(
                {"name": "Tier", "type": "choices", "choices": ["gold", "silver"]}
            ),
        )
    )
    rows = [
        ("Acme Rockets", "gold", "https://acme.example"),
        ("Beta Labs", "silver", None),
        ("Gamma Rockets", None, None),
        ("Delta", "gold", None),
        ("Epsilon", "silver", "https://e.example"),
    ]
    leads = []
    for name, tier, url in rows:
        body: dict[str, Any] = {"name": name, "url": url}
        if tier:
            body[f"custom.{field.id}"] = tier
        lead = await resolve(client.call(create_lead, body=LeadCreate.from_dict(body)))
        leads.append({"id": lead.id, "name": name, "tier": tier, "url": url})
    return field.id, leads


async def test_search_answers_what_an_independent_filter_says(client: Close | AsyncClose) -> None:
    field_id, leads = await _seed(client)
    registry = await resolve(client.field_registry(ObjectType.lead()))
    tier = Field.custom_named(registry, ObjectType.lead(), "Tier")
    assert tier == Field.custom(field_id)
    query = (
        Query.leads() & (tier.is_in("gold") | Query.text("rockets")) & ~Field.lead("url").exists()
    )
    hits = await collect(client.search(query, page_size=2))
    expected = [
        lead["id"]
        for lead in leads
        if (lead["tier"] == "gold" or "Rockets" in lead["name"]) and not lead["url"]
    ]
    assert [hit["id"] for hit in hits] == expected
    assert all(set(hit) == {"__object_type", "id"} for hit in hits)


async def test_fields_sort_and_limit(client: Close | AsyncClose) -> None:
    _, leads = await _seed(client)
    by_name = Field.lead("display_name").desc()
    hits = await collect(
        client.search(Query.leads(), fields={"lead": ["display_name"]}, sort=[by_name], limit=3)
    )
    names = sorted((lead["name"] for lead in leads), reverse=True)[:3]
    assert hits == [{"__object_type": "lead", "display_name": name} for name in names]


async def test_an_expired_cursor_resumes_from_the_last_date_created(
    client: Close | AsyncClose, close_emulator_fresh: Any
) -> None:
    _, leads = await _seed(client)
    clock = close_emulator_fresh.app.state.emulator.clock
    if isinstance(client, AsyncClose):
        pages = client.search(Query.leads(), page_size=2).__aiter__()
        seen = [await pages.__anext__(), await pages.__anext__()]
        clock.advance(dt.timedelta(seconds=31))  # the cursor of page two has expired
        seen += [hit async for hit in pages]
    else:
        hits = iter(client.search(Query.leads(), page_size=2))
        seen = [next(hits), next(hits)]
        clock.advance(dt.timedelta(seconds=31))
        seen += list(hits)
    assert [hit["id"] for hit in seen] == [lead["id"] for lead in leads]


# -- past the cap, with a stand-in server that caps sequences ----------------------------


class _CappedServer:
    """Serves ``records`` (id, date_created) sorted by date_created, SEQUENCE_CAP per
    cursor sequence, honouring an ``on_or_after`` window: what the iterator relies on."""

    def __init__(self, records: list[tuple[str, str]]) -> None:
        self.records = records
        self.sequences: dict[str, tuple[list[tuple[str, str]], int]] = {}
        self.requests = 0

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        self.requests += 1
        if "cursor" in body:
            matches, offset = self.sequences.pop(body["cursor"])
        else:
            since = None
            query = body["query"]
            if query["type"] == "and" and query["queries"][-1]["type"] == "field_condition":
                since = query["queries"][-1]["condition"]["on_or_after"]["value"]
            matches = [r for r in self.records if since is None or r[1] >= since][:SEQUENCE_CAP]
            offset = 0
        page = matches[offset : offset + body["_limit"]]
        data = [{"__object_type": "lead", "id": i, "date_created": d} for i, d in page]
        cursor = None
        if offset + len(page) < len(matches):
            cursor = f"c{self.requests}"
            self.sequences[cursor] = (matches, offset + len(page))
        return {"data": data, "cursor": cursor}


def _drain(server: _CappedServer, **options: Any) -> list[dict[str, Any]]:
    state = _SearchState(
        Query.leads(), fields=None, sort=None, page_size=options.pop("page_size", 200), limit=None
    )
    hits = []
    while (body := state.next_body()) is not None:
        hits.extend(state.accept(server(body)))
    return hits


def test_the_iterator_gets_past_the_cap_with_plateaus_of_equal_timestamps() -> None:
    # 25,000 records, 7 per timestamp, so windows start inside a plateau.
    records = [(f"lead_{n:06d}", f"2030-01-01T00:00:{n // 7:08d}") for n in range(25_000)]
    server = _CappedServer(records)
    hits = _drain(server)
    assert [hit["id"] for hit in hits] == [r[0] for r in records]
    assert all(set(hit) == {"__object_type", "id"} for hit in hits)


def test_a_plateau_larger_than_the_cap_is_an_error_not_a_loop() -> None:
    records = [(f"lead_{n:06d}", "2030-01-01T00:00:00") for n in range(SEQUENCE_CAP + 1)]
    with pytest.raises(SearchWindowError, match="share one date_created"):
        _drain(_CappedServer(records))


def test_a_custom_sort_that_reaches_the_cap_is_an_error() -> None:
    records = [(f"lead_{n:06d}", f"2030-01-01T{n:08d}") for n in range(SEQUENCE_CAP + 5)]
    server = _CappedServer(records)
    state = _SearchState(
        Query.leads(), fields=None, sort=[Field.lead("name").asc()], page_size=200, limit=None
    )
    with pytest.raises(SearchWindowError, match="10,000"):
        while (body := state.next_body()) is not None:
            state.accept(server(body))
