"""Custom Object Types and instances; Custom Activity Types and instances."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


@pytest.fixture
def lead(api: Api) -> str:
    return str(ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "c"}]}))["id"])


def cotype(api: Api, **body: Any) -> dict[str, Any]:
    answer = api.post("/custom_object_type/", json={"name": "Site", "name_plural": "Sites"} | body)
    created = ok(answer, 201)
    assert answer.headers["location"].endswith(f"/custom_object_type/{created['id']}/")
    return dict(created)


def cobj_field(api: Api, type_id: str, **body: Any) -> str:
    payload = {"name": "F", "type": "text", "custom_object_type_id": type_id} | body
    return str(ok(api.post("/custom_field/custom_object_type/", json=payload), 201)["id"])


def make_object(api: Api, type_id: str, lead_id: str, **body: Any) -> Any:
    return api.post(
        "/custom_object/",
        json={"custom_object_type_id": type_id, "lead_id": lead_id, "name": "Obj"} | body,
    )


# -- custom object types ----------------------------------------------------------------


def test_custom_object_type_lifecycle_and_field_metadata(api: Api, lead: str) -> None:
    site = cotype(api, description="Places")
    field_id = cobj_field(api, site["id"], type="choices", choices=["a"], required=True)
    referring = ok(
        api.post(
            "/custom_field/lead/",
            json={
                "name": "Main site",
                "type": "custom_object",
                "referenced_custom_type_id": site["id"],
            },
        )
    )["id"]
    fetched = ok(api.get(f"/custom_object_type/{site['id']}/"))
    assert (fetched["name"], fetched["name_plural"], fetched["description"]) == (
        "Site",
        "Sites",
        "Places",
    )
    assert [f["id"] for f in fetched["fields"]] == [field_id]
    assert "choices" not in fetched["fields"][0] and fetched["fields"][0]["required"] is True
    assert [f["id"] for f in fetched["back_reference_fields"]] == [referring]
    updated = ok(
        api.put(
            f"/custom_object_type/{site['id']}/", json={"name": "Location", "is_archived": True}
        )
    )
    assert (updated["name"], updated["is_archived"], updated["name_plural"]) == (
        "Location",
        True,
        "Sites",
    )
    assert [t["id"] for t in ok(api.get("/custom_object_type/"))["data"]] == [site["id"]]


def test_type_with_instances_or_references_cannot_be_deleted(api: Api, lead: str) -> None:
    site = cotype(api)
    obj = ok(make_object(api, site["id"], lead), 201)
    assert "custom objects" in error(api.delete(f"/custom_object_type/{site['id']}/"))
    assert api.delete(f"/custom_object/{obj['id']}/").status_code == 204
    referring = ok(
        api.post(
            "/custom_field/lead/",
            json={"name": "Ref", "type": "custom_object", "referenced_custom_type_id": site["id"]},
        )
    )["id"]
    assert referring in error(api.delete(f"/custom_object_type/{site['id']}/"))
    ok(api.delete(f"/custom_field/lead/{referring}/"))
    own_field = cobj_field(api, site["id"])
    deleted = api.delete(f"/custom_object_type/{site['id']}/")
    assert deleted.status_code == 204 and deleted.content == b""
    assert api.get(f"/custom_object_type/{site['id']}/").status_code == 404
    assert api.get(f"/custom_field/custom_object_type/{own_field}/").status_code == 404


# -- custom objects ---------------------------------------------------------------------


def test_custom_object_crud(api: Api, lead: str) -> None:
    site = cotype(api)
    field_id = cobj_field(api, site["id"])
    answer = make_object(api, site["id"], lead, **{f"custom.{field_id}": "v"})
    obj = ok(answer, 201)
    assert answer.headers["location"].endswith(f"/custom_object/{obj['id']}/")
    assert (obj["name"], obj["lead_id"], obj[f"custom.{field_id}"]) == ("Obj", lead, "v")
    renamed = ok(api.put(f"/custom_object/{obj['id']}/", json={"name": "Renamed"}))
    assert renamed["name"] == "Renamed" and renamed[f"custom.{field_id}"] == "v"
    assert ok(api.get(f"/custom_object/{obj['id']}/"))["name"] == "Renamed"
    assert api.delete(f"/custom_object/{obj['id']}/").status_code == 204
    assert api.get(f"/custom_object/{obj['id']}/").status_code == 404


@pytest.mark.parametrize("missing", ["custom_object_type_id", "lead_id", "name"])
def test_custom_object_needs_type_lead_and_name(api: Api, lead: str, missing: str) -> None:
    body = {"custom_object_type_id": cotype(api)["id"], "lead_id": lead, "name": "n"}
    del body[missing]
    assert api.post("/custom_object/", json=body).status_code == 400
    unknown = {"custom_object_type_id": "cotype_missing", "lead_id": "lead_missing"}
    if missing in unknown:
        body[missing] = unknown[missing]
        assert missing in field_errors(api.post("/custom_object/", json=body))


def test_listing_custom_objects_needs_a_lead_and_filters_by_type(api: Api, lead: str) -> None:
    site, car = cotype(api), cotype(api, name="Car", name_plural="Cars")
    other_lead = ok(api.post("/lead/", json={"name": "Other"}))["id"]
    on_site = ok(make_object(api, site["id"], lead), 201)["id"]
    on_car = ok(make_object(api, car["id"], lead), 201)["id"]
    ok(make_object(api, site["id"], other_lead), 201)
    errors = field_errors(api.get("/custom_object/"))
    assert errors == {"lead_id": "This field is required."}
    listed = ok(api.get("/custom_object/", params={"lead_id": lead}))["data"]
    assert [o["id"] for o in listed] == [on_site, on_car]
    only_cars = ok(
        api.get("/custom_object/", params={"lead_id": lead, "custom_object_type_id": car["id"]})
    )["data"]
    assert [o["id"] for o in only_cars] == [on_car]


def test_required_fields_are_enforced_on_create_and_update(api: Api, lead: str) -> None:
    site = cotype(api)
    needed = cobj_field(api, site["id"], required=True)
    errors = field_errors(make_object(api, site["id"], lead))
    assert errors == {f"custom.{needed}": "This field is required."}
    obj = ok(make_object(api, site["id"], lead, **{f"custom.{needed}": "v"}), 201)
    errors = field_errors(api.put(f"/custom_object/{obj['id']}/", json={f"custom.{needed}": None}))
    assert errors == {f"custom.{needed}": "This field is required."}
    assert ok(api.get(f"/custom_object/{obj['id']}/"))[f"custom.{needed}"] == "v"


def test_type_roles_restrict_who_edits_instances(api: Api, lead: str) -> None:
    site = cotype(api, editable_with_roles=["admin"])
    obj = ok(make_object(api, site["id"], lead), 201)
    api.user.role_id = "user"
    assert error(make_object(api, site["id"], lead), 403)
    assert error(api.put(f"/custom_object/{obj['id']}/", json={"name": "x"}), 403)
    assert ok(api.get(f"/custom_object/{obj['id']}/"))["name"] == "Obj"


# -- custom activity types and activities -----------------------------------------------


def actitype(api: Api, **body: Any) -> str:
    answer = api.post("/custom_activity/", json={"name": "Visit"} | body)
    created = ok(answer, 201)
    assert answer.headers["location"].endswith(f"/custom_activity/{created['id']}/")
    return str(created["id"])


def activity_field(api: Api, type_id: str, **body: Any) -> str:
    payload = {"name": "F", "type": "text", "custom_activity_type_id": type_id} | body
    return str(ok(api.post("/custom_field/activity/", json=payload))["id"])


def test_custom_activity_type_lifecycle(api: Api, lead: str) -> None:
    type_id = actitype(api, description="On site")
    first = activity_field(api, type_id, name="A")
    second = activity_field(api, type_id, name="B")
    fetched = ok(api.get(f"/custom_activity/{type_id}/"))
    assert [f["id"] for f in fetched["fields"]] == [first, second]
    reordered = ok(
        api.put(
            f"/custom_activity/{type_id}/", json={"name": "Site visit", "fields": [{"id": second}]}
        )
    )
    assert reordered["name"] == "Site visit"
    assert [f["id"] for f in reordered["fields"]] == [second, first]
    activity = ok(
        api.post("/activity/custom/", json={"custom_activity_type_id": type_id, "lead_id": lead})
    )
    assert "custom activities" in error(api.delete(f"/custom_activity/{type_id}/"))
    assert ok(api.delete(f"/activity/custom/{activity['id']}/")) == {}
    assert api.delete(f"/custom_activity/{type_id}/").status_code == 204
    assert api.get(f"/custom_field/activity/{first}/").status_code == 404


def test_custom_activity_shape_and_defaults(api: Api, lead: str) -> None:
    type_id = actitype(api)
    field_id = activity_field(api, type_id, type="textarea")
    activity = ok(
        api.post(
            "/activity/custom/",
            json={
                "custom_activity_type_id": type_id,
                "lead_id": lead,
                f"custom.{field_id}": "a\nb",
            },
        )
    )
    assert activity["_type"] == "CustomActivity"
    assert activity["id"].startswith("acti_")
    assert (activity["status"], activity["pinned"]) == ("published", False)
    assert activity["user_id"] == api.user.id and activity["lead_id"] == lead
    assert activity[f"custom.{field_id}"] == "a\nb"
    pinned = ok(api.put(f"/activity/custom/{activity['id']}/", json={"pinned": True}))
    assert pinned["pinned"] is True and pinned[f"custom.{field_id}"] == "a\nb"


def test_required_fields_apply_to_published_activities_only(api: Api, lead: str) -> None:
    type_id = actitype(api)
    needed = activity_field(api, type_id, required=True)
    errors = field_errors(
        api.post("/activity/custom/", json={"custom_activity_type_id": type_id, "lead_id": lead})
    )
    assert errors == {f"custom.{needed}": "This field is required."}
    draft = ok(
        api.post(
            "/activity/custom/",
            json={"custom_activity_type_id": type_id, "lead_id": lead, "status": "draft"},
        )
    )
    errors = field_errors(api.put(f"/activity/custom/{draft['id']}/", json={"status": "published"}))
    assert errors == {f"custom.{needed}": "This field is required."}
    published = ok(
        api.put(
            f"/activity/custom/{draft['id']}/",
            json={"status": "published", f"custom.{needed}": "done"},
        )
    )
    assert published["status"] == "published"


def test_activity_contact_must_be_on_the_lead(api: Api, lead: str) -> None:
    type_id = actitype(api)
    stranger = ok(api.post("/lead/", json={"name": "B", "contacts": [{"name": "x"}]}))
    errors = field_errors(
        api.post(
            "/activity/custom/",
            json={
                "custom_activity_type_id": type_id,
                "lead_id": lead,
                "contact_id": stranger["contacts"][0]["id"],
            },
        )
    )
    assert "contact_id" in errors


def test_activity_list_filters(api: Api, lead: str) -> None:
    visit, call = actitype(api), actitype(api, name="Call")
    other_lead = ok(api.post("/lead/", json={"name": "B"}))["id"]
    ids = [
        ok(
            api.post(
                "/activity/custom/", json={"custom_activity_type_id": type_id, "lead_id": lead_id}
            )
        )["id"]
        for type_id, lead_id in ((visit, lead), (call, lead), (visit, other_lead))
    ]
    assert [a["id"] for a in ok(api.get("/activity/custom/"))["data"]] == ids
    on_lead = ok(api.get("/activity/custom/", params={"lead_id": lead}))["data"]
    assert [a["id"] for a in on_lead] == ids[:2]
    visits = ok(
        api.get("/activity/custom/", params={"lead_id": lead, "custom_activity_type_id": visit})
    )
    assert [a["id"] for a in visits["data"]] == ids[:1]
    assert "lead_id" in field_errors(
        api.get("/activity/custom/", params={"custom_activity_type_id": visit})
    )
