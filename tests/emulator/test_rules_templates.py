"""Email and SMS templates: CRUD, filters, rendering with template tags."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def _lead_with_contact(api: Api) -> tuple[str, str]:
    lead = ok(
        api.post(
            "/lead/",
            json={
                "name": "Acme Corp",
                "url": "https://acme.example",
                "contacts": [
                    {
                        "name": "Jane Q Doe",
                        "title": "CTO",
                        "emails": [{"email": "jane@acme.example"}],
                    }
                ],
            },
        )
    )
    return lead["id"], lead["contacts"][0]["id"]


def test_email_template_crud_and_defaults(api: Api) -> None:
    made = ok(api.post("/email_template/", json={"name": "Intro", "subject": "Hi"}))
    assert made["id"].startswith("tmpl_")
    assert (made["body"], made["is_shared"], made["is_archived"], made["attachments"]) == (
        "",
        False,
        False,
        [],
    )
    changed = ok(api.put(f"/email_template/{made['id']}/", json={"body": "<p>x</p>"}))
    assert (changed["subject"], changed["body"]) == ("Hi", "<p>x</p>")
    assert ok(api.get(f"/email_template/{made['id']}/", params={"_fields": "name"})) == {
        "name": "Intro"
    }
    assert ok(api.delete(f"/email_template/{made['id']}/")) == {}
    assert "EmailTemplate" in error(api.get(f"/email_template/{made['id']}/"), 404)


def test_a_fetched_template_can_be_posted_back_as_it_is(api: Api) -> None:
    made = ok(api.post("/email_template/", json={"name": "Intro", "is_shared": True}))
    fetched = ok(api.get(f"/email_template/{made['id']}/"))
    del fetched["id"], fetched["organization_id"]  # what Close's clone script does
    copy = ok(api.post("/email_template/", json=fetched))
    assert copy["id"] != made["id"] and copy["is_shared"] is True
    assert copy["date_created"] != "2000-01-01"
    ok(api.put(f"/email_template/{copy['id']}/", json={**fetched, "date_created": "2000-01-01"}))
    assert ok(api.get(f"/email_template/{copy['id']}/"))["date_created"] == copy["date_created"]


def test_email_template_list_filters(api: Api) -> None:
    ok(api.post("/email_template/", json={"name": "A", "is_shared": True}))
    ok(api.post("/email_template/", json={"name": "B", "is_archived": True}))
    ok(api.post("/email_template/", json={"name": "C"}))

    def names(**params: object) -> list[str]:
        return [t["name"] for t in ok(api.get("/email_template/", params=params))["data"]]

    assert names() == ["A", "B", "C"]
    assert names(is_archived="true") == ["B"]
    assert names(is_archived="false", is_shared="false") == ["C"]
    page = ok(api.get("/email_template/", params={"_limit": 1, "_skip": 1}))
    assert [t["name"] for t in page["data"]] == ["B"] and page["has_more"] is True
    assert "max_limit" in error(api.get("/email_template/", params={"_limit": 101}))


def test_render_fills_the_tags_for_a_lead_and_contact(api: Api) -> None:
    lead_id, contact_id = _lead_with_contact(api)
    field = ok(api.post("/custom_field/lead/", json={"name": "Industry", "type": "text"}))
    ok(api.put(f"/lead/{lead_id}/", json={f"custom.{field['id']}": "Rockets"}))
    template = ok(
        api.post(
            "/email_template/",
            json={
                "name": "Intro",
                "subject": "{{ lead.display_name }} / {{contact.first_name}}",
                "body": (
                    "<p>Hi {{ contact.first_name }} {{ contact.last_name }} ({{ contact.title }},"
                    " {{ contact.email }}) of {{ lead.url }} in {{ lead.custom.Industry }}"
                    " from {{ user.first_name }} at {{ organization.name }}</p>"
                ),
            },
        )
    )
    user, org = api.user, api.org
    rendered = ok(
        api.get(
            f"/email_template/{template['id']}/render/",
            params={"lead_id": lead_id, "contact_id": contact_id},
        )
    )
    assert rendered == {
        "subject": "Acme Corp / Jane",
        "body": (
            "<p>Hi Jane Q Doe (CTO, jane@acme.example) of https://acme.example in Rockets"
            f" from {user.first_name} at {org.name}</p>"
        ),
    }


def test_render_unknown_and_empty_tags_and_fallbacks(api: Api) -> None:
    lead = ok(api.post("/lead/", json={"name": "Solo", "contacts": [{"name": "Mononym"}]}))
    template = ok(
        api.post(
            "/email_template/",
            json={
                "name": "T",
                "subject": "[{{ lead.nonsense }}][{{ nothing.here }}][{{ contact.last_name }}]",
                "body": (
                    "Hi {{ contact.last_name | default('friend') }},"
                    ' {{ lead.name|default("x") }} {{ open'
                ),
            },
        )
    )
    rendered = ok(
        api.get(
            f"/email_template/{template['id']}/render/",
            params={"lead_id": lead["id"], "contact_id": lead["contacts"][0]["id"]},
        )
    )
    assert rendered == {"subject": "[][][]", "body": "Hi friend, Solo {{ open"}


def test_render_needs_a_lead_and_its_own_contact(api: Api) -> None:
    lead_id, contact_id = _lead_with_contact(api)
    other_id, other_contact = _lead_with_contact(api)
    template = ok(api.post("/email_template/", json={"name": "T"}))
    url = f"/email_template/{template['id']}/render/"
    assert api.get(url, params={"lead_id": lead_id}).status_code == 400
    assert "contact_id" in field_errors(
        api.get(url, params={"lead_id": lead_id, "contact_id": other_contact})
    )
    assert "lead_id" in field_errors(
        api.get(url, params={"lead_id": "lead_missing", "contact_id": contact_id})
    )
    searched = {"lead_id": lead_id, "contact_id": contact_id, "query": "*", "entry": 0}
    assert "search form (query, entry)" in error(api.get(url, params=searched))
    missing = api.get(
        "/email_template/tmpl_nope/render/",
        params={"lead_id": other_id, "contact_id": other_contact},
    )
    assert missing.status_code == 404


def test_sms_template_crud_statuses_201_and_204(api: Api) -> None:
    attachment = {
        "url": "https://app.close.com/go/file/abc/a.png",
        "filename": "a.png",
        "content_type": "image/png",
    }
    response = api.post("/sms_template/", json={"name": "Ping", "attachments": [attachment]})
    made = ok(response, 201)
    assert response.headers["location"].endswith(f"/sms_template/{made['id']}/")
    assert (made["status"], made["text"], made["is_shared"]) == ("active", "", False)
    assert made["attachments"] == [attachment]
    archived = ok(api.put(f"/sms_template/{made['id']}/", json={"status": "archived"}))
    assert archived["status"] == "archived"
    assert "status" in field_errors(
        api.put(f"/sms_template/{made['id']}/", json={"status": "deleted"})
    )
    assert "attachments" not in ok(api.get(f"/sms_template/{made['id']}/"))
    asked = {"include_attachments": "true", "_fields": "id,attachments"}
    shown = ok(api.get(f"/sms_template/{made['id']}/", params=asked))
    assert shown == {"id": made["id"], "attachments": [attachment]}
    assert [t["id"] for t in ok(api.get("/sms_template/"))["data"]] == [made["id"]]
    deleted = api.delete(f"/sms_template/{made['id']}/")
    assert deleted.status_code == 204 and deleted.content == b""
    assert api.get(f"/sms_template/{made['id']}/").status_code == 404


def test_template_changes_are_in_the_event_log(api: Api) -> None:
    made = ok(api.post("/email_template/", json={"name": "Intro"}))
    ok(api.put(f"/email_template/{made['id']}/", json={"subject": "Hi"}))
    ok(api.delete(f"/email_template/{made['id']}/"))
    sms = ok(api.post("/sms_template/", json={"name": "Ping"}), 201)

    def events(**params: str) -> list[dict[str, object]]:
        found: list[dict[str, object]] = ok(api.get("/event/", params=params))["data"]
        return found

    (updated,) = events(object_type="email_template", action="updated")
    assert updated["object_id"] == made["id"] and updated["changed_fields"] == ["subject"]
    assert updated["previous_data"] == {"subject": ""}
    (deleted,) = events(object_type="email_template", action="deleted")
    assert isinstance(deleted["previous_data"], dict)
    assert deleted["previous_data"]["name"] == "Intro"
    (created,) = events(object_type="sms_template", action="created")
    assert created["object_id"] == sms["id"]
