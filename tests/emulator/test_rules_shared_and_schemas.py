"""Shared custom fields, their associations, and custom field schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def shared(api: Api, **body: Any) -> str:
    payload = {"name": "Shared", "type": "text"} | body
    return str(ok(api.post("/custom_field/shared/", json=payload))["id"])


def associate(api: Api, field_id: str, **body: Any) -> Any:
    return api.post(f"/custom_field/shared/{field_id}/association/", json=body)


def test_a_new_shared_field_has_no_associations_and_cannot_be_set(api: Api) -> None:
    field_id = shared(api)
    assert ok(api.get(f"/custom_field/shared/{field_id}/"))["associations"] == []
    errors = field_errors(api.post("/lead/", json={f"custom.{field_id}": "v"}))
    assert errors == {f"custom.{field_id}": f'The Custom Field "{field_id}" does not exist.'}
    listed = ok(api.get("/custom_field/shared/"))
    assert [f["id"] for f in listed["data"]] == [field_id] and listed["has_more"] is False


def test_association_lets_values_in_on_that_object_type_only(api: Api) -> None:
    field_id = shared(api)
    answer = associate(api, field_id, object_type="lead")
    assert ok(answer, 201) == {"object_type": "lead", "required": False, "editable_with_roles": []}
    assert answer.headers["location"].endswith(f"/custom_field/shared/{field_id}/association/lead/")
    lead = ok(api.post("/lead/", json={"name": "A", f"custom.{field_id}": "on lead"}))
    assert lead[f"custom.{field_id}"] == "on lead"
    assert field_errors(
        api.post("/contact/", json={"lead_id": lead["id"], f"custom.{field_id}": "on contact"})
    )
    field = ok(api.get(f"/custom_field/shared/{field_id}/"))
    assert [a["object_type"] for a in field["associations"]] == ["lead"]
    assert field["is_shared"] is True


def test_associating_twice_is_400(api: Api) -> None:
    field_id = shared(api)
    ok(associate(api, field_id, object_type="contact"), 201)
    assert error(associate(api, field_id, object_type="contact"))
    assert len(ok(api.get(f"/custom_field/shared/{field_id}/"))["associations"]) == 1


def test_association_get_put_delete(api: Api) -> None:
    field_id = shared(api)
    base = f"/custom_field/shared/{field_id}/association/opportunity/"
    assert api.get(base).status_code == 404
    ok(associate(api, field_id, object_type="opportunity"), 201)
    assert ok(api.get(base))["object_type"] == "opportunity"
    updated = ok(api.put(base, json={"editable_with_roles": ["admin"], "required": True}))
    assert updated["editable_with_roles"] == ["admin"] and updated["required"] is True
    assert api.put(base, json={"object_type": "lead"}).status_code == 400  # only those two
    deleted = api.delete(base)
    assert deleted.status_code == 204 and deleted.content == b""
    assert api.get(base).status_code == 404


def test_disassociating_removes_values_and_reassociating_does_not_bring_them_back(
    api: Api,
) -> None:
    field_id = shared(api)
    ok(associate(api, field_id, object_type="lead"), 201)
    ok(associate(api, field_id, object_type="contact"), 201)
    lead = ok(
        api.post(
            "/lead/",
            json={
                "name": "A",
                f"custom.{field_id}": "lead value",
                "contacts": [{"name": "c", f"custom.{field_id}": "contact value"}],
            },
        )
    )
    contact_id = lead["contacts"][0]["id"]
    assert api.delete(f"/custom_field/shared/{field_id}/association/lead/").status_code == 204
    assert f"custom.{field_id}" not in ok(api.get(f"/lead/{lead['id']}/"))
    assert ok(api.get(f"/contact/{contact_id}/"))[f"custom.{field_id}"] == "contact value"
    ok(associate(api, field_id, object_type="lead"), 201)
    assert f"custom.{field_id}" not in ok(api.get(f"/lead/{lead['id']}/"))


def test_deleting_a_shared_field_removes_associations_and_values(api: Api) -> None:
    field_id = shared(api)
    actitype = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)["id"]
    ok(associate(api, field_id, object_type="lead"), 201)
    ok(
        associate(
            api, field_id, object_type="custom_activity_type", custom_activity_type_id=actitype
        ),
        201,
    )
    lead = ok(api.post("/lead/", json={"name": "A", f"custom.{field_id}": "v"}))
    assert ok(api.delete(f"/custom_field/shared/{field_id}/")) == {}
    assert f"custom.{field_id}" not in ok(api.get(f"/lead/{lead['id']}/"))
    assert ok(api.get("/custom_field_schema/lead/"))["fields"] == []
    assert ok(api.get(f"/custom_field_schema/activity/{actitype}/"))["fields"] == []
    assert api.get(f"/custom_field/shared/{field_id}/association/lead/").status_code == 404


def test_shared_field_type_is_fixed_but_name_and_choices_change(api: Api) -> None:
    field_id = shared(api, type="choices", choices=["a", "b"])
    assert api.put(f"/custom_field/shared/{field_id}/", json={"type": "text"}).status_code == 400
    updated = ok(
        api.put(
            f"/custom_field/shared/{field_id}/", json={"name": "Renamed", "choices": ["a", "c"]}
        )
    )
    assert (updated["name"], updated["type"], updated["choices"]) == (
        "Renamed",
        "choices",
        ["a", "c"],
    )


def test_required_counts_only_on_custom_type_associations(api: Api) -> None:
    field_id = shared(api)
    actitype = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)["id"]
    ok(associate(api, field_id, object_type="lead", required=True), 201)
    ok(
        associate(
            api,
            field_id,
            object_type="custom_activity_type",
            custom_activity_type_id=actitype,
            required=True,
        ),
        201,
    )
    lead = ok(api.post("/lead/", json={"name": "no value needed on leads"}))
    errors = field_errors(
        api.post(
            "/activity/custom/", json={"custom_activity_type_id": actitype, "lead_id": lead["id"]}
        )
    )
    assert errors == {f"custom.{field_id}": "This field is required."}
    draft = ok(
        api.post(
            "/activity/custom/",
            json={"custom_activity_type_id": actitype, "lead_id": lead["id"], "status": "draft"},
        )
    )
    assert draft["status"] == "draft"


def test_editable_with_roles_is_per_association(api: Api) -> None:
    field_id = shared(api)
    ok(associate(api, field_id, object_type="lead", editable_with_roles=["admin"]), 201)
    ok(associate(api, field_id, object_type="contact"), 201)
    lead = ok(api.post("/lead/", json={"name": "A", "contacts": [{"name": "c"}]}))
    api.user.role_id = "user"
    assert error(api.put(f"/lead/{lead['id']}/", json={f"custom.{field_id}": "x"}), 403)
    contact = ok(
        api.put(f"/contact/{lead['contacts'][0]['id']}/", json={f"custom.{field_id}": "x"})
    )
    assert contact[f"custom.{field_id}"] == "x"


def test_association_with_an_unknown_custom_type_is_refused(api: Api) -> None:
    field_id = shared(api)
    answer = associate(
        api, field_id, object_type="custom_object_type", custom_object_type_id="cotype_missing"
    )
    assert "custom_object_type_id" in field_errors(answer)
    assert associate(api, "cf_missing", object_type="lead").status_code == 404


# -- schemas ----------------------------------------------------------------------------


def test_schema_lists_regular_and_associated_shared_fields_in_order(api: Api) -> None:
    first = ok(api.post("/custom_field/lead/", json={"name": "First", "type": "text"}))["id"]
    common = shared(api, name="Common")
    ok(associate(api, common, object_type="lead"), 201)
    second = ok(api.post("/custom_field/lead/", json={"name": "Second", "type": "text"}))["id"]
    unrelated = shared(api, name="Elsewhere")
    ok(associate(api, unrelated, object_type="contact"), 201)
    fields = ok(api.get("/custom_field_schema/lead/"))["fields"]
    assert [f["id"] for f in fields] == [first, common, second]
    assert [f["is_shared"] for f in fields] == [False, True, False]
    contact_fields = ok(api.get("/custom_field_schema/contact/"))["fields"]
    assert [f["id"] for f in contact_fields] == [unrelated]


def test_reorder_puts_listed_fields_first_and_keeps_the_rest(api: Api) -> None:
    ids = [
        ok(api.post("/custom_field/lead/", json={"name": n, "type": "text"}))["id"] for n in "ABCD"
    ]
    answer = ok(
        api.put("/custom_field_schema/lead/", json={"fields": [{"id": ids[2]}, {"id": ids[0]}]})
    )
    expected = [ids[2], ids[0], ids[1], ids[3]]
    assert [f["id"] for f in answer["fields"]] == expected
    assert [f["id"] for f in ok(api.get("/custom_field_schema/lead/"))["fields"]] == expected


def test_reorder_with_a_field_outside_the_schema_is_a_field_error(api: Api) -> None:
    lead_field = ok(api.post("/custom_field/lead/", json={"name": "A", "type": "text"}))["id"]
    contact_field = ok(api.post("/custom_field/contact/", json={"name": "B", "type": "text"}))["id"]
    for bad in (contact_field, "cf_missing"):
        errors = field_errors(api.put("/custom_field_schema/lead/", json={"fields": [{"id": bad}]}))
        assert list(errors) == ["fields"]
    assert [f["id"] for f in ok(api.get("/custom_field_schema/lead/"))["fields"]] == [lead_field]


def test_schemas_of_custom_types(api: Api) -> None:
    actitype = ok(api.post("/custom_activity/", json={"name": "Visit"}), 201)["id"]
    cotype = ok(api.post("/custom_object_type/", json={"name": "S", "name_plural": "Ss"}), 201)[
        "id"
    ]
    own = ok(
        api.post(
            "/custom_field/activity/",
            json={"name": "Notes", "type": "textarea", "custom_activity_type_id": actitype},
        )
    )["id"]
    common = shared(api)
    ok(
        associate(
            api, common, object_type="custom_activity_type", custom_activity_type_id=actitype
        ),
        201,
    )
    fields = ok(api.get(f"/custom_field_schema/activity/{actitype}/"))["fields"]
    assert [f["id"] for f in fields] == [own, common]
    assert ok(api.get(f"/custom_field_schema/custom_object/{cotype}/"))["fields"] == []
    assert api.get("/custom_field_schema/activity/actitype_missing/").status_code == 404
    reordered = ok(
        api.put(f"/custom_field_schema/activity/{actitype}/", json={"fields": [{"id": common}]})
    )
    assert [f["id"] for f in reordered["fields"]] == [common, own]
