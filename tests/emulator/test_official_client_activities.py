"""Close's own Python client (`closeio`), unchanged, through a day of activities and tasks."""

from __future__ import annotations

from typing import Any

import pytest
from closeio_api import API


@pytest.fixture
def official(close_emulator_fresh: Any) -> API:
    return API(close_emulator_fresh.base_url, api_key=close_emulator_fresh.api_key, tz_offset=0)


def test_it_logs_a_call_notes_and_finds_the_completed_task_on_the_lead(official: API) -> None:
    lead = official.post("lead", {"name": "Acme", "contacts": [{"name": "Jo"}]})
    contact_id = lead["contacts"][0]["id"]
    call = official.post(
        "activity/call",
        {"lead_id": lead["id"], "contact_id": contact_id, "duration": 120, "note": "Intro"},
    )
    assert (call["_type"], call["source"], call["disposition"]) == ("Call", "External", "answered")
    note = official.post("activity/note", {"lead_id": lead["id"], "note": "Wants a demo"})
    assert note["note_html"].startswith("<body>")

    task = official.post("task", {"lead_id": lead["id"], "text": "Send the demo link"})
    assert (task["_type"], task["is_complete"], task["view"]) == ("lead", False, "inbox")
    assert [t["id"] for t in official.get(f"lead/{lead['id']}")["tasks"]] == [task["id"]]
    done = official.put(f"task/{task['id']}", {"is_complete": True})
    assert done["is_complete"] is True

    feed = official.get("activity", params={"lead_id": lead["id"]})["data"]
    types = [activity["_type"] for activity in feed]
    assert {"Created", "Call", "Note", "TaskCompleted"} <= set(types)
    completed = official.get("activity", params={"lead_id": lead["id"], "_type": "TaskCompleted"})
    (activity,) = completed["data"]
    assert (activity["task_id"], activity["task_text"]) == (task["id"], "Send the demo link")
    # A lead's tasks are its open ones: the completed task has left the lead.
    assert official.get(f"lead/{lead['id']}")["tasks"] == []
