"""Custom field definitions of every kind: what may be created, changed and deleted."""

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
def parents(api: Api) -> dict[str, str]:
    """A Custom Activity Type and a Custom Object Type to hang fields on."""
    return {
        "custom_activity_type_id": ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)[
            "id"
        ],
        "custom_object_type_id": ok(
            api.post("/custom_object_type/", json={"name": "Site", "name_plural": "Sites"}), 201
        )["id"],
    }


# (URL segment, extra body keys needed to create one) per kind
KINDS = {
    "lead": ("lead", []),
    "contact": ("contact", []),
    "opportunity": ("opportunity", []),
    "activity": ("activity", ["custom_activity_type_id"]),
    "custom_object": ("custom_object_type", ["custom_object_type_id"]),
    "shared": ("shared", []),
}


def create(api: Api, kind: str, parents: dict[str, str], **body: Any) -> Any:
    path, needs = KINDS[kind]
    payload = {key: parents[key] for key in needs} | {"name": "F", "type": "text"} | body
    return api.post(f"/custom_field/{path}/", json=payload)


@pytest.mark.parametrize("kind", list(KINDS))
def test_crud_of_every_kind(api: Api, parents: dict[str, str], kind: str) -> None:
    path, _ = KINDS[kind]
    answer = create(api, kind, parents, name="Color", type="choices", choices=["red", "blue"])
    modern = kind == "custom_object"  # the newer endpoint answers 201 / 204
    field = ok(answer, 201 if modern else 200)
    if modern:
        assert answer.headers["location"].endswith(f"/custom_field/{path}/{field['id']}/")
    assert (field["name"], field["type"], field["choices"]) == ("Color", "choices", ["red", "blue"])
    assert field["id"].startswith("cf_")
    assert ok(api.get(f"/custom_field/{path}/{field['id']}/"))["id"] == field["id"]
    listed = ok(api.get(f"/custom_field/{path}/"))["data"]
    assert [f["id"] for f in listed] == [field["id"]]
    renamed = ok(api.put(f"/custom_field/{path}/{field['id']}/", json={"name": "Colour"}))
    assert renamed["name"] == "Colour" and renamed["choices"] == ["red", "blue"]
    deleted = api.delete(f"/custom_field/{path}/{field['id']}/")
    assert deleted.status_code == (204 if modern else 200)
    assert api.get(f"/custom_field/{path}/{field['id']}/").status_code == 404


def test_kinds_do_not_mix(api: Api, parents: dict[str, str]) -> None:
    lead_field = ok(create(api, "lead", parents))
    assert api.get(f"/custom_field/contact/{lead_field['id']}/").status_code == 404
    assert api.delete(f"/custom_field/shared/{lead_field['id']}/").status_code == 404
    assert ok(api.get("/custom_field/contact/"))["data"] == []


@pytest.mark.parametrize("type_", ["text", "number", "date", "datetime", "hidden"])
def test_multiple_values_only_for_reference_and_choice_types(
    api: Api, parents: dict[str, str], type_: str
) -> None:
    assert create(api, "lead", parents, type=type_, accepts_multiple_values=True).status_code == 400
    for multi_type, extra in (("user", {}), ("contact", {}), ("choices", {"choices": ["a"]})):
        ok(create(api, "lead", parents, type=multi_type, accepts_multiple_values=True, **extra))
    single = ok(create(api, "lead", parents, type=type_))
    answer = api.put(f"/custom_field/lead/{single['id']}/", json={"accepts_multiple_values": True})
    assert answer.status_code == 400


def test_description_is_at_most_280_characters(api: Api, parents: dict[str, str]) -> None:
    assert ok(create(api, "lead", parents, description="d" * 280))["description"] == "d" * 280
    assert create(api, "lead", parents, description="d" * 281).status_code == 400


def test_textarea_only_on_activity_fields(api: Api, parents: dict[str, str]) -> None:
    assert ok(create(api, "activity", parents, type="textarea"))["type"] == "textarea"
    for kind in ("lead", "contact", "opportunity", "custom_object", "shared"):
        assert create(api, kind, parents, type="textarea").status_code == 400, kind


@pytest.mark.parametrize("choices", [None, []])
def test_choices_fields_need_choices(
    api: Api, parents: dict[str, str], choices: list[str] | None
) -> None:
    body = {} if choices is None else {"choices": choices}
    assert "choices" in field_errors(create(api, "lead", parents, type="choices", **body))
    field = ok(create(api, "lead", parents, type="choices", choices=["a"]))
    assert "choices" in field_errors(
        api.put(f"/custom_field/lead/{field['id']}/", json={"choices": []})
    )


def test_changing_a_field_to_choices_needs_the_choices_unless_it_has_them(
    api: Api, parents: dict[str, str]
) -> None:
    text = ok(create(api, "lead", parents))
    errors = field_errors(api.put(f"/custom_field/lead/{text['id']}/", json={"type": "choices"}))
    assert errors == {"choices": "This field is required."}
    assert ok(api.get(f"/custom_field/lead/{text['id']}/"))["type"] == "text"
    already = ok(create(api, "lead", parents, type="choices", choices=["a", "b"]))
    kept = ok(api.put(f"/custom_field/lead/{already['id']}/", json={"type": "choices"}))
    assert kept["choices"] == ["a", "b"]


def test_custom_object_fields_need_an_existing_referenced_type(
    api: Api, parents: dict[str, str]
) -> None:
    errors = field_errors(create(api, "lead", parents, type="custom_object"))
    assert "referenced_custom_type_id" in errors
    errors = field_errors(
        create(
            api, "lead", parents, type="custom_object", referenced_custom_type_id="cotype_missing"
        )
    )
    assert "referenced_custom_type_id" in errors
    field = ok(
        create(
            api,
            "lead",
            parents,
            type="custom_object",
            referenced_custom_type_id=parents["custom_object_type_id"],
        )
    )
    assert field["referenced_custom_type_id"] == parents["custom_object_type_id"]


@pytest.mark.parametrize("kind", ["activity", "custom_object"])
def test_typed_fields_need_an_existing_parent_type(
    api: Api, parents: dict[str, str], kind: str
) -> None:
    path, (key,) = KINDS[kind]
    missing = {"activity": "actitype_missing", "custom_object": "cotype_missing"}[kind]
    answer = api.post(f"/custom_field/{path}/", json={"name": "F", "type": "text", key: missing})
    assert key in field_errors(answer)
    field = ok(create(api, kind, parents), 201 if kind == "custom_object" else 200)
    assert field[key] == parents[key] and field["required"] is False


@pytest.mark.parametrize("kind", ["activity", "custom_object", "shared"])
def test_type_is_fixed_on_activity_custom_object_and_shared_fields(
    api: Api, parents: dict[str, str], kind: str
) -> None:
    path, _ = KINDS[kind]
    field = ok(create(api, kind, parents), 201 if kind == "custom_object" else 200)
    answer = api.put(f"/custom_field/{path}/{field['id']}/", json={"type": "number"})
    assert answer.status_code == 400
    assert ok(api.get(f"/custom_field/{path}/{field['id']}/"))["type"] == "text"


@pytest.mark.parametrize("kind", ["lead", "contact", "opportunity"])
def test_type_may_change_on_lead_contact_and_opportunity_fields(
    api: Api, parents: dict[str, str], kind: str
) -> None:
    path, _ = KINDS[kind]
    field = ok(create(api, kind, parents))
    changed = ok(
        api.put(f"/custom_field/{path}/{field['id']}/", json={"type": "choices", "choices": ["x"]})
    )
    assert (changed["type"], changed["choices"]) == ("choices", ["x"])


def test_editable_with_roles_must_name_existing_roles(api: Api, parents: dict[str, str]) -> None:
    errors = field_errors(create(api, "lead", parents, editable_with_roles=["role_missing"]))
    assert "editable_with_roles" in errors
    role = ok(api.post("/role/", json={"name": "Ops"}), 201)["id"]
    field = ok(create(api, "lead", parents, editable_with_roles=["admin", role]))
    assert field["editable_with_roles"] == ["admin", role]


def test_defining_fields_needs_manage_organization(api: Api, parents: dict[str, str]) -> None:
    field = ok(create(api, "lead", parents))
    api.user.role_id = "user"  # a member without manage_organization
    assert "manage_organization" in error(create(api, "lead", parents), 403)
    assert error(api.put(f"/custom_field/lead/{field['id']}/", json={"name": "x"}), 403)
    assert error(api.delete(f"/custom_field/lead/{field['id']}/"), 403)
    assert ok(api.get(f"/custom_field/lead/{field['id']}/"))["name"] == "F"


def test_activity_fields_list_filters_by_type(api: Api, parents: dict[str, str]) -> None:
    other = ok(api.post("/custom_activity/", json={"name": "Call"}), 201)["id"]
    mine = ok(create(api, "activity", parents))
    ok(create(api, "activity", {"custom_activity_type_id": other}))
    assert len(ok(api.get("/custom_field/activity/"))["data"]) == 2
    listed = ok(
        api.get(
            "/custom_field/activity/",
            params={"custom_activity_type_id": parents["custom_activity_type_id"]},
        )
    )
    assert [f["id"] for f in listed["data"]] == [mine["id"]]


def test_field_lists_page(api: Api, parents: dict[str, str]) -> None:
    ids = [ok(create(api, "lead", parents, name=f"F{i}"))["id"] for i in range(5)]
    first = ok(api.get("/custom_field/lead/", params={"_limit": 2}))
    assert [f["id"] for f in first["data"]] == ids[:2] and first["has_more"] is True
    rest = ok(api.get("/custom_field/lead/", params={"_skip": 2}))
    assert [f["id"] for f in rest["data"]] == ids[2:] and rest["has_more"] is False
    assert api.get("/custom_field/lead/", params={"_limit": 1001}).status_code == 400
