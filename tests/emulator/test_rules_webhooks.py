"""Webhook subscriptions over HTTP: create / list / get / update / delete and their rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from closeext.emulator._resources.webhooks import MAX_SUBSCRIPTIONS
from closeext.emulator._webhook_filter import FilterError, compile_filter
from tests.emulator._driver import Api, emulator, error, field_errors, ok

URL = "http://127.0.0.1:9/hook"
LEAD_CREATED = {"object_type": "lead", "action": "created"}


@pytest.fixture
def api() -> Iterator[Api]:
    with emulator() as (_, (client,)):
        yield client


def create(api: Api, **body: Any) -> dict[str, Any]:
    body.setdefault("url", URL)
    body.setdefault("events", [LEAD_CREATED])
    answer: dict[str, Any] = ok(api.post("/webhook/", json=body), 201)
    return answer


def test_create_answers_201_with_a_hex_signature_key_and_defaults(api: Api) -> None:
    response = api.post("/webhook/", json={"url": URL, "events": [LEAD_CREATED]})
    sub = ok(response, 201)
    assert re.fullmatch(r"whsub_[A-Za-z0-9]{22}", sub["id"])
    assert response.headers["location"].endswith(f"/webhook/{sub['id']}/")
    assert re.fullmatch(r"[0-9a-f]{64}", sub["signature_key"])
    bytes.fromhex(sub["signature_key"])  # what receivers key the HMAC with
    assert sub["status"] == "active" and sub["verify_ssl"] is True
    assert sub["events"] == [{"object_type": "lead", "action": "created", "extra_filter": None}]
    assert sub["url"] == URL and sub["created_by"] == api.user.id
    assert ok(api.get(f"/webhook/{sub['id']}/")) == sub
    other = create(api)
    assert other["signature_key"] != sub["signature_key"]


def test_list_pages_with_skip_and_has_more(api: Api) -> None:
    ids = [create(api)["id"] for _ in range(3)]
    page = ok(api.get("/webhook/", params={"_limit": 2}))
    assert [s["id"] for s in page["data"]] == ids[:2] and page["has_more"] is True
    rest = ok(api.get("/webhook/", params={"_limit": 2, "_skip": 2}))
    assert [s["id"] for s in rest["data"]] == ids[2:] and rest["has_more"] is False


def test_update_changes_only_what_is_sent(api: Api) -> None:
    sub = create(api, verify_ssl=False)
    events = [{"object_type": "contact", "action": "deleted"}]
    changed = ok(api.put(f"/webhook/{sub['id']}/", json={"url": URL + "2", "events": events}))
    assert changed["url"] == URL + "2" and changed["verify_ssl"] is False
    assert changed["events"] == [{**events[0], "extra_filter": None}]
    assert changed["signature_key"] == sub["signature_key"]
    paused = ok(api.put(f"/webhook/{sub['id']}/", json={"status": "paused"}))
    assert paused["status"] == "paused" and paused["url"] == URL + "2"
    assert ok(api.put(f"/webhook/{sub['id']}/", json={"status": "active"}))["status"] == "active"


def test_a_listed_subscription_can_be_posted_back_as_it_is(api: Api) -> None:
    """Close's clone script copies a listed subscription, minus its id, into a POST."""
    original = create(api, status="paused", verify_ssl=False)
    copied = {k: v for k, v in original.items() if k != "id"}
    clone = ok(api.post("/webhook/", json=copied), 201)
    assert clone["id"] != original["id"]
    assert clone["signature_key"] != original["signature_key"]  # a key is never chosen
    assert (clone["status"], clone["verify_ssl"], clone["events"]) == (
        "paused",
        False,
        original["events"],
    )


def test_delete_answers_empty_and_then_404(api: Api) -> None:
    sub = create(api)
    assert ok(api.delete(f"/webhook/{sub['id']}/")) == {}
    assert "WebhookSubscription" in error(api.get(f"/webhook/{sub['id']}/"), 404)
    assert api.put(f"/webhook/{sub['id']}/", json={"status": "paused"}).status_code == 404
    assert ok(api.get("/webhook/"))["data"] == []


def test_url_and_events_are_required_and_checked(api: Api) -> None:
    assert "url" in field_errors(api.post("/webhook/", json={"events": [LEAD_CREATED]}))
    assert "events" in field_errors(api.post("/webhook/", json={"url": URL}))
    assert "events" in field_errors(api.post("/webhook/", json={"url": URL, "events": []}))
    for url in ("ftp://example.com/", "example.com/hook", "http:///nohost", "file:///etc/passwd"):
        assert "url" in field_errors(
            api.post("/webhook/", json={"url": url, "events": [LEAD_CREATED]})
        )
    missing_action = {"url": URL, "events": [{"object_type": "lead"}]}
    assert "events" in field_errors(api.post("/webhook/", json=missing_action))
    assert "status" in field_errors(
        api.put(f"/webhook/{create(api)['id']}/", json={"status": "on"})
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "bogus"},
        {"type": "equals"},  # no value
        {"type": "and", "filters": []},
        {"type": "and", "filters": [{"type": "is_null", "value": 1}]},
        {"type": "not"},
        {"type": "field_accessor", "filter": {"type": "is_null"}},  # no field
        {"type": "field_accessor", "field": "", "filter": {"type": "is_null"}},
        {"type": "any_array_value", "filter": {"type": "contains"}},
        "equals",
    ],
)
def test_a_filter_outside_the_language_is_refused(api: Api, bad: Any) -> None:
    events = [{**LEAD_CREATED, "extra_filter": bad}]
    assert "events" in field_errors(api.post("/webhook/", json={"url": URL, "events": events}))
    assert "event_filter" in field_errors(
        api.post("/webhook/", json={"url": URL, "events": [LEAD_CREATED], "event_filter": bad})
    )
    sub = create(api)
    assert "events" in field_errors(api.put(f"/webhook/{sub['id']}/", json={"events": events}))
    assert ok(api.get(f"/webhook/{sub['id']}/"))["events"][0]["extra_filter"] is None
    with pytest.raises(FilterError):
        compile_filter(bad)


def test_every_filter_of_the_language_is_accepted_and_kept(api: Api) -> None:
    tree = {
        "type": "and",
        "filters": [
            {"type": "field_accessor", "field": "changed_fields",
             "filter": {"type": "contains", "value": "status_id"}},
            {"type": "or", "filters": [{"type": "not", "filter": {"type": "is_null"}},
                                       {"type": "non_null"}]},
            {"type": "field_accessor", "field": "data", "filter": {
                "type": "field_accessor", "field": "addresses", "filter": {
                    "type": "any_array_value", "filter": {
                        "type": "field_accessor", "field": "state",
                        "filter": {"type": "not_equals", "value": "MD"}}}}},
            {"type": "equals", "value": {"nested": [1, None, True]}},
        ],
    }  # fmt: skip
    sub = create(api, events=[{**LEAD_CREATED, "extra_filter": tree}], event_filter=tree)
    assert sub["events"][0]["extra_filter"] == tree and sub["event_filter"] == tree
    assert ok(api.get(f"/webhook/{sub['id']}/"))["events"][0]["extra_filter"] == tree


def test_the_compiler_names_where_a_nested_filter_is_wrong() -> None:
    bad = {"type": "and", "filters": [{"type": "non_null"}, {"type": "not", "filter": 3}]}
    with pytest.raises(FilterError, match=r"filter\.filters\[1\]\.filter: a filter must be"):
        compile_filter(bad)
    deep: Any = {"type": "is_null"}
    for _ in range(40):
        deep = {"type": "not", "filter": deep}
    with pytest.raises(FilterError, match="nested too deeply"):
        compile_filter(deep)


def test_an_organization_holds_at_most_40_subscriptions(api: Api) -> None:
    for _ in range(MAX_SUBSCRIPTIONS):
        last = create(api)
    refused = error(api.post("/webhook/", json={"url": URL, "events": [LEAD_CREATED]}))
    assert f"{MAX_SUBSCRIPTIONS} webhook subscriptions" in refused
    ok(api.delete(f"/webhook/{last['id']}/"))
    create(api)  # room again


def test_subscriptions_belong_to_their_organization() -> None:
    with emulator(2) as (_, (one, two)):
        sub = create(one)
        assert two.get(f"/webhook/{sub['id']}/").status_code == 404
        assert ok(two.get("/webhook/"))["data"] == []


def test_members_manage_only_their_own_subscriptions_admins_all(api: Api) -> None:
    """Close: admins manage every subscription; other users only their own."""
    mine = create(api)
    theirs = create(api)
    # Made by another member (no endpoint makes a member's key, so set it in the state).
    other = api.org.add_user("Mia", "Member", "mia@emulator.invalid")
    api.org.collection("webhooks")[theirs["id"]].created_by = other.id
    api.user.role_id = "user"  # no manage_organization permission
    assert [s["id"] for s in ok(api.get("/webhook/"))["data"]] == [mine["id"]]
    assert api.get(f"/webhook/{theirs['id']}/").status_code == 404
    assert api.put(f"/webhook/{theirs['id']}/", json={"status": "paused"}).status_code == 404
    assert api.delete(f"/webhook/{theirs['id']}/").status_code == 404
    assert ok(api.put(f"/webhook/{mine['id']}/", json={"status": "paused"}))["status"] == "paused"
    api.user.role_id = "admin"
    assert {s["id"] for s in ok(api.get("/webhook/"))["data"]} == {mine["id"], theirs["id"]}
    assert ok(api.put(f"/webhook/{theirs['id']}/", json={"status": "paused"}))["status"] == "paused"
    assert ok(api.delete(f"/webhook/{theirs['id']}/")) == {}
