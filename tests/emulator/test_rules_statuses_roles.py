"""Lead and opportunity statuses, pipelines, roles, users and the organization."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


# -- lead statuses ----------------------------------------------------------------------


def test_lead_status_crud_and_rename_shows_on_leads(api: Api) -> None:
    status = ok(api.post("/status/lead/", json={"label": "Nurture", "color": "#00ff00"}))
    assert status["id"].startswith("stat_") and status["color"] == "#00ff00"
    lead = ok(api.post("/lead/", json={"name": "A", "status_id": status["id"]}))
    ok(api.put(f"/status/lead/{status['id']}/", json={"label": "Nurturing"}))
    assert ok(api.get(f"/lead/{lead['id']}/"))["status_label"] == "Nurturing"
    labels = [s["label"] for s in ok(api.get("/status/lead/"))["data"]]
    assert labels[-1] == "Nurturing"
    assert "label" in field_errors(api.post("/status/lead/", json={"label": "potential"}))


def test_lead_status_in_use_cannot_be_deleted(api: Api) -> None:
    status = ok(api.post("/status/lead/", json={"label": "Temp"}))
    lead = ok(api.post("/lead/", json={"name": "A", "status_id": status["id"]}))
    assert "leads" in error(api.delete(f"/status/lead/{status['id']}/"))
    ok(api.put(f"/lead/{lead['id']}/", json={"status": "Customer"}))
    assert ok(api.delete(f"/status/lead/{status['id']}/")) == {}
    assert api.delete(f"/status/lead/{status['id']}/").status_code == 404


def test_deleting_a_lead_frees_its_status(api: Api) -> None:
    status = ok(api.post("/status/lead/", json={"label": "Temp"}))
    lead = ok(api.post("/lead/", json={"name": "A", "status_id": status["id"]}))
    ok(api.delete(f"/lead/{lead['id']}/"))
    assert ok(api.delete(f"/status/lead/{status['id']}/")) == {}


def test_the_last_lead_status_cannot_be_deleted(api: Api) -> None:
    statuses = ok(api.get("/status/lead/"))["data"]
    for status in statuses[:-1]:
        ok(api.delete(f"/status/lead/{status['id']}/"))
    assert error(api.delete(f"/status/lead/{statuses[-1]['id']}/"))
    assert ok(api.post("/lead/", json={"name": "A"}))["status_id"] == statuses[-1]["id"]


# -- opportunity statuses and pipelines -------------------------------------------------


def test_opportunity_status_defaults_to_the_first_pipeline(api: Api) -> None:
    sales = ok(api.get("/pipeline/"))["data"][0]
    status = ok(api.post("/status/opportunity/", json={"label": "Demo", "type": "active"}))
    assert (status["pipeline_id"], status["type"]) == (sales["id"], "active")
    assert api.post("/status/opportunity/", json={"label": "No type"}).status_code == 400
    renamed = ok(api.put(f"/status/opportunity/{status['id']}/", json={"label": "Demo done"}))
    assert renamed["label"] == "Demo done"
    pipeline = ok(api.get("/pipeline/"))["data"][0]
    assert pipeline["statuses"][-1]["label"] == "Demo done"


def test_opportunity_status_in_use_cannot_be_deleted(api: Api) -> None:
    status = ok(api.post("/status/opportunity/", json={"label": "Demo", "type": "active"}))
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    opp = ok(api.post("/opportunity/", json={"lead_id": lead, "status_id": status["id"]}))
    assert "opportunities" in error(api.delete(f"/status/opportunity/{status['id']}/"))
    ok(api.delete(f"/opportunity/{opp['id']}/"))
    assert ok(api.delete(f"/status/opportunity/{status['id']}/")) == {}
    statuses = ok(api.get("/status/opportunity/"))["data"]
    assert status["id"] not in {s["id"] for s in statuses}


def test_pipeline_moves_reorders_and_deletes_only_when_empty(api: Api) -> None:
    sales = ok(api.get("/pipeline/"))["data"][0]
    active, won, lost = (s["id"] for s in sales["statuses"])
    answer = api.post("/pipeline/", json={"name": "Renewals"})
    renewals = ok(answer, 201)
    assert answer.headers["location"].endswith(f"/pipeline/{renewals['id']}/")
    assert renewals["statuses"] == []
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    opp = ok(api.post("/opportunity/", json={"lead_id": lead, "status_id": won}))
    moved = ok(
        api.put(
            f"/pipeline/{renewals['id']}/", json={"name": "Renewals 2", "statuses": [{"id": won}]}
        )
    )
    assert [s["id"] for s in moved["statuses"]] == [won] and moved["name"] == "Renewals 2"
    after = ok(api.get(f"/opportunity/{opp['id']}/"))
    assert (after["pipeline_id"], after["pipeline_name"]) == (renewals["id"], "Renewals 2")
    reordered = ok(api.put(f"/pipeline/{sales['id']}/", json={"statuses": [{"id": lost}]}))
    assert [s["id"] for s in reordered["statuses"]] == [lost, active]
    assert error(api.delete(f"/pipeline/{renewals['id']}/"))
    assert "statuses" in field_errors(
        api.put(f"/pipeline/{sales['id']}/", json={"statuses": [{"id": "stat_missing"}]})
    )
    ok(api.delete(f"/opportunity/{opp['id']}/"))
    ok(api.delete(f"/status/opportunity/{won}/"))
    deleted = api.delete(f"/pipeline/{renewals['id']}/")
    assert deleted.status_code == 204 and deleted.content == b""


def test_opportunity_list_aggregates_cover_every_match(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "A"}))["id"]
    for value, period, confidence in (
        (1000, "one_time", 50),
        (200, "monthly", 100),
        (300, "monthly", 0),
    ):
        ok(
            api.post(
                "/opportunity/",
                json={
                    "lead_id": lead,
                    "value": value,
                    "value_period": period,
                    "confidence": confidence,
                },
            )
        )
    page = ok(api.get("/opportunity/", params={"_limit": 1}))
    assert len(page["data"]) == 1 and page["has_more"] is True
    assert page["total_results"] == 3
    assert page["count_by_value_period"] == {"one_time": 1, "monthly": 2}
    assert (page["total_value_one_time"], page["total_value_monthly"]) == (1000, 500)
    assert page["total_value_annualized"] == 1000 + 500 * 12
    assert page["expected_value_monthly"] == 200
    assert page["expected_value_annualized"] == 500 + 200 * 12
    opp = page["data"][0]
    ok(api.put(f"/opportunity/{opp['id']}/", json={"value": 3000}))
    assert ok(api.get("/opportunity/"))["total_value_one_time"] == 3000
    monthly = ok(
        api.get("/opportunity/", params={"value_period": "monthly", "_order_by": "-value"})
    )
    assert [o["value"] for o in monthly["data"]] == [300, 200]
    assert monthly["total_results"] == 2 and monthly["total_value_one_time"] == 0


# -- roles ------------------------------------------------------------------------------


def test_custom_role_crud(api: Api) -> None:
    answer = api.post("/role/", json={"name": "Ops", "permissions": ["view_all_leads"]})
    role = ok(answer, 201)
    assert answer.headers["location"].endswith(f"/role/{role['id']}/")
    assert role["id"].startswith("role_") and role["editable"] is True
    updated = ok(api.put(f"/role/{role['id']}/", json={"name": "Operations"}))
    assert updated["name"] == "Operations" and updated["permissions"] == ["view_all_leads"]
    assert ok(api.get(f"/role/{role['id']}/"))["name"] == "Operations"
    assert ok(api.delete(f"/role/{role['id']}/")) == {}
    assert api.get(f"/role/{role['id']}/").status_code == 404


@pytest.mark.parametrize("role_id", ["admin", "superuser", "user", "restricteduser"])
def test_built_in_roles_cannot_be_changed_or_deleted(api: Api, role_id: str) -> None:
    assert "built-in" in error(api.put(f"/role/{role_id}/", json={"name": "Mine"}), 403)
    assert error(api.delete(f"/role/{role_id}/"), 403)
    assert ok(api.get(f"/role/{role_id}/"))["editable"] is False


def test_role_held_by_a_user_cannot_be_deleted(api: Api) -> None:
    role = ok(api.post("/role/", json={"name": "Ops"}), 201)
    api.user.role_id = role["id"]  # memberships are not an endpoint of the emulator
    assert "users" in error(api.delete(f"/role/{role['id']}/"))
    api.user.role_id = "admin"
    assert ok(api.delete(f"/role/{role['id']}/")) == {}


def test_role_visibility_rules(api: Api) -> None:
    owner = ok(api.post("/custom_field/lead/", json={"name": "Owner", "type": "user"}))["id"]
    text = ok(api.post("/custom_field/lead/", json={"name": "T", "type": "text"}))["id"]
    errors = field_errors(
        api.post(
            "/role/",
            json={
                "name": "R",
                "permissions": ["view_all_leads"],
                "visibility_user_lcf_ids": [owner],
            },
        )
    )
    assert "visibility_user_lcf_ids" in errors
    errors = field_errors(api.post("/role/", json={"name": "R", "visibility_user_lcf_ids": [text]}))
    assert "visibility_user_lcf_ids" in errors
    role = ok(
        api.post(
            "/role/",
            json={
                "name": "R",
                "visibility_user_lcf_ids": [owner],
                "visibility_user_lcf_behavior": "require_assignment",
            },
        ),
        201,
    )
    assert role["visibility_user_lcf_ids"] == [owner]
    assert "visibility_user_lcf_ids" in field_errors(
        api.put(f"/role/{role['id']}/", json={"permissions": ["view_all_leads"]})
    )


# -- users and the organization ---------------------------------------------------------


def test_users_are_listed_and_ordered(api: Api) -> None:
    second = api.org.add_user("Aaron", "Zed", "aaron@emulator.invalid")
    by_first = ok(api.get("/user/", params={"_order_by": "first_name,last_name"}))["data"]
    assert [u["id"] for u in by_first] == [second.id, api.user.id]
    by_last = ok(api.get("/user/", params={"_order_by": "last_name,first_name"}))["data"]
    assert [u["id"] for u in by_last] == [api.user.id, second.id]
    assert ok(api.get(f"/user/{second.id}/"))["first_name"] == "Aaron"
    assert api.get("/user/user_missing/").status_code == 404


def test_organization_memberships_flat_or_expanded(api: Api) -> None:
    org = ok(api.get(f"/organization/{api.org.id}/"))
    (membership,) = org["memberships"]
    assert membership["user_id"] == api.user.id and membership["role_id"] == "admin"
    assert membership["user_email"] == api.user.email
    expanded = ok(api.get(f"/organization/{api.org.id}/", params={"_expand": "memberships__user"}))
    assert expanded["memberships"][0]["user"]["id"] == api.user.id
    assert org["lead_statuses"][0]["label"] == "Potential"
    assert org["pipelines"][0]["name"] == "Sales"
