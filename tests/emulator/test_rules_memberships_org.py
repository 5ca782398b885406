"""Memberships, pinned views, the organization's update, user availability, field enrichment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok

CONTROL = "http://emulator.test/_emulator/"


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def oauth_post(api: Api, path: str, body: Any) -> httpx.Response:
    """A request with an OAuth access token (from the control surface) instead of the key."""
    control = {"X-Closeext-Emulator-Control": "1"}
    token = ok(api.post(f"{CONTROL}oauth_token/", headers=control))["access_token"]
    return api.post(path, json=body, headers={"Authorization": f"Bearer {token}"}, auth=None)


def memberships(api: Api) -> dict[str, dict[str, Any]]:
    org = ok(api.get(f"/organization/{api.org.id}/"))
    return {m["user_email"]: m for m in org["memberships"]}


def own_membership_id(api: Api) -> str:
    return str(ok(api.get("/me/"))["memberships"][0]["id"])


# -- POST /membership/ ------------------------------------------------------------------


def test_adding_a_member_is_oauth_only(api: Api) -> None:
    body = {"email": "new@example.com", "role_id": "user"}
    assert error(api.post("/membership/", json=body), 403) == (
        "API access to this endpoint is supported via OAuth only."
    )
    # An API key sent as a Bearer token is still an API key.
    as_bearer = {"Authorization": "Bearer rules-test-key-0"}
    assert api.post("/membership/", json=body, headers=as_bearer, auth=None).status_code == 403
    assert "new@example.com" not in memberships(api)
    added = ok(oauth_post(api, "/membership/", body))
    assert added["id"].startswith("mem_") and added["role_id"] == "user"
    assert added["user_email"] == "new@example.com"
    users = {u["email"]: u for u in ok(api.get("/user/"))["data"]}
    assert users["new@example.com"]["id"] == added["user_id"]
    assert memberships(api)["new@example.com"]["role_id"] == "user"


def test_adding_an_existing_member_keeps_the_user_and_sets_the_role(api: Api) -> None:
    first = ok(oauth_post(api, "/membership/", {"email": "ann@example.com", "role_id": "user"}))
    again = ok(
        oauth_post(api, "/membership/", {"email": "ANN@example.com", "role_id": "superuser"})
    )
    assert again["id"] == first["id"] and again["user_id"] == first["user_id"]
    assert again["role_id"] == "superuser"
    assert len(ok(api.get("/user/"))["data"]) == 2


def test_adding_a_member_needs_a_known_role_and_the_permission(api: Api) -> None:
    body = {"email": "x@example.com", "role_id": "role_doesnotexist"}
    assert field_errors(oauth_post(api, "/membership/", body)) == {
        "role_id": "Role does not exist."
    }
    api.user.role_id = "user"
    assert "manage_organization" in error(
        oauth_post(api, "/membership/", {"email": "x@example.com", "role_id": "user"}), 403
    )


# -- PUT /membership/{id}/ and PUT /membership/ ------------------------------------------


def test_updating_a_membership_changes_the_role_everywhere(api: Api) -> None:
    member = ok(oauth_post(api, "/membership/", {"email": "bo@example.com", "role_id": "user"}))
    role = ok(api.post("/role/", json={"name": "Closer", "permissions": ["view_all_leads"]}), 201)
    updated = ok(
        api.put(
            f"/membership/{member['id']}/",
            json={"role_id": role["id"], "auto_record_calls": "enabled"},
        )
    )
    assert updated["role_id"] == role["id"] and updated["auto_record_calls"] == "enabled"
    shown = memberships(api)["bo@example.com"]
    assert shown["role_id"] == role["id"] and shown["auto_record_calls"] == "enabled"
    assert ok(api.get(f"/user/{member['user_id']}/"))["id"] == member["user_id"]
    # The role now has a holder, so it cannot be deleted.
    assert "users" in error(api.delete(f"/role/{role['id']}/"))


def test_a_membership_update_refuses_unknown_roles_and_ones_own_role(api: Api) -> None:
    mine = own_membership_id(api)
    assert field_errors(api.put(f"/membership/{mine}/", json={"role_id": "user"})) == {
        "role_id": "You cannot change your own role."
    }
    assert ok(api.put(f"/membership/{mine}/", json={"auto_record_calls": "disabled"}))[
        "auto_record_calls"
    ] == ("disabled")
    member = ok(oauth_post(api, "/membership/", {"email": "c@example.com", "role_id": "user"}))
    assert field_errors(api.put(f"/membership/{member['id']}/", json={"role_id": "role_nope"}))
    assert api.put("/membership/mem_nobody/", json={"role_id": "user"}).status_code == 404


def test_bulk_update_is_all_or_nothing(api: Api) -> None:
    a = ok(oauth_post(api, "/membership/", {"email": "a@example.com", "role_id": "user"}))
    b = ok(oauth_post(api, "/membership/", {"email": "b@example.com", "role_id": "user"}))
    refused = api.put(
        "/membership/",
        json={"_params": {"id__in": f"{a['id']},mem_missing"}, "role_id": "superuser"},
    )
    assert "id__in" in field_errors(refused)
    assert memberships(api)["a@example.com"]["role_id"] == "user"
    done = ok(
        api.put(
            "/membership/",
            json={"_params": {"id__in": f"{a['id']},{b['id']}"}, "role_id": "superuser"},
        )
    )
    assert [m["role_id"] for m in done["data"]] == ["superuser", "superuser"]
    shown = memberships(api)
    assert shown["a@example.com"]["role_id"] == shown["b@example.com"]["role_id"] == "superuser"


# -- pinned views -----------------------------------------------------------------------


def test_pinned_views_are_replaced_whole_and_in_order(api: Api) -> None:
    mine = own_membership_id(api)
    assert ok(api.get(f"/membership/{mine}/pinned_views/")) == {"saved_view_ids": []}
    views = {"saved_view_ids": ["save_b", "save_a", "save_b"]}
    assert ok(api.put(f"/membership/{mine}/pinned_views/", json=views)) == {
        "saved_view_ids": ["save_b", "save_a"]
    }
    ok(api.put(f"/membership/{mine}/pinned_views/", json={"saved_view_ids": ["save_c"]}))
    assert ok(api.get(f"/membership/{mine}/pinned_views/")) == {"saved_view_ids": ["save_c"]}
    assert api.get("/membership/mem_nobody/pinned_views/").status_code == 404


def test_another_members_pinned_views_need_the_permission(api: Api) -> None:
    other = ok(oauth_post(api, "/membership/", {"email": "d@example.com", "role_id": "user"}))
    api.user.role_id = "user"
    mine = own_membership_id(api)
    assert ok(api.put(f"/membership/{mine}/pinned_views/", json={"saved_view_ids": []})) == {
        "saved_view_ids": []
    }
    path = f"/membership/{other['id']}/pinned_views/"
    assert "manage_organization" in error(api.put(path, json={"saved_view_ids": []}), 403)


# -- PUT /organization/{id}/ ----------------------------------------------------------------


def test_updating_the_organization_renames_and_reorders_lead_statuses(api: Api) -> None:
    path = f"/organization/{api.org.id}/"
    statuses = [s["id"] for s in ok(api.get(path))["lead_statuses"]]
    last = statuses[-1]
    updated = ok(
        api.put(
            path, json={"name": "Acme Corp", "currency": "EUR", "lead_statuses": [{"id": last}]}
        )
    )
    assert updated["name"] == "Acme Corp" and updated["currency"] == "EUR"
    assert [s["id"] for s in updated["lead_statuses"]] == [last, *statuses[:-1]]
    # The first status is the default of a new lead now.
    assert ok(api.post("/lead/", json={"name": "New"}))["status_id"] == last
    assert ok(api.get("/me/"))["organizations"][0]["name"] == "Acme Corp"


def test_the_organization_update_refuses_what_it_cannot_apply(api: Api) -> None:
    path = f"/organization/{api.org.id}/"
    refused = api.put(path, json={"name": "X", "lead_statuses": [{"id": "stat_missing"}]})
    assert "lead_statuses" in field_errors(refused)
    assert ok(api.get(path))["name"] != "X"  # nothing changed
    assert "currency" in field_errors(api.put(path, json={"currency": "euro"}))
    assert api.put("/organization/orga_other/", json={"name": "Y"}).status_code == 404
    api.user.role_id = "user"
    assert "manage_organization" in error(api.put(path, json={"name": "Y"}), 403)


# -- GET /user/availability/ ---------------------------------------------------------------


def test_availability_lists_every_member_with_their_calls_in_progress(api: Api) -> None:
    other = ok(oauth_post(api, "/membership/", {"email": "e@example.com", "role_id": "user"}))
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    live = ok(api.post("/activity/call/", json={"lead_id": lead["id"], "status": "in-progress"}))
    ok(api.post("/activity/call/", json={"lead_id": lead["id"], "status": "completed"}))
    found = {a["user_id"]: a for a in ok(api.get("/user/availability/"))["data"]}
    assert set(found) == {api.user.id, other["user_id"]}
    assert [c["call_id"] for c in found[api.user.id]["active_calls"]] == [live["id"]]
    assert found[other["user_id"]]["active_calls"] == []
    ok(api.put(f"/activity/call/{live['id']}/", json={"status": "completed"}))
    assert all(not a["active_calls"] for a in ok(api.get("/user/availability/"))["data"])
    assert ok(api.get("/user/availability/", params={"organization_id": api.org.id}))["data"]
    assert api.get("/user/availability/", params={"organization_id": "orga_x"}).status_code == 404


# -- POST /enrich_field/ -------------------------------------------------------------------


def _enrich(api: Api, object_id: str, field_id: str, **extra: Any) -> httpx.Response:
    kind = "lead" if object_id.startswith("lead_") else "contact"
    body = {"organization_id": api.org.id, "object_type": kind, "object_id": object_id}
    return api.post("/enrich_field/", json={**body, "field_id": field_id, **extra})


def test_enrichment_fills_an_empty_field_and_keeps_a_value_unless_told(api: Api) -> None:
    field = ok(api.post("/custom_field/lead/", json={"name": "Industry", "type": "text"}))["id"]
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    key = f"custom.{field}"
    done = ok(_enrich(api, lead["id"], field))
    assert done["value"] == "Industry of Acme" and done["value_set"] is True
    assert done["previous_value"] is None
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == "Industry of Acme"
    ok(api.put(f"/lead/{lead['id']}/", json={key: "Software"}))
    kept = ok(_enrich(api, lead["id"], field))
    assert kept["value_set"] is False and kept["previous_value"] == "Software"
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == "Software"
    replaced = ok(_enrich(api, lead["id"], field, overwrite_existing_value=True))
    assert replaced["value_set"] is True
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == "Industry of Acme"


def test_enrichment_without_storing_and_by_field_type(api: Api) -> None:
    choices = ok(
        api.post(
            "/custom_field/contact/",
            json={"name": "Tier", "type": "choices", "choices": ["Gold", "Silver"]},
        )
    )["id"]
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Jo"}]}))
    contact = lead["contacts"][0]["id"]
    dry = ok(_enrich(api, contact, choices, set_new_value=False))
    assert dry["value"] == "Gold" and dry["value_set"] is False
    assert f"custom.{choices}" not in ok(api.get(f"/contact/{contact}/"))
    ok(_enrich(api, contact, choices))
    assert ok(api.get(f"/contact/{contact}/"))[f"custom.{choices}"] == "Gold"


def test_enrichment_refuses_what_it_cannot_fill(api: Api) -> None:
    contact_field = ok(api.post("/custom_field/contact/", json={"name": "Role", "type": "text"}))
    user_field = ok(api.post("/custom_field/lead/", json={"name": "Owner", "type": "user"}))
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    assert "does not apply" in error(_enrich(api, lead["id"], contact_field["id"]))
    assert "cannot be enriched" in error(_enrich(api, lead["id"], user_field["id"]))
    assert _enrich(api, "lead_missing", user_field["id"]).status_code == 404
    body = {"organization_id": "orga_other", "object_type": "lead", "object_id": lead["id"]}
    other_org = api.post("/enrich_field/", json={**body, "field_id": user_field["id"]})
    assert other_org.status_code == 404


def test_membership_changes_are_in_the_event_log(api: Api) -> None:
    member = ok(oauth_post(api, "/membership/", {"email": "ev@example.com", "role_id": "user"}))
    ok(api.put(f"/membership/{member['id']}/", json={"auto_record_calls": "enabled"}))
    query = {"object_id": member["id"], "object_type": "membership"}
    events = ok(api.get("/event/", params=query))["data"]
    actions = sorted((e["object_type"], e["action"]) for e in events)
    assert actions == [
        ("membership", "activated"),
        ("membership", "created"),
        ("membership", "updated"),
    ]
    updated = next(e for e in events if e["action"] == "updated")
    assert updated["changed_fields"] == ["auto_record_calls"]
    assert updated["previous_data"]["auto_record_calls"] == "unset"
