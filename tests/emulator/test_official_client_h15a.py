"""Close's own Python client (`closeio`), unchanged, on templates, sequences, groups,
comments and file uploads: a small workflow as an integration would run it."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from closeio_api import API, APIError


@pytest.fixture
def official(close_emulator_fresh: Any) -> API:
    return API(close_emulator_fresh.base_url, api_key=close_emulator_fresh.api_key, tz_offset=0)


def test_a_workflow_through_the_official_client(official: API, close_emulator_fresh: Any) -> None:
    lead = official.post(
        "lead",
        {"name": "Acme", "contacts": [{"name": "Jane Doe", "emails": [{"email": "jane@acme.io"}]}]},
    )
    contact = lead["contacts"][0]

    # A file, uploaded in Close's two steps (the second with `requests`, as Close's docs do).
    form = official.post(
        "files/upload", {"filename": "deck.pdf", "content_type": "application/pdf"}
    )
    stored = requests.post(
        form["upload"]["url"],
        data=form["upload"]["fields"],
        files={"file": ("deck.pdf", b"%PDF deck", "application/pdf")},
        timeout=10,
    )
    assert stored.status_code == 201
    attachment = {
        "url": form["download"]["url"],
        "filename": "deck.pdf",
        "content_type": "application/pdf",
    }
    served = requests.get(
        close_emulator_fresh.base_url.split("/api/v1")[0]
        + form["download"]["url"].removeprefix("https://app.close.com"),
        timeout=10,
    )
    assert served.content == b"%PDF deck"

    # Templates: one with the file attached, rendered for the contact.
    template = official.post(
        "email_template",
        {
            "name": "Intro",
            "subject": "Hi {{ contact.first_name }}",
            "body": "<p>{{ lead.display_name }}</p>",
            "attachments": [attachment],
        },
    )
    rendered = official.get(
        f"email_template/{template['id']}/render",
        params={"lead_id": lead["id"], "contact_id": contact["id"]},
    )
    assert rendered == {"subject": "Hi Jane", "body": "<p>Acme</p>"}
    sms = official.post("sms_template", {"name": "Ping", "text": "Hi {{ contact.first_name }}"})

    # A sequence using both templates, and the contact subscribed to it.
    sequence = official.post(
        "sequence",
        {
            "name": "Onboarding",
            "steps": [
                {"step_type": "email", "email_template_id": template["id"]},
                {"step_type": "sms", "sms_template_id": sms["id"], "delay": 86400},
            ],
        },
    )
    subscription = official.post(
        "sequence_subscription",
        {
            "sequence_id": sequence["id"],
            "contact_id": contact["id"],
            "contact_email": "jane@acme.io",
            "sender_account_id": official.get("connected_account")["data"][0]["id"],
            "sender_name": "Sam",
            "sender_email": "sam@us.io",
        },
    )
    listed = official.get("sequence_subscription", params={"lead_id": lead["id"]})
    assert [s["id"] for s in listed["data"]] == [subscription["id"]]
    paused = official.put(f"sequence_subscription/{subscription['id']}", {"status": "paused"})
    assert paused["pause_reason"] == "manual"
    with pytest.raises(APIError) as refused:
        official.get("sequence_subscription")  # Close's rule: a filter is required
    assert refused.value.response.status_code == 400
    with pytest.raises(APIError):
        official.delete(f"email_template/{template['id']}")  # the sequence uses it

    # A group with the caller in it.
    me = official.get("me")
    group = official.post("group", {"name": "Closers"})
    assert official.post(f"group/{group['id']}/member", {"user_id": me["id"]}) == {
        "user_id": me["id"]
    }
    shown = official.get(f"group/{group['id']}", params={"_fields": "name,members"})
    assert shown == {"name": "Closers", "members": [{"user_id": me["id"]}]}
    assert official.delete(f"group/{group['id']}/member/{me['id']}") == ""

    # A comment on the lead, in its thread.
    comment = official.post("comment", {"object_id": lead["id"], "body": "<body>Ready</body>"})
    thread = official.get(f"comment_thread/{comment['thread_id']}")
    assert [c["body"] for c in thread["comments"]] == ["<body>Ready</body>"]
    assert official.delete(f"comment/{comment['id']}") == ""
    with pytest.raises(APIError) as gone:
        official.get(f"comment_thread/{comment['thread_id']}")
    assert gone.value.response.status_code == 404
