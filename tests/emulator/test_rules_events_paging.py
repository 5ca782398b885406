"""The event log's reads: cursors, filters and their combinations, retention, privacy,
listeners and recording outside a request."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Mapping
from typing import Any

from closeext.emulator._records import Note, new_id
from tests.emulator._driver import Api, emulator, error, ok


def _page(api: Api, **params: Any) -> dict[str, Any]:
    page: dict[str, Any] = ok(api.get("/event/", params=params))
    return page


def _notes(api: Api, count: int) -> tuple[str, list[str]]:
    """A lead with ``count`` notes; the notes' ids, oldest first."""
    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    ids = []
    for number in range(count):
        note = ok(api.post("/activity/note/", json={"lead_id": lead["id"], "note": f"n{number}"}))
        ids.append(note["id"])
    return lead["id"], ids


def test_cursor_next_walks_to_older_events_and_cursor_previous_back_to_newer() -> None:
    with emulator() as (_, (api,)):
        _, ids = _notes(api, 7)
        query = {"object_type": "activity.note", "action": "created"}
        first = _page(api, **query, _limit=3)
        assert [e["object_id"] for e in first["data"]] == ids[6:3:-1]
        assert first["cursor_previous"] is None  # nothing newer exists
        second = _page(api, **query, _limit=3, _cursor=first["cursor_next"])
        assert [e["object_id"] for e in second["data"]] == ids[3:0:-1]
        third = _page(api, **query, _limit=3, _cursor=second["cursor_next"])
        assert [e["object_id"] for e in third["data"]] == ids[:1]
        assert third["cursor_next"] is None
        back = _page(api, **query, _limit=3, _cursor=third["cursor_previous"])
        assert [e["object_id"] for e in back["data"]] == ids[3:0:-1]
        newest = _page(api, **query, _limit=3, _cursor=back["cursor_previous"])
        assert [e["object_id"] for e in newest["data"]] == ids[6:3:-1]
        assert newest["cursor_previous"] is None
        # Events that arrive later are reached from the newest page's cursor_next walk's
        # start: a new first page shows them.
        _notes(api, 1)
        assert _page(api, **query, _limit=3)["data"][0]["object_id"] not in ids


def test_limit_is_at_most_fifty_and_fifty_by_default() -> None:
    with emulator() as (_, (api,)):
        _notes(api, 49)  # 49 notes + a lead and its Created activity: 51 events
        assert len(_page(api)["data"]) == 50
        assert api.get("/event/", params={"_limit": 51}).status_code == 400
        assert api.get("/event/", params={"_limit": 0}).status_code == 400


def test_only_the_allowed_filter_combinations_are_accepted() -> None:
    with emulator() as (_, (api,)):
        lead_id, ids = _notes(api, 1)
        user = api.user.id
        allowed = [
            {"object_type": "activity.note", "object_id": ids[0]},
            {"object_type": "activity.note", "action": "created"},
            {"object_id": ids[0], "action": "created"},
            {"lead_id": lead_id, "object_type": "activity.note"},
            {"lead_id": lead_id, "object_type": "activity.note", "action": "created"},
            {"lead_id": lead_id, "user_id": user, "object_type": "activity.note"},
            {
                "lead_id": lead_id,
                "user_id": user,
                "object_type": "activity.note",
                "action": "created",
            },
            {"user_id": user, "object_id": ids[0]},
            {"user_id": user, "object_id": ids[0], "action": "created"},
            {"user_id": user, "object_type": "activity.note"},
            {"user_id": user, "object_type": "activity.note", "action": "created"},
        ]
        for params in allowed:
            found = _page(api, **params)["data"]
            assert [e["object_id"] for e in found] == [ids[0]], params
        assert len(_page(api, lead_id=lead_id)["data"]) == 3
        assert len(_page(api, lead_id=lead_id, user_id=user)["data"]) == 3
        assert len(_page(api, user_id=user)["data"]) == 3
        request = _page(api, object_id=ids[0], action="created")["data"][0]["request_id"]
        assert len(_page(api, request_id=request)["data"]) == 1
        for params in (
            {"object_type": "lead"},
            {"action": "created"},
            {"object_id": ids[0]},
            {"lead_id": lead_id, "object_id": ids[0]},
            {"request_id": request, "lead_id": lead_id},
        ):
            message = error(api.get("/event/", params=params))
            assert message.startswith("The event log cannot be filtered by"), params
        # A value that matches nothing is an empty page, not an error.
        assert _page(api, object_type="lead", action="merged") == {
            "data": [],
            "cursor_next": None,
            "cursor_previous": None,
        }


def test_date_updated_bounds_narrow_any_combination_and_ride_along_the_cursor() -> None:
    with emulator() as (world, (api,)):
        world.clock.freeze()
        lead_id, early = _notes(api, 2)
        world.clock.advance(dt.timedelta(hours=1))
        middle = world.clock.now()
        _, late = _notes(api, 3)
        query = {"object_type": "activity.note", "action": "created"}
        after = _page(api, **query, date_updated__gte=middle.isoformat(), _limit=2)
        assert [e["object_id"] for e in after["data"]] == late[:0:-1]
        rest = _page(api, **query, _limit=2, _cursor=after["cursor_next"])
        # The cursor kept the bound: the early notes are not reached.
        assert [e["object_id"] for e in rest["data"]] == late[:1]
        assert rest["cursor_next"] is None
        before = _page(api, lead_id=lead_id, date_updated__lt=middle.isoformat())
        assert [e["object_id"] for e in before["data"]][:2] == early[::-1]
        day = middle.date().isoformat()
        assert len(_page(api, **query, date_updated__gte=day)["data"]) == 5
        assert api.get("/event/", params={"date_updated__gt": "soon"}).status_code == 400


def test_a_cursor_needs_its_filters_sent_again_and_must_be_one_we_gave() -> None:
    with emulator() as (_, (api,)):
        _notes(api, 3)
        query = {"object_type": "activity.note", "action": "created"}
        cursor = _page(api, **query, _limit=1)["cursor_next"]
        assert "filters" in error(api.get("/event/", params={"_cursor": cursor}))
        other = {"object_type": "activity.note", "action": "deleted", "_cursor": cursor}
        assert "filters" in error(api.get("/event/", params=other))
        assert "cursor" in error(api.get("/event/", params={"_cursor": "not-a-cursor"}))
        assert len(_page(api, **query, _cursor=cursor)["data"]) == 2


def test_events_are_kept_thirty_days_on_the_emulators_clock() -> None:
    with emulator() as (world, (api,)):
        _notes(api, 1)
        event = _page(api)["data"][0]
        world.clock.advance(dt.timedelta(days=29))
        assert ok(api.get(f"/event/{event['id']}/"))["id"] == event["id"]
        ok(api.post("/lead/", json={"name": "Later"}))
        world.clock.advance(dt.timedelta(days=2))
        assert api.get(f"/event/{event['id']}/").status_code == 404
        names = {
            e["data"]["name"] for e in _page(api, object_type="lead", action="created")["data"]
        }
        assert names == {"Later"}


def test_members_who_are_not_admins_lose_sight_of_the_data_after_an_hour() -> None:
    with emulator() as (world, (api,)):
        _notes(api, 1)
        api.user.role_id = "user"  # no manage_organization permission
        assert "data" in _page(api)["data"][0]
        world.clock.advance(dt.timedelta(hours=2))
        event = _page(api)["data"][0]
        assert "data" not in event and "previous_data" not in event
        assert "data" not in ok(api.get(f"/event/{event['id']}/"))
        api.user.role_id = "admin"
        assert "data" in _page(api)["data"][0]


def test_listeners_get_each_event_after_the_commit_outside_the_lock() -> None:
    with emulator() as (_, (api,)):
        seen: list[tuple[Mapping[str, Any], bool]] = []
        org = api.org

        def listener(event: Mapping[str, Any]) -> None:
            # The lock is free: another thread can take it at once.
            acquired: list[bool] = []

            def probe() -> None:
                acquired.append(org.lock.acquire(timeout=0.5))
                if acquired[-1]:
                    org.lock.release()

            free = threading.Thread(target=probe)
            free.start()
            free.join()
            stored = org.event_log.get(str(event["id"])) is not None
            seen.append((event, acquired[0] and stored))

        org.event_listeners.append(listener)
        lead = ok(api.post("/lead/", json={"name": "Acme"}))
        assert [e["object_type"] for e, _ in seen] == ["lead", "activity.created"]
        assert all(ok_ for _, ok_ in seen)
        assert seen[0][0]["data"]["id"] == lead["id"]
        ok(api.get(f"/lead/{lead['id']}/"))
        assert len(seen) == 2  # reads record nothing


def test_changes_outside_a_request_are_recorded_in_a_recording_block() -> None:
    with emulator() as (_, (api,)):
        lead = ok(api.post("/lead/", json={"name": "Acme"}))
        org = api.org
        note = Note(
            **org.stamp("", new_id("acti_")),
            lead_id=lead["id"],
            contact_id=None,
            user_id=None,
            note="from the clock",
            note_html="",
            title=None,
            pinned=False,
            attachments=[],
            activity_at=org.date_created,
        )
        with org.recording(meta={"bulk_action_id": "bulk_x"}):
            org.insert("notes", note)
        (event,) = _page(api, lead_id=lead["id"], object_type="activity.note")["data"]
        assert event["user_id"] is None and event["api_key_id"] is None
        assert event["meta"] == {"bulk_action_id": "bulk_x"}
        assert event["data"]["note"] == "from the clock"
        # Without a recording block nothing is recorded.
        org.insert("notes", dataclasses.replace(note, id=new_id("acti_")))
        assert len(_page(api, lead_id=lead["id"], object_type="activity.note")["data"]) == 1
