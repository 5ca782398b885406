"""Smart Views (``/saved_search/``) over HTTP: their queries, types, sharing and their uses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def apis() -> Iterator[list[Api]]:
    with emulator(2) as (_, clients):
        yield clients


@pytest.fixture
def api(apis: list[Api]) -> Api:
    return apis[0]


def of(object_type: str, *queries: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "and",
        "queries": [{"type": "object_type", "object_type": object_type}, *queries],
    }


def named(name: str) -> dict[str, Any]:
    return {
        "type": "field_condition",
        "field": {"type": "regular_field", "object_type": "lead", "field_name": "name"},
        "condition": {"type": "text", "mode": "full_words", "value": name},
    }


MINE = {
    "type": "field_condition",
    "field": {"type": "regular_field", "object_type": "lead", "field_name": "created_by"},
    "condition": {"type": "current_user"},
}


def test_crud_answers_200_and_keeps_the_query(api: Api) -> None:
    created = ok(api.post("/saved_search/", json={"name": "Acme", "s_query": of("lead")}))
    assert created["id"].startswith("save_")
    assert created["type"] == "lead" and created["user_id"] == api.user.id
    assert created["s_query"] == of("lead") and created["query"] is None
    assert created["is_shared"] is False and created["is_user_dependent"] is False
    assert created["organization_id"] == api.org.id
    view_id = created["id"]
    assert ok(api.get(f"/saved_search/{view_id}/"))["name"] == "Acme"
    updated = ok(
        api.put(f"/saved_search/{view_id}/", json={"name": "Acme Inc", "s_query": of("lead", MINE)})
    )
    assert updated["name"] == "Acme Inc" and updated["is_user_dependent"] is True
    assert ok(api.delete(f"/saved_search/{view_id}/")) == {}
    assert "SavedSearch" in error(api.get(f"/saved_search/{view_id}/"), 404)


def test_the_query_must_name_objects_of_the_views_type(api: Api) -> None:
    no_type = {"type": "and", "queries": [named("acme")]}
    assert "object_type" in error(
        api.post("/saved_search/", json={"name": "x", "s_query": no_type})
    )
    wrong = {"name": "x", "type": "contact", "s_query": of("lead")}
    assert "of type contact" in error(api.post("/saved_search/", json=wrong))
    contacts = ok(
        api.post(
            "/saved_search/", json={"name": "People", "type": "contact", "s_query": of("contact")}
        )
    )
    assert contacts["type"] == "contact"
    # A part Advanced Filtering does not understand is refused by name, never kept.
    odd = of(
        "lead",
        {
            "type": "field_condition",
            "field": {"type": "custom_field", "custom_field_id": "cf_missing"},
            "condition": {"type": "exists"},
        },
    )
    assert "s_query" in error(api.post("/saved_search/", json={"name": "x", "s_query": odd}))


def test_a_new_view_takes_a_tree_not_the_legacy_text(api: Api) -> None:
    assert "s_query" in field_errors(api.post("/saved_search/", json={"name": "x"}))
    legacy = {"name": "x", "s_query": of("lead"), "query": "name:acme"}
    assert api.post("/saved_search/", json=legacy).status_code == 400


def test_the_list_filters_by_type_lead_by_default(api: Api) -> None:
    ok(api.post("/saved_search/", json={"name": "L", "s_query": of("lead")}))
    ok(api.post("/saved_search/", json={"name": "C", "type": "contact", "s_query": of("contact")}))
    ok(
        api.post(
            "/saved_search/",
            json={"name": "O", "type": "opportunity", "s_query": of("opportunity")},
        )
    )

    def names(query: str) -> list[str]:
        return [v["name"] for v in ok(api.get(f"/saved_search/{query}"))["data"]]

    assert names("") == ["L"]
    assert names("?type=contact") == ["C"]
    assert names("?type__in=lead,opportunity") == ["L", "O"]
    assert "type__in" in field_errors(api.get("/saved_search/?type__in=lead,nope"))
    assert "not both" in error(api.get("/saved_search/?type=lead&type__in=contact"))
    page = ok(api.get("/saved_search/?type__in=lead,contact,opportunity&_limit=2"))
    assert len(page["data"]) == 2 and page["has_more"] is True


def test_sharing_names_groups_users_and_memberships_of_the_organization(apis: list[Api]) -> None:
    api, other = apis
    group = ok(api.post("/group/", json={"name": "Closers"}), 201)
    sharing = {"whole_org": False, "group_ids": [group["id"]], "user_ids": [api.user.id]}
    view = ok(
        api.post(
            "/saved_search/",
            json={
                "name": "S",
                "s_query": of("lead"),
                "is_shared": True,
                "sharing_settings": sharing,
            },
        )
    )
    settings = view["sharing_settings"]
    assert settings["group_ids"] == [group["id"]] and settings["user_ids"] == [api.user.id]
    assert settings["created_by_id"] == api.user.id and settings["created_at"]
    stranger = {"whole_org": False, "group_ids": [], "user_ids": [other.user.id]}
    assert "sharing_settings" in field_errors(
        api.post(
            "/saved_search/",
            json={"name": "x", "s_query": of("lead"), "sharing_settings": stranger},
        )
    )
    member = "mem_" + api.user.id.removeprefix("user_")
    shared = ok(api.put(f"/saved_search/{view['id']}/", json={"shared_with": [member]}))
    assert shared["shared_with"] == [member]
    outsider = "mem_" + other.user.id.removeprefix("user_")
    assert "shared_with" in field_errors(
        api.put(f"/saved_search/{view['id']}/", json={"shared_with": [outsider]})
    )
    # A group a view is shared with cannot be deleted while the view uses it.
    assert 'smart view "S"' in error(api.delete(f"/group/{group['id']}/"))
    ok(api.delete(f"/saved_search/{view['id']}/"))
    assert api.delete(f"/group/{group['id']}/").status_code == 204


def test_views_belong_to_their_organization(apis: list[Api]) -> None:
    api, other = apis
    view = ok(api.post("/saved_search/", json={"name": "Mine", "s_query": of("lead")}))
    assert error(other.get(f"/saved_search/{view['id']}/"), 404)
    assert ok(other.get("/saved_search/"))["data"] == []


def test_opportunities_of_the_leads_a_view_selects(api: Api) -> None:
    acme = ok(api.post("/lead/", json={"name": "Acme"}))
    other = ok(api.post("/lead/", json={"name": "Globex"}))
    ok(api.post("/opportunity/", json={"lead_id": acme["id"], "value": 100}))
    ok(api.post("/opportunity/", json={"lead_id": acme["id"], "value": 200}))
    ok(api.post("/opportunity/", json={"lead_id": other["id"], "value": 300}))
    view = ok(
        api.post("/saved_search/", json={"name": "Acme", "s_query": of("lead", named("acme"))})
    )
    page = ok(api.get(f"/opportunity/?lead_saved_search_id={view['id']}"))
    assert sorted(o["value"] for o in page["data"]) == [100, 200]
    assert page["total_results"] == 2
    # A view made before Advanced Filtering, with the deprecated text query only.
    legacy = ok(api.post("/saved_search/", json={"name": "Globex", "s_query": of("lead")}))
    stored = api.org.collection("smart_views")[legacy["id"]]
    stored.s_query, stored.query = None, "name:globex"
    page = ok(api.get(f"/opportunity/?lead_saved_search_id={legacy['id']}"))
    assert [o["value"] for o in page["data"]] == [300]
    # The view is read now: a renamed lead leaves it.
    ok(api.put(f"/lead/{acme['id']}/", json={"name": "Initech"}))
    assert ok(api.get(f"/opportunity/?lead_saved_search_id={view['id']}"))["data"] == []
    people = ok(
        api.post("/saved_search/", json={"name": "P", "type": "contact", "s_query": of("contact")})
    )
    assert "type lead" in error(api.get(f"/opportunity/?lead_saved_search_id={people['id']}"))
    assert "does not exist" in error(api.get("/opportunity/?lead_saved_search_id=save_missing"))
