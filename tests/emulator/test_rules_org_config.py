"""Integration links, outcomes, playbooks and blocked phone numbers, over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulator._driver import Api, emulator, error, field_errors, ok


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


# -- integration links ------------------------------------------------------------------


def test_an_integration_link_shows_filled_in_on_records_of_its_type(api: Api) -> None:
    body = {"name": "CRM", "url": "https://crm.test/?l={{ lead.id }}&c={{ contact.name }}"}
    ok(api.post("/integration_link/", json={**body, "type": "contact"}))
    lead = ok(api.post("/lead/", json={"name": "Acme", "contacts": [{"name": "Ann"}]}))
    contact = lead["contacts"][0]
    assert lead["integration_links"] == []
    shown = ok(api.get(f"/contact/{contact['id']}/"))["integration_links"]
    assert shown == [{"name": "CRM", "url": f"https://crm.test/?l={lead['id']}&c=Ann"}]
    opportunity = ok(api.post("/opportunity/", json={"lead_id": lead["id"]}))
    assert opportunity["integration_links"] == []


def test_an_updated_or_deleted_link_changes_every_record_at_once(api: Api) -> None:
    link = ok(api.post("/integration_link/", json={"name": "A", "url": "u", "type": "lead"}))
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    changed = ok(api.put(f"/integration_link/{link['id']}/", json={"name": None, "url": "v"}))
    assert (changed["name"], changed["url"]) == ("A", "v")
    assert ok(api.get(f"/lead/{lead['id']}/"))["integration_links"] == [{"name": "A", "url": "v"}]
    assert ok(api.delete(f"/integration_link/{link['id']}/")) == {}
    assert ok(api.get(f"/lead/{lead['id']}/"))["integration_links"] == []
    assert api.get(f"/integration_link/{link['id']}/").status_code == 404


def test_only_admins_manage_integration_links(api: Api) -> None:
    link = ok(api.post("/integration_link/", json={"name": "A", "url": "u", "type": "lead"}))
    api.user.role_id = "user"
    body = {"name": "B", "url": "u", "type": "lead"}
    assert "manage_organization" in error(api.post("/integration_link/", json=body), 403)
    assert error(api.put(f"/integration_link/{link['id']}/", json={"name": "C"}), 403)
    assert error(api.delete(f"/integration_link/{link['id']}/"), 403)
    assert len(ok(api.get("/integration_link/"))["data"]) == 1


# -- outcomes ---------------------------------------------------------------------------


def test_outcome_applies_to_follows_its_type_unless_sent(api: Api) -> None:
    custom = ok(api.post("/outcome/", json={"name": "Interested"}), 201)
    assert (custom["type"], custom["applies_to"]) == ("custom", ["calls", "meetings"])
    dropped = ok(api.put(f"/outcome/{custom['id']}/", json={"type": "vm-dropped"}))
    assert dropped["applies_to"] == ["calls"]
    sent = ok(api.post("/outcome/", json={"name": "Met", "applies_to": ["meetings"]}), 201)
    assert sent["applies_to"] == ["meetings"]


def test_a_deleted_outcome_stays_on_calls_but_cannot_be_set(api: Api) -> None:
    outcome = ok(api.post("/outcome/", json={"name": "Interested"}), 201)
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    call = ok(
        api.post("/activity/call/", json={"lead_id": lead["id"], "outcome_id": outcome["id"]})
    )
    assert ok(api.delete(f"/outcome/{outcome['id']}/")) == {}
    assert ok(api.get(f"/activity/call/{call['id']}/"))["outcome_id"] == outcome["id"]
    again = {"lead_id": lead["id"], "outcome_id": outcome["id"]}
    assert "outcome_id" in field_errors(api.post("/activity/call/", json=again))
    assert api.get(f"/outcome/{outcome['id']}/").status_code == 404


# -- playbooks --------------------------------------------------------------------------


def test_playbooks_reference_outcomes_and_shared_fields_only(api: Api) -> None:
    outcome = ok(api.post("/outcome/", json={"name": "Interested"}), 201)
    shared = ok(api.post("/custom_field/shared/", json={"name": "Budget", "type": "number"}))
    lead_field = ok(api.post("/custom_field/lead/", json={"name": "Size", "type": "number"}))
    body = {"name": "Discovery", "outcome_ids": [outcome["id"]], "custom_field_ids": [shared["id"]]}
    playbook = ok(api.post("/playbook/", json=body), 201)
    assert playbook["outcome_ids"] == [outcome["id"]] and playbook["position"] == 1
    bad = {"name": "X", "custom_field_ids": [lead_field["id"]], "outcome_ids": ["outcome_nope"]}
    errors = field_errors(api.post("/playbook/", json=bad))
    assert set(errors) == {"custom_field_ids", "outcome_ids"}
    ok(api.delete(f"/outcome/{outcome['id']}/"))
    ok(api.delete(f"/custom_field/shared/{shared['id']}/"))
    shown = ok(api.get(f"/playbook/{playbook['id']}/"))
    assert (shown["outcome_ids"], shown["custom_field_ids"]) == ([], [])


def test_archiving_takes_a_playbook_out_of_the_order(api: Api) -> None:
    first, second, third = (
        ok(api.post("/playbook/", json={"name": name}), 201) for name in ("A", "B", "C")
    )
    archived = ok(api.post(f"/playbook/{first['id']}/archive/"))
    assert archived["archived_at"] and archived["position"] is None
    assert (
        ok(api.post(f"/playbook/{first['id']}/archive/"))["archived_at"] == archived["archived_at"]
    )
    active = ok(api.get("/playbook/", params={"is_archived": "false"}))["data"]
    assert [p["name"] for p in active] == ["B", "C"]
    assert [p["name"] for p in ok(api.get("/playbook/"))["data"]] == ["B", "C", "A"]
    back = ok(api.post(f"/playbook/{first['id']}/unarchive/"))
    assert back["archived_at"] is None and back["position"] == third["position"] + 1
    later = ok(api.get("/playbook/", params={"position__gt": second["position"]}))["data"]
    assert [p["name"] for p in later] == ["C", "A"]
    assert api.delete(f"/playbook/{first['id']}/").status_code == 204
    cutoff = ok(api.get("/playbook/"))["data"][0]["created_at"]
    assert ok(api.get("/playbook/", params={"created_at__lt": cutoff}))["data"] == []


# -- blocked phone numbers --------------------------------------------------------------


def test_a_number_is_blocked_once_in_e164_and_only_its_reason_changes(api: Api) -> None:
    blocked = ok(
        api.post("/blocked_phone_number/", json={"phone": "+1 650-555-0100", "reason": "spam"}), 201
    )
    assert blocked["phone"] == "+16505550100"
    again = {"phone": "+16505550100", "reason": "again"}
    assert "phone" in field_errors(api.post("/blocked_phone_number/", json=again))
    changed = ok(api.put(f"/blocked_phone_number/{blocked['id']}/", json={"reason": "robocalls"}))
    assert (changed["reason"], changed["phone"]) == ("robocalls", "+16505550100")
    assert (
        api.put(f"/blocked_phone_number/{blocked['id']}/", json={"phone": "+1"}).status_code == 400
    )
    assert api.delete(f"/blocked_phone_number/{blocked['id']}/").status_code == 204
    ok(api.post("/blocked_phone_number/", json=again), 201)


def test_the_anonymous_caller_setting_is_one_per_organization(api: Api) -> None:
    assert ok(api.get("/blocked_phone_number/settings/")) == {
        "reject_anonymous_inbound_calls": False
    }
    body = {"reject_anonymous_inbound_calls": True}
    assert ok(api.put("/blocked_phone_number/settings/", json=body)) == body
    assert ok(api.get("/blocked_phone_number/settings/")) == body
    assert api.put("/blocked_phone_number/settings/", json={}).status_code == 400
