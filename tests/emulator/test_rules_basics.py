"""Ids, timestamps, list envelopes and paging, ``_fields``, tenancy, fresh-org defaults."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from closeext.emulator._records import Lead
from closeext.emulator._store import World
from tests.emulator._driver import Api, emulator, ok

ID_RE = {
    "lead_": 43,
    "cont_": 43,
    "oppo_": 43,
    "cf_": 43,
    "cotype_": 22,
    "custobj_": 43,
    "actitype_": 22,
    "acti_": 43,
    "stat_": 43,
    "pipe_": 22,
    "user_": 43,
    "orga_": 43,
    "role_": 43,
}
DATETIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


@pytest.fixture
def pair() -> Iterator[tuple[Api, Api]]:
    with emulator(2) as (_, (first, second)):
        yield first, second


def assert_id(value: str, prefix: str) -> None:
    assert value.startswith(prefix), value
    suffix = value[len(prefix) :]
    assert len(suffix) == ID_RE[prefix], value
    assert suffix.isalnum() and suffix.isascii(), value


def test_every_object_gets_a_close_shaped_random_id(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"]}))
    field = ok(api.post("/custom_field/lead/", json={"name": "F", "type": "text"}))
    cotype = ok(api.post("/custom_object_type/", json={"name": "T", "name_plural": "Ts"}), 201)
    obj = ok(
        api.post(
            "/custom_object/",
            json={"custom_object_type_id": cotype["id"], "lead_id": lead["id"], "name": "o"},
        ),
        201,
    )
    actitype = ok(api.post("/custom_activity/", json={"name": "Call note"}), 201)
    activity = ok(
        api.post(
            "/activity/custom/",
            json={"custom_activity_type_id": actitype["id"], "lead_id": lead["id"]},
        )
    )
    pipeline = ok(api.post("/pipeline/", json={"name": "P"}), 201)
    role = ok(api.post("/role/", json={"name": "R"}), 201)
    me = ok(api.get("/me/"))
    for value, prefix in [
        (lead["id"], "lead_"),
        (lead["contacts"][0]["id"], "cont_"),
        (opp["id"], "oppo_"),
        (field["id"], "cf_"),
        (cotype["id"], "cotype_"),
        (obj["id"], "custobj_"),
        (actitype["id"], "actitype_"),
        (activity["id"], "acti_"),
        (lead["status_id"], "stat_"),
        (pipeline["id"], "pipe_"),
        (role["id"], "role_"),
        (me["id"], "user_"),
        (lead["organization_id"], "orga_"),
    ]:
        assert_id(value, prefix)
    # Random, not sequential: two leads share no long common prefix.
    other = ok(api.post("/lead/", json={"name": "B"}))
    assert other["id"][:12] != lead["id"][:12]


def test_timestamps_are_iso_with_microseconds_and_utc_offset(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    for key in ("date_created", "date_updated"):
        assert DATETIME_RE.match(lead[key]), lead[key]
    updated = ok(api.put(f"/lead/{lead['id']}/", json={"name": "Acme 2"}))
    assert datetime.fromisoformat(updated["date_updated"]) >= datetime.fromisoformat(
        lead["date_updated"]
    )
    assert updated["date_created"] == lead["date_created"]


def test_one_organization_never_sees_another(pair: tuple[Api, Api]) -> None:
    mine, theirs = pair
    lead = ok(mine.post("/lead/", json={"name": "Secret", "contacts": [{"name": "X"}]}))
    contact_id = lead["contacts"][0]["id"]
    assert theirs.get(f"/lead/{lead['id']}/").status_code == 404
    assert theirs.put(f"/lead/{lead['id']}/", json={"name": "hacked"}).status_code == 404
    assert theirs.delete(f"/lead/{lead['id']}/").status_code == 404
    assert theirs.get(f"/contact/{contact_id}/").status_code == 404
    assert ok(theirs.get("/lead/"))["data"] == []
    assert theirs.get(f"/organization/{mine.org.id}/").status_code == 404
    assert ok(mine.get(f"/lead/{lead['id']}/"))["name"] == "Secret"


@pytest.mark.parametrize("bad_id", ["lead_doesnotexist", "lead_" + "A" * 43, "nonsense", "%00"])
def test_unknown_or_malformed_ids_are_404(api: Api, bad_id: str) -> None:
    for answer in (
        api.get(f"/lead/{bad_id}/"),
        api.delete(f"/lead/{bad_id}/"),
        api.put(f"/lead/{bad_id}/", json={"name": "x"}),
    ):
        assert answer.status_code == 404
        if bad_id.startswith("lead_"):  # well-formed: the object is what is missing
            assert answer.json() == {"error": "Empty query: Lead matching query does not exist."}
        else:  # malformed: the pipeline answers for the path itself
            assert set(answer.json()) == {"error"}


def test_list_envelope_limit_skip_and_has_more(api: Api) -> None:
    names = [f"Lead {i}" for i in range(7)]
    for name in names:
        ok(api.post("/lead/", json={"name": name}))
    first = ok(api.get("/lead/", params={"_limit": 3}))
    assert set(first) == {"data", "has_more", "total_results"} and first["total_results"] == 7
    assert [lead["name"] for lead in first["data"]] == names[:3]
    assert first["has_more"] is True
    last = ok(api.get("/lead/", params={"_limit": 3, "_skip": 6}))
    assert [lead["name"] for lead in last["data"]] == names[6:]
    assert last["has_more"] is False
    exact = ok(api.get("/lead/", params={"_limit": 7}))
    assert len(exact["data"]) == 7 and exact["has_more"] is False
    assert ok(api.get("/lead/", params={"_skip": 100}))["data"] == []
    huge = ok(api.get("/lead/", params={"_skip": "1" + "0" * 25}))
    assert huge == {"data": [], "has_more": False, "total_results": 7}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"_limit": "x"}, '_limit must be an integer (got "x" instead).'),
        ({"_skip": "1.5"}, '_skip must be an integer (got "1.5" instead).'),
        ({"_skip": "-1"}, '_skip must be a non-negative integer (got "-1" instead).'),
        (
            {"_limit": "201"},
            "The limit you set is larger than the maximum limit for this "
            "resource (max_limit = 200).",
        ),
    ],
)
def test_bad_paging_parameters_are_400_with_close_messages(
    api: Api, params: dict[str, str], message: str
) -> None:
    answer = api.get("/lead/", params=params)
    assert answer.status_code == 400
    assert answer.json() == {"error": message}


def test_fields_whitelists_keys_and_custom_selects_custom_values(api: Api) -> None:
    text = ok(api.post("/custom_field/lead/", json={"name": "T", "type": "text"}))
    num = ok(api.post("/custom_field/lead/", json={"name": "N", "type": "number"}))
    lead = ok(
        api.post(
            "/lead/",
            json={"name": "Acme", f"custom.{text['id']}": "hello", f"custom.{num['id']}": 3},
        )
    )
    only = ok(api.get(f"/lead/{lead['id']}/", params={"_fields": "id,name,nope"}))
    assert only == {"id": lead["id"], "name": "Acme"}
    custom = ok(api.get("/lead/", params={"_fields": "id,custom"}))["data"][0]
    assert custom == {"id": lead["id"], f"custom.{text['id']}": "hello", f"custom.{num['id']}": 3}
    everything = ok(api.get(f"/lead/{lead['id']}/", params={"_fields": "_all"}))
    assert everything == ok(api.get(f"/lead/{lead['id']}/"))
    one = ok(api.get(f"/lead/{lead['id']}/", params={"_fields": f"custom.{num['id']}"}))
    assert one == {f"custom.{num['id']}": 3}


def test_fresh_organization_has_user_roles_statuses_and_pipeline(api: Api) -> None:
    me = ok(api.get("/me/"))
    assert me["first_name"] == "Emulator" and me["last_name"].startswith("User ")
    assert "@" in me["email"]
    assert [org["id"] for org in me["organizations"]] == [api.org.id]
    roles = {role["id"]: role for role in ok(api.get("/role/"))["data"]}
    assert set(roles) == {"admin", "superuser", "user", "restricteduser"}
    assert all(role["editable"] is False for role in roles.values())
    labels = [status["label"] for status in ok(api.get("/status/lead/"))["data"]]
    assert labels == ["Potential", "Active qualified", "Bad Fit", "Customer"]
    (pipeline,) = ok(api.get("/pipeline/"))["data"]
    assert pipeline["name"] == "Sales"
    assert [(s["label"], s["type"]) for s in pipeline["statuses"]] == [
        ("Active", "active"),
        ("Won", "won"),
        ("Lost", "lost"),
    ]
    users = ok(api.get("/user/"))["data"]
    assert [user["id"] for user in users] == [me["id"]]
    assert ok(api.get(f"/user/{me['id']}/"))["email"] == me["email"]
    org = ok(api.get(f"/organization/{api.org.id}/"))
    assert org["memberships"][0]["user_id"] == me["id"]


def test_world_keys_authenticate_and_are_never_shown() -> None:
    # Keys with characters no base62 id contains, so a random id can never match them.
    key, other = "key-one!secret", "key-two!secret"
    world = World()
    org, user = world.add_api_key(key)
    assert world.authenticate(key) == (org, user)
    assert world.authenticate("nope") is None
    assert world.add_api_key(key) == (org, user)  # idempotent
    other_org, _ = world.add_api_key(other)
    assert other_org.id != org.id
    assert key not in repr(world) and key not in repr(org) and other not in repr(world)


def test_reset_wipes_data_but_keeps_keys_org_and_user_ids(pair: tuple[Api, Api]) -> None:
    a, b = pair
    lead = ok(a.post("/lead/", json={"name": "Acme"}))
    ok(b.post("/lead/", json={"name": "Other"}))
    ok(a.post("/status/lead/", json={"label": "Extra"}))
    old_statuses = {s["id"] for s in ok(a.get("/status/lead/"))["data"]}
    world: World = a.app.state.emulator.world  # type: ignore[attr-defined]
    world.reset()
    assert a.get(f"/lead/{lead['id']}/").status_code == 404
    assert ok(a.get("/lead/"))["data"] == [] and ok(b.get("/lead/"))["data"] == []
    statuses = ok(a.get("/status/lead/"))["data"]
    assert [s["label"] for s in statuses] == [
        "Potential",
        "Active qualified",
        "Bad Fit",
        "Customer",
    ]
    assert old_statuses.isdisjoint({s["id"] for s in statuses})
    assert ok(a.get("/me/"))["id"] == a.user.id  # same key, same user, same organization
    assert ok(a.get(f"/organization/{a.org.id}/"))["id"] == a.org.id


def _fill(api: Api, count: int) -> None:
    status_id = api.org.default_lead_status_id() or ""
    for number in range(count):
        api.org.insert(
            "leads",
            Lead(
                **api.org.stamp(api.user.id, f"lead_{number}"),
                name="x",
                description="",
                url=None,
                status_id=status_id,
                addresses=[],
            ),
        )


def _page_time(api: Api) -> float:
    best = float("inf")
    for _ in range(5):
        api.org.generation += 1  # as after a write: nothing rendered before may be reused
        start = time.perf_counter()
        ok(api.get("/lead/", params={"_limit": 50}))
        best = min(best, time.perf_counter() - start)
    return best


def test_a_page_costs_the_same_with_100_times_more_records(pair: tuple[Api, Api]) -> None:
    small, big = pair
    _fill(small, 1_000)
    _fill(big, 100_000)
    # Linear work would make the big page ~100x slower; allow generous noise.
    assert _page_time(big) < 5 * _page_time(small) + 0.005
