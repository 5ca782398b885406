"""User and shared scheduling links, their mappings and the OAuth apps' links, over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from closeext.emulator._store import World
from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def world_api() -> Iterator[tuple[World, Api]]:
    with emulator() as (world, (client,)):
        yield world, client


@pytest.fixture
def api(world_api: tuple[World, Api]) -> Api:
    return world_api[1]


def link(api: Api, name: str = "Intro call") -> dict[str, object]:
    made: dict[str, object] = ok(
        api.post("/scheduling_link/", json={"name": name, "url": f"https://book.test/{name}"}), 201
    )
    return made


def test_a_user_link_is_its_owners(api: Api) -> None:
    mine = link(api)
    assert (mine["source"], mine["user_id"], mine["source_id"]) == ("MANUAL", api.user.id, None)
    changed = ok(api.put(f"/scheduling_link/{mine['id']}/", json={"description": "30 min"}))
    assert changed["description"] == "30 min" and changed["name"] == "Intro call"
    other = api.org.add_user("Bea", "Colleague", "bea@example.test")
    api.org.scheduling_links[str(mine["id"])].user_id = other.id  # type: ignore[attr-defined]
    assert ok(api.get("/scheduling_link/"))["data"] == []
    assert api.put(f"/scheduling_link/{mine['id']}/", json={"name": "x"}).status_code == 404
    assert api.delete(f"/scheduling_link/{mine['id']}/").status_code == 404


def test_oauth_apps_upsert_their_links_by_source_id_and_api_keys_are_refused(
    world_api: tuple[World, Api],
) -> None:
    world, api = world_api
    token = world.issue_oauth_token(api.org, api.user)
    as_app = {"headers": {"Authorization": f"Bearer {token}"}, "auth": None}
    url = "/scheduling_link/integration/"
    body = {
        "source_id": "evt-1",
        "name": "Demo",
        "url": "https://a.test/d",
        "duration_in_minutes": 30,
    }
    assert "OAuth" in error(api.post(url, json=body), 403)
    made = ok(api.post(url, json=body, **as_app))
    assert (made["source"], made["source_id"], made["duration_in_minutes"]) == (
        "THIRD_PARTY",
        "evt-1",
        30,
    )
    again = ok(api.post(url, json={"source_id": "evt-1", "name": "Demo 2"}, **as_app))
    assert (again["id"], again["name"], again["url"]) == (made["id"], "Demo 2", "https://a.test/d")
    assert set(field_errors(api.post(url, json={"source_id": "new"}, **as_app))) == {"name", "url"}
    assert error(api.delete(f"{url}evt-1/"), 403)
    assert api.delete(f"{url}evt-1/", **as_app).status_code == 204
    assert api.delete(f"{url}evt-1/", **as_app).status_code == 404
    assert api.get(f"/scheduling_link/{made['id']}/").status_code == 404


def test_each_member_maps_a_shared_link_to_one_target(api: Api) -> None:
    shared = ok(api.post("/shared_scheduling_link/", json={"name": "Book a demo"}), 201)
    mine = link(api)
    both = {
        "shared_scheduling_link_id": shared["id"],
        "url": "https://x.test",
        "user_scheduling_link_id": mine["id"],
    }
    assert "Exactly one" in error(api.post("/shared_scheduling_link_association/", json=both))
    to_url = {"shared_scheduling_link_id": shared["id"], "url": "https://x.test/me"}
    first = ok(api.post("/shared_scheduling_link_association/", json=to_url), 201)
    assert (first["user_id"], first["url"], first["user_scheduling_link_id"]) == (
        api.user.id,
        "https://x.test/me",
        None,
    )
    to_link = {"shared_scheduling_link_id": shared["id"], "user_scheduling_link_id": mine["id"]}
    second = ok(api.post("/shared_scheduling_link_association/", json=to_link), 201)
    assert second["url"] == mine["url"]
    shown = ok(api.get(f"/shared_scheduling_link/{shared['id']}/"))["associations"]
    assert [m["id"] for m in shown] == [second["id"]]  # the new mapping replaced the first
    assert api.delete(f"/scheduling_link/{mine['id']}/").status_code == 204
    assert ok(api.get(f"/shared_scheduling_link/{shared['id']}/"))["associations"] == []
    unknown = {
        "shared_scheduling_link_id": shared["id"],
        "user_scheduling_link_id": "schedlink_nope",
    }
    assert "user_scheduling_link_id" in field_errors(
        api.post("/shared_scheduling_link_association/", json=unknown)
    )


def test_unmapping_and_deleting_a_shared_link(api: Api) -> None:
    shared = ok(api.post("/shared_scheduling_link/", json={"name": "Book"}), 201)
    body = {"shared_scheduling_link_id": shared["id"]}
    ok(
        api.post("/shared_scheduling_link_association/", json={**body, "url": "https://x.test"}),
        201,
    )
    assert ok(api.post("/shared_scheduling_link_association/unmap/", json=body)) == {}
    assert ok(api.get(f"/shared_scheduling_link/{shared['id']}/"))["associations"] == []
    assert ok(api.post("/shared_scheduling_link_association/unmap/", json=body)) == {}
    ok(
        api.post("/shared_scheduling_link_association/", json={**body, "url": "https://x.test"}),
        201,
    )
    assert api.delete(f"/shared_scheduling_link/{shared['id']}/").status_code == 204
    assert api.org.shared_scheduling_link_associations == {}  # type: ignore[attr-defined]
    assert "shared_scheduling_link_id" in field_errors(
        api.post("/shared_scheduling_link_association/unmap/", json=body)
    )


def test_shared_links_need_the_manage_permission(api: Api) -> None:
    shared = ok(api.post("/shared_scheduling_link/", json={"name": "Book"}), 201)
    api.user.role_id = "user"
    assert error(api.post("/shared_scheduling_link/", json={"name": "Other"}), 403)
    assert error(api.put(f"/shared_scheduling_link/{shared['id']}/", json={"name": "x"}), 403)
    assert error(api.delete(f"/shared_scheduling_link/{shared['id']}/"), 403)
    # Mapping needs no permission: every member maps shared links for themselves.
    body = {"shared_scheduling_link_id": shared["id"], "url": "https://x.test"}
    ok(api.post("/shared_scheduling_link_association/", json=body), 201)
    assert [s["name"] for s in ok(api.get("/shared_scheduling_link/"))["data"]] == ["Book"]
