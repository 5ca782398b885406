"""Custom field values on records: per-type validation, multi-values, .add/.remove, unset,
unknown keys, references to users/contacts/objects, roles, and how definitions changing
under stored values shows in responses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def lead_field(api: Api, type_: str, **extra: Any) -> str:
    return str(
        ok(
            api.post("/custom_field/lead/", json={"name": f"{type_} field", "type": type_, **extra})
        )["id"]
    )


def new_lead(api: Api, **body: Any) -> dict[str, Any]:
    return dict(ok(api.post("/lead/", json={"name": "Acme", **body})))


def put_lead(api: Api, lead_id: str, body: dict[str, Any]) -> Any:
    return api.put(f"/lead/{lead_id}/", json=body)


@pytest.mark.parametrize(
    ("type_", "extra", "sent", "stored"),
    [
        ("text", {}, "hello", "hello"),
        ("number", {}, 5.5, 5.5),
        ("number", {}, 2, 2),
        ("number", {}, "7", 7),
        ("date", {}, "2014-06-12", "2014-06-12"),
        ("datetime", {}, "2014-06-27T22:00:00-08:00", "2014-06-28T06:00:00+00:00"),
        ("datetime", {}, "2014-06-27T22:00:00Z", "2014-06-27T22:00:00+00:00"),
        ("choices", {"choices": ["A", "B"]}, "B", "B"),
        ("hidden", {}, {"any": ["json", 1]}, {"any": ["json", 1]}),
    ],
)
def test_valid_values_are_stored_and_returned_normalised(
    api: Api, type_: str, extra: dict[str, Any], sent: Any, stored: Any
) -> None:
    field_id = lead_field(api, type_, **extra)
    lead = new_lead(api, **{f"custom.{field_id}": sent})
    assert lead[f"custom.{field_id}"] == stored
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{field_id}"] == stored


@pytest.mark.parametrize(
    ("type_", "extra", "sent", "message"),
    [
        ("number", {}, "many", "Value must be a number."),
        ("number", {}, True, "Value must be a number."),
        ("date", {}, "12/06/2014", "Invalid ISO 8601 date."),
        ("datetime", {}, "yesterday", "Invalid ISO 8601 datetime."),
        ("choices", {"choices": ["A", "B"]}, "C", "Not a valid choice."),
        ("text", {}, {"not": "text"}, "Value must be a string."),
        ("choices", {"choices": ["A", "B"]}, ["A"], "This field does not accept multiple values."),
    ],
)
def test_invalid_values_are_field_errors_under_the_exact_key(
    api: Api, type_: str, extra: dict[str, Any], sent: Any, message: str
) -> None:
    field_id = lead_field(api, type_, **extra)
    errors = field_errors(api.post("/lead/", json={"name": "x", f"custom.{field_id}": sent}))
    assert errors == {f"custom.{field_id}": message}
    assert ok(api.get("/lead/"))["data"] == []


def test_unknown_custom_key_is_refused_with_closes_message(api: Api) -> None:
    errors = field_errors(
        api.post("/lead/", json={"name": "x", "custom.cf_nope": "v", "custom.LinkedIn": "v"})
    )
    assert errors == {
        "custom.cf_nope": 'The Custom Field "cf_nope" does not exist.',
        "custom.LinkedIn": 'The Custom Field "LinkedIn" does not exist.',
    }
    lead = new_lead(api)
    errors = field_errors(put_lead(api, lead["id"], {"custom.cf_nope.add": "v"}))
    assert errors == {"custom.cf_nope.add": 'The Custom Field "cf_nope" does not exist.'}


def test_a_field_of_another_object_type_is_unknown_here(api: Api) -> None:
    contact_field = ok(api.post("/custom_field/contact/", json={"name": "C", "type": "text"}))
    errors = field_errors(api.post("/lead/", json={f"custom.{contact_field['id']}": "v"}))
    assert f"custom.{contact_field['id']}" in errors


def test_null_unsets_and_unset_fields_are_absent(api: Api) -> None:
    text = lead_field(api, "text")
    number = lead_field(api, "number")
    lead = new_lead(api, **{f"custom.{text}": "t", f"custom.{number}": 1})
    updated = ok(put_lead(api, lead["id"], {f"custom.{text}": None}))
    assert f"custom.{text}" not in updated
    assert updated[f"custom.{number}"] == 1
    fetched = ok(api.get(f"/lead/{lead['id']}/", params={"_fields": "custom"}))
    assert fetched == {f"custom.{number}": 1}


def test_multi_value_lists_replace_and_add_remove_change_one_value(api: Api) -> None:
    tags = lead_field(api, "choices", choices=["A", "B", "C"], accepts_multiple_values=True)
    key = f"custom.{tags}"
    lead = new_lead(api, **{key: ["A", "B"]})
    assert lead[key] == ["A", "B"]
    assert ok(put_lead(api, lead["id"], {key: ["C"]}))[key] == ["C"]  # a list replaces
    assert ok(put_lead(api, lead["id"], {f"{key}.add": "A"}))[key] == ["C", "A"]
    # Documented choices: a duplicate .add and a .remove of a missing value are no-ops.
    assert ok(put_lead(api, lead["id"], {f"{key}.add": "A"}))[key] == ["C", "A"]
    assert ok(put_lead(api, lead["id"], {f"{key}.remove": "B"}))[key] == ["C", "A"]
    assert ok(put_lead(api, lead["id"], {f"{key}.remove": "C"}))[key] == ["A"]
    emptied = ok(put_lead(api, lead["id"], {f"{key}.remove": "A"}))
    assert key not in emptied  # no values left: the field is unset, not []
    errors = field_errors(put_lead(api, lead["id"], {f"{key}.add": "Z"}))
    assert errors == {f"{key}.add": "Not a valid choice."}
    assert ok(put_lead(api, lead["id"], {key: "B"}))[key] == ["B"]  # one value, as a list


def test_add_and_remove_are_refused_on_single_value_fields(api: Api) -> None:
    single = lead_field(api, "choices", choices=["A", "B"])
    lead = new_lead(api, **{f"custom.{single}": "A"})
    for op in ("add", "remove"):
        errors = field_errors(put_lead(api, lead["id"], {f"custom.{single}.{op}": "B"}))
        assert list(errors) == [f"custom.{single}.{op}"]
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{single}"] == "A"


def test_user_fields_take_ids_or_exact_names_and_return_ids(api: Api) -> None:
    me = ok(api.get("/me/"))
    full_name = f"{me['first_name']} {me['last_name']}"
    owner = lead_field(api, "user")
    helpers = lead_field(api, "user", accepts_multiple_values=True)
    lead = new_lead(api, **{f"custom.{owner}": full_name, f"custom.{helpers}": [me["id"]]})
    assert lead[f"custom.{owner}"] == me["id"]
    assert lead[f"custom.{helpers}"] == [me["id"]]
    errors = field_errors(put_lead(api, lead["id"], {f"custom.{owner}": full_name.lower()}))
    assert f"custom.{owner}" in errors  # names must match exactly
    errors = field_errors(put_lead(api, lead["id"], {f"custom.{owner}": "user_nobody"}))
    assert f"custom.{owner}" in errors


def test_contact_fields_only_take_contacts_of_the_same_lead(api: Api) -> None:
    field_id = lead_field(api, "contact")
    mine = new_lead(api, contacts=[{"name": "Mine"}])
    theirs = new_lead(api, contacts=[{"name": "Theirs"}])
    key = f"custom.{field_id}"
    ok(put_lead(api, mine["id"], {key: mine["contacts"][0]["id"]}))
    errors = field_errors(put_lead(api, mine["id"], {key: theirs["contacts"][0]["id"]}))
    assert key in errors
    # On a contact and on an opportunity, "same lead" is the record's lead.
    contact_field = ok(
        api.post("/custom_field/contact/", json={"name": "Buddy", "type": "contact"})
    )["id"]
    other_contact = ok(api.post("/contact/", json={"lead_id": mine["id"], "name": "Two"}))
    updated = ok(
        api.put(
            f"/contact/{other_contact['id']}/",
            json={f"custom.{contact_field}": mine["contacts"][0]["id"]},
        )
    )
    assert updated[f"custom.{contact_field}"] == mine["contacts"][0]["id"]
    assert field_errors(
        api.put(
            f"/contact/{other_contact['id']}/",
            json={f"custom.{contact_field}": theirs["contacts"][0]["id"]},
        )
    )
    # A deleted contact drops out of the value.
    ok(api.delete(f"/contact/{mine['contacts'][0]['id']}/"))
    assert key not in ok(api.get(f"/lead/{mine['id']}/"))


def test_custom_object_fields_take_objects_of_the_type_on_the_same_lead(api: Api) -> None:
    wanted = ok(
        api.post("/custom_object_type/", json={"name": "Site", "name_plural": "Sites"}), 201
    )["id"]
    other = ok(api.post("/custom_object_type/", json={"name": "Car", "name_plural": "Cars"}), 201)[
        "id"
    ]
    field_id = lead_field(
        api, "custom_object", referenced_custom_type_id=wanted, accepts_multiple_values=True
    )
    lead = new_lead(api)
    elsewhere = new_lead(api)

    def make(type_id: str, lead_id: str) -> str:
        return str(
            ok(
                api.post(
                    "/custom_object/",
                    json={"custom_object_type_id": type_id, "lead_id": lead_id, "name": "o"},
                ),
                201,
            )["id"]
        )

    good, wrong_type, wrong_lead = (
        make(wanted, lead["id"]),
        make(other, lead["id"]),
        make(wanted, elsewhere["id"]),
    )
    key = f"custom.{field_id}"
    assert ok(put_lead(api, lead["id"], {key: [good]}))[key] == [good]
    for bad in (wrong_type, wrong_lead, "custobj_missing"):
        assert f"{key}.add" in field_errors(put_lead(api, lead["id"], {f"{key}.add": bad}))
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == [good]


def test_role_restricted_field_is_403_for_other_roles(api: Api) -> None:
    guarded = lead_field(api, "text", editable_with_roles=["admin"])
    lead = new_lead(api, **{f"custom.{guarded}": "set by admin"})
    api.user.role_id = "user"  # the member is demoted (no endpoint changes memberships)
    for body in ({f"custom.{guarded}": "x"}, {f"custom.{guarded}": None}):
        message = error(put_lead(api, lead["id"], body), 403)
        assert guarded in message
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{guarded}"] == "set by admin"
    assert ok(put_lead(api, lead["id"], {"name": "other fields still editable"}))


def test_editing_choices_hides_values_no_longer_valid(api: Api) -> None:
    tags = lead_field(api, "choices", choices=["A", "B", "C"], accepts_multiple_values=True)
    key = f"custom.{tags}"
    lead = new_lead(api, **{key: ["A", "B"]})
    ok(api.put(f"/custom_field/lead/{tags}/", json={"choices": ["A", "C"]}))
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == ["A"]
    # Writing starts from what is visible, so the dropped value never comes back.
    assert ok(put_lead(api, lead["id"], {f"{key}.add": "C"}))[key] == ["A", "C"]
    ok(api.put(f"/custom_field/lead/{tags}/", json={"choices": ["A", "B", "C"]}))
    assert ok(api.get(f"/lead/{lead['id']}/"))[key] == ["A", "C"]


def test_renaming_a_field_shows_at_once_and_values_follow(api: Api) -> None:
    field_id = lead_field(api, "text")
    lead = new_lead(api, **{f"custom.{field_id}": "v"})
    renamed = ok(api.put(f"/custom_field/lead/{field_id}/", json={"name": "New name"}))
    assert renamed["name"] == "New name"
    schema = ok(api.get("/custom_field_schema/lead/"))["fields"]
    assert [f["name"] for f in schema] == ["New name"]
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{field_id}"] == "v"


def test_type_change_converts_what_it_can(api: Api) -> None:
    field_id = lead_field(api, "number")
    lead = new_lead(api, **{f"custom.{field_id}": 42})
    ok(api.put(f"/custom_field/lead/{field_id}/", json={"type": "text"}))
    assert ok(api.get(f"/lead/{lead['id']}/"))[f"custom.{field_id}"] == "42"
    ok(api.put(f"/custom_field/lead/{field_id}/", json={"type": "date"}))
    assert f"custom.{field_id}" not in ok(api.get(f"/lead/{lead['id']}/"))


def test_deleting_a_field_removes_its_values_everywhere_at_once(api: Api) -> None:
    doomed = lead_field(api, "text")
    kept = lead_field(api, "text")
    leads = [new_lead(api, **{f"custom.{doomed}": "x", f"custom.{kept}": "y"}) for _ in range(3)]
    assert ok(api.delete(f"/custom_field/lead/{doomed}/")) == {}
    for lead in ok(api.get("/lead/"))["data"]:
        assert f"custom.{doomed}" not in lead and lead[f"custom.{kept}"] == "y"
    errors = field_errors(put_lead(api, leads[0]["id"], {f"custom.{doomed}": "again"}))
    assert f"custom.{doomed}" in errors


def test_values_on_contacts_opportunities_objects_and_activities(api: Api) -> None:
    lead = new_lead(api)
    contact_field = ok(api.post("/custom_field/contact/", json={"name": "C", "type": "number"}))
    opp_field = ok(api.post("/custom_field/opportunity/", json={"name": "O", "type": "date"}))
    contact = ok(
        api.post("/contact/", json={"lead_id": lead["id"], f"custom.{contact_field['id']}": 3})
    )
    assert contact[f"custom.{contact_field['id']}"] == 3
    opp = ok(
        api.post(
            "/opportunity/", json={"lead_id": lead["id"], f"custom.{opp_field['id']}": "2024-02-29"}
        )
    )
    assert opp[f"custom.{opp_field['id']}"] == "2024-02-29"
    bad = field_errors(
        api.put(f"/opportunity/{opp['id']}/", json={f"custom.{opp_field['id']}": "2023-02-29"})
    )
    assert bad == {f"custom.{opp_field['id']}": "Invalid ISO 8601 date."}
    listed = ok(api.get("/opportunity/", params={"_fields": f"id,custom.{opp_field['id']}"}))
    assert listed["data"] == [{"id": opp["id"], f"custom.{opp_field['id']}": "2024-02-29"}]
