"""Random queries over random data: the emulator's answer against a plain Python filter.

Hypothesis draws a handful of leads (names, descriptions, a choices and a number custom
field, contacts with titles) and a query tree over them (``and`` / ``or`` / ``negate``,
``text``, ``id``, ``term``, ``number_range``, ``exists``, ``has_related``); the test
evaluates the tree itself, with nothing of the emulator's, and compares the ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from closeext.emulator._clock import use_clock
from closeext.emulator._records import Contact, Lead, StoredValue
from tests.emulator._driver import Api, emulator, ok

WORDS = ("alpha", "beta", "gamma", "delta", "rocket", "labs")
TIERS = ("gold", "silver", "bronze")
TITLES = ("CEO", "CTO", "Sales")


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Any, Api, str, str]]:
    with emulator() as (state, (api,)):
        tier = ok(
            api.post(
                "/custom_field/lead/",
                json={"name": "Tier", "type": "choices", "choices": list(TIERS)},
            )
        )["id"]
        score = ok(api.post("/custom_field/lead/", json={"name": "Score", "type": "number"}))["id"]
        yield state, api, tier, score


contacts = st.lists(
    st.fixed_dictionaries({"name": st.sampled_from(WORDS), "title": st.sampled_from(TITLES)}),
    max_size=2,
)
leads = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(" ".join),
            "description": st.sampled_from(("", "rocket maker", "delta labs")),
            "tier": st.none() | st.sampled_from(TIERS),
            "score": st.none() | st.integers(0, 100),
            "contacts": contacts,
        }
    ),
    max_size=6,
)


def _field(kind: str, key: str) -> dict[str, Any]:
    return {"kind": kind, "key": key}


leaves = st.one_of(
    st.builds(lambda w: {"type": "text", "value": w}, st.sampled_from(WORDS)),
    st.builds(
        lambda values: {"c": "term", "values": values},
        st.lists(st.sampled_from(TIERS), min_size=1, max_size=2),
    ),
    st.builds(
        lambda bound, low: {"c": "range", ("gte" if low else "lt"): bound},
        st.integers(0, 100),
        st.booleans(),
    ),
    st.sampled_from(({"c": "exists", "on": "score"}, {"c": "exists", "on": "description"})),
    st.builds(lambda title: {"c": "related", "title": title}, st.sampled_from(TITLES)),
    st.builds(lambda index: {"c": "id", "index": index}, st.integers(0, 6)),
)
trees = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(lambda qs: {"c": "and", "queries": qs}, st.lists(inner, max_size=3)),
        st.builds(lambda qs: {"c": "or", "queries": qs}, st.lists(inner, max_size=3)),
        st.builds(lambda q: {"c": "not", "query": q}, inner),
    ),
    max_leaves=6,
)


def to_query(tree: dict[str, Any], ids: list[str], tier: str, score: str) -> dict[str, Any]:
    """The Advanced Filtering JSON of a drawn tree."""
    kind = tree.get("c")
    if tree.get("type") == "text":
        return tree
    if kind == "term":
        field = {"type": "custom_field", "custom_field_id": tier}
        condition = {"type": "term", "values": tree["values"]}
        return {"type": "field_condition", "field": field, "condition": condition}
    if kind == "range":
        field = {"type": "custom_field", "custom_field_id": score}
        bounds = {k: v for k, v in tree.items() if k in ("gte", "lt")}
        condition = {"type": "number_range", **bounds}
        return {"type": "field_condition", "field": field, "condition": condition}
    if kind == "exists":
        field = (
            {"type": "custom_field", "custom_field_id": score}
            if tree["on"] == "score"
            else {"type": "regular_field", "object_type": "lead", "field_name": "description"}
        )
        return {"type": "field_condition", "field": field, "condition": {"type": "exists"}}
    if kind == "related":
        title = {"type": "regular_field", "object_type": "contact", "field_name": "title"}
        condition = {"type": "term", "values": [tree["title"]]}
        return {
            "type": "has_related",
            "this_object_type": "lead",
            "related_object_type": "contact",
            "related_query": {"type": "field_condition", "field": title, "condition": condition},
        }
    if kind == "id":
        index = tree["index"]
        return {"type": "id", "value": ids[index] if index < len(ids) else "lead_missing"}
    if kind == "not":
        inner = to_query(tree["query"], ids, tier, score)
        if inner.get("negate"):  # negate is a flag: a second one needs a node of its own
            return {"type": "and", "queries": [inner], "negate": True}
        return {**inner, "negate": True}
    return {"type": kind, "queries": [to_query(q, ids, tier, score) for q in tree["queries"]]}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def holds(tree: dict[str, Any], lead: dict[str, Any], index: int) -> bool:
    """The test's own reading of a drawn tree on one drawn lead."""
    kind = tree.get("c")
    if tree.get("type") == "text":
        texts = [lead["name"], lead["description"]]
        texts += [part for c in lead["contacts"] for part in (c["name"], c["title"])]
        return tree["value"] in set().union(*(_words(t) for t in texts))
    if kind == "term":
        return lead["tier"] in tree["values"]
    if kind == "range":
        value = lead["score"]
        if value is None:
            return False
        return value >= tree["gte"] if "gte" in tree else value < tree["lt"]
    if kind == "exists":
        return bool(lead[tree["on"]]) or (tree["on"] == "score" and lead["score"] == 0)
    if kind == "related":
        return any(c["title"] == tree["title"] for c in lead["contacts"])
    if kind == "id":
        return tree["index"] == index
    if kind == "not":
        return not holds(tree["query"], lead, index)
    results = [holds(q, lead, index) for q in tree["queries"]]
    return all(results) if kind == "and" else any(results)


def _seed(state: Any, api: Api, drawn: list[dict[str, Any]], tier: str, score: str) -> list[str]:
    org, user_id = api.org, api.user.id
    with org.lock, use_clock(state.clock):
        for lead_id in list(org.leads):
            org.remove("leads", lead_id)
        ids = []
        for number, row in enumerate(drawn):
            custom = {}
            if row["tier"] is not None:
                custom[tier] = StoredValue([row["tier"]], tier)
            if row["score"] is not None:
                custom[score] = StoredValue([row["score"]], score)
            lead = Lead(
                **org.stamp(user_id, f"lead_prop{number:039d}"),
                name=row["name"],
                description=row["description"],
                url=None,
                status_id=org.default_lead_status_id() or "",
                addresses=[],
                custom=custom,
            )
            org.insert("leads", lead)
            for which, person in enumerate(row["contacts"]):
                contact = Contact(
                    **org.stamp(user_id, f"cont_prop{number:02d}{which:037d}"),
                    lead_id=lead.id,
                    name=person["name"],
                    title=person["title"],
                    emails=[],
                    phones=[],
                    urls=[],
                )
                org.insert("contacts", contact)
            ids.append(lead.id)
        # Written past the request pipeline: say so, as every write does (caches follow it).
        org.generation += 1
    return ids


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=leads, tree=trees)
def test_search_agrees_with_a_plain_python_filter(
    world: tuple[Any, Api, str, str], drawn: list[dict[str, Any]], tree: dict[str, Any]
) -> None:
    state, api, tier, score = world
    ids = _seed(state, api, drawn, tier, score)
    query = {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            to_query(tree, ids, tier, score),
        ],
    }
    note(f"query: {query}")
    answer = ok(api.post("/data/search/", json={"query": query, "_limit": 200}))
    expected = [ids[i] for i, lead in enumerate(drawn) if holds(tree, lead, i)]
    assert [hit["id"] for hit in answer["data"]] == expected
