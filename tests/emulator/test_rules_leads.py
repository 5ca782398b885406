"""Leads: nested create, statuses, partial PUT, cascading delete, merge."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator._driver import Api, emulator, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def statuses(api: Api) -> dict[str, str]:
    return {s["label"]: s["id"] for s in ok(api.get("/status/lead/"))["data"]}


def test_create_nests_contacts_addresses_and_custom_values(api: Api) -> None:
    lead_field = ok(api.post("/custom_field/lead/", json={"name": "Industry", "type": "text"}))
    contact_field = ok(api.post("/custom_field/contact/", json={"name": "Age", "type": "number"}))
    lead = ok(
        api.post(
            "/lead/",
            json={
                "name": "Acme",
                "url": "https://acme.example",
                "addresses": [{"label": "business", "city": "Austin", "country": "US"}],
                f"custom.{lead_field['id']}": "Software",
                "contacts": [
                    {
                        "name": "Ann",
                        "emails": [{"email": "ann@acme.example", "type": "office"}],
                        f"custom.{contact_field['id']}": 41,
                    },
                    {"name": "Bob", "phones": [{"phone": "+1 800 444 5555", "type": "mobile"}]},
                ],
            },
        )
    )
    assert lead["display_name"] == "Acme"
    assert lead["addresses"][0]["city"] == "Austin"
    assert lead[f"custom.{lead_field['id']}"] == "Software"
    ann, bob = lead["contacts"]
    assert ann["lead_id"] == lead["id"] and ann[f"custom.{contact_field['id']}"] == 41
    assert ann["emails"][0]["email"] == "ann@acme.example"
    assert bob["phones"][0]["phone"] == "+18004445555"
    fetched = ok(api.get(f"/lead/{lead['id']}/"))
    assert [c["id"] for c in fetched["contacts"]] == [ann["id"], bob["id"]]
    assert ok(api.get(f"/contact/{bob['id']}/"))["name"] == "Bob"


def test_default_status_is_the_first_and_label_or_id_can_be_sent(api: Api) -> None:
    ids = statuses(api)
    assert ok(api.post("/lead/", json={"name": "a"}))["status_id"] == ids["Potential"]
    by_label = ok(api.post("/lead/", json={"name": "b", "status": "Customer"}))
    assert (by_label["status_id"], by_label["status_label"]) == (ids["Customer"], "Customer")
    by_id = ok(api.post("/lead/", json={"name": "c", "status_id": ids["Bad Fit"]}))
    assert by_id["status_label"] == "Bad Fit"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ({"status": "Customer", "status_id": "stat_x"}, None),  # both: refused by the spec
        ({"status_id": "stat_unknown"}, "status_id"),
        ({"status": "No such label"}, "status"),
    ],
)
def test_bad_status_choices_are_400(api: Api, body: dict[str, Any], key: str | None) -> None:
    errors = field_errors(api.post("/lead/", json={"name": "x", **body}))
    if key is not None:
        assert key in errors
    assert ok(api.get("/lead/"))["data"] == []  # nothing half-created
    lead = ok(api.post("/lead/", json={"name": "y"}))
    assert api.put(f"/lead/{lead['id']}/", json=body).status_code == 400
    assert ok(api.get(f"/lead/{lead['id']}/"))["status_label"] == "Potential"


def test_nested_contact_errors_are_indexed_and_nothing_is_saved(api: Api) -> None:
    age = ok(api.post("/custom_field/contact/", json={"name": "Age", "type": "number"}))["id"]
    answer = api.post(
        "/lead/",
        json={
            "name": "Acme",
            "contacts": [
                {"name": "fine", f"custom.{age}": 30},
                {"name": "bad", f"custom.{age}": "old", "custom.cf_nope": 1},
            ],
        },
    )
    errors = field_errors(answer)
    assert list(errors) == ["contacts"]
    assert errors["contacts"] == {
        "errors": {
            "1": {
                "errors": [],
                "field-errors": {
                    f"custom.{age}": "Value must be a number.",
                    "custom.cf_nope": 'The Custom Field "cf_nope" does not exist.',
                },
            }
        }
    }
    assert ok(api.get("/lead/"))["data"] == [] and ok(api.get("/contact/"))["data"] == []


def test_put_changes_only_what_is_sent(api: Api) -> None:
    field = ok(api.post("/custom_field/lead/", json={"name": "F", "type": "text"}))
    lead = ok(
        api.post(
            "/lead/",
            json={
                "name": "Acme",
                "description": "desc",
                "url": "https://a.example",
                f"custom.{field['id']}": "v",
                "contacts": [{"name": "Ann"}],
            },
        )
    )
    updated = ok(api.put(f"/lead/{lead['id']}/", json={"status": "Customer"}))
    for key in ("name", "description", "url", f"custom.{field['id']}", "contacts", "addresses"):
        assert updated[key] == lead[key], key
    assert updated["status_label"] == "Customer"
    renamed = ok(api.put(f"/lead/{lead['id']}/", json={"name": "Acme Inc"}))
    assert renamed["name"] == "Acme Inc" and renamed["status_label"] == "Customer"


def test_contacts_cannot_be_changed_through_lead_put(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    # Not part of a lead update: ignored like any unknown key, as the spec documents.
    updated = ok(api.put(f"/lead/{lead['id']}/", json={"contacts": [{"name": "Zed"}]}))
    assert [c["name"] for c in updated["contacts"]] == ["Ann"]
    assert [c["name"] for c in ok(api.get(f"/lead/{lead['id']}/"))["contacts"]] == ["Ann"]


def _lead_with_everything(api: Api, name: str) -> dict[str, Any]:
    lead = ok(api.post("/lead/", json={"name": name, "contacts": [{"name": f"{name} c"}]}))
    cotype = ok(api.post("/custom_object_type/", json={"name": "T", "name_plural": "Ts"}), 201)
    actitype = ok(api.post("/custom_activity/", json={"name": "A"}), 201)
    return {
        "lead": lead["id"],
        "contact": lead["contacts"][0]["id"],
        "opportunity": ok(api.post("/opportunity/", json={"lead_id": lead["id"]}))["id"],
        "custom_object": ok(
            api.post(
                "/custom_object/",
                json={"custom_object_type_id": cotype["id"], "lead_id": lead["id"], "name": "o"},
            ),
            201,
        )["id"],
        "activity": ok(
            api.post(
                "/activity/custom/",
                json={"custom_activity_type_id": actitype["id"], "lead_id": lead["id"]},
            )
        )["id"],
    }


PATHS = {
    "lead": "/lead/{}/",
    "contact": "/contact/{}/",
    "opportunity": "/opportunity/{}/",
    "custom_object": "/custom_object/{}/",
    "activity": "/activity/custom/{}/",
}


def test_delete_removes_the_lead_and_everything_on_it(api: Api) -> None:
    ids = _lead_with_everything(api, "Doomed")
    keep = _lead_with_everything(api, "Kept")
    assert ok(api.delete(f"/lead/{ids['lead']}/")) == {}
    for kind, object_id in ids.items():
        assert api.get(PATHS[kind].format(object_id)).status_code == 404, kind
    for kind, object_id in keep.items():
        assert api.get(PATHS[kind].format(object_id)).status_code == 200, kind
    assert [c["id"] for c in ok(api.get("/contact/"))["data"]] == [keep["contact"]]
    assert [o["id"] for o in ok(api.get("/opportunity/"))["data"]] == [keep["opportunity"]]


def test_merge_moves_children_to_destination_and_deletes_source(api: Api) -> None:
    field = ok(api.post("/custom_field/lead/", json={"name": "F", "type": "text"}))
    source = _lead_with_everything(api, "Source")
    destination = _lead_with_everything(api, "Destination")
    ok(api.put(f"/lead/{source['lead']}/", json={f"custom.{field['id']}": "from source"}))
    merged = ok(
        api.post(
            "/lead/merge/", json={"source": source["lead"], "destination": destination["lead"]}
        )
    )
    assert merged["id"] == destination["lead"]
    assert {c["id"] for c in merged["contacts"]} == {source["contact"], destination["contact"]}
    assert {o["id"] for o in merged["opportunities"]} == {
        source["opportunity"],
        destination["opportunity"],
    }
    assert merged[f"custom.{field['id']}"] == "from source"
    assert api.get(f"/lead/{source['lead']}/").status_code == 404
    for kind in ("contact", "opportunity", "custom_object", "activity"):
        moved = ok(api.get(PATHS[kind].format(source[kind])))
        assert moved["lead_id"] == destination["lead"], kind
    objects = ok(api.get("/custom_object/", params={"lead_id": destination["lead"]}))["data"]
    assert {o["id"] for o in objects} == {source["custom_object"], destination["custom_object"]}


@pytest.mark.parametrize("which", ["source", "destination", "same"])
def test_merge_refuses_unknown_or_identical_leads(api: Api, which: str) -> None:
    lead = ok(api.post("/lead/", json={"name": "a"}))["id"]
    body = (
        {"source": lead, "destination": lead}
        if which == "same"
        else {"source": lead, "destination": lead, which: "lead_missing"}
    )
    assert field_errors(api.post("/lead/merge/", json=body))
    assert ok(api.get(f"/lead/{lead}/"))["id"] == lead


def test_lead_embeds_its_opportunities(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    opp = ok(api.post("/opportunity/", json={"lead_id": lead["id"], "value": 100}))
    embedded = ok(api.get(f"/lead/{lead['id']}/"))["opportunities"]
    assert [o["id"] for o in embedded] == [opp["id"]]
    assert embedded[0]["value"] == 100
