"""Tasks (``/task/``) and the TaskCompleted activities they record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.emulator._driver import Api, emulator, error, field_errors, ok


def _lead(api: Api, **body: Any) -> dict[str, Any]:
    answer: dict[str, Any] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def _task(api: Api, lead: dict[str, Any], **body: Any) -> dict[str, Any]:
    answer: dict[str, Any] = ok(api.post("/task/", json={"lead_id": lead["id"], **body}))
    return answer


def _completions(api: Api, lead: dict[str, Any]) -> list[dict[str, Any]]:
    page = ok(api.get("/activity/task_completed/", params={"lead_id": lead["id"]}))
    return list(page["data"])


def test_a_task_is_created_on_a_lead_and_shows_there_while_open() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        task = _task(api, lead, text="Call back", date="2030-01-02")
        assert task["id"].startswith("task_") and task["_type"] == "lead"
        assert (task["assigned_to"], task["assigned_to_name"]) == (api.user.id, api.user.full_name)
        assert (task["date"], task["is_dateless"], task["view"]) == ("2030-01-02", False, "future")
        assert [t["id"] for t in ok(api.get(f"/lead/{lead['id']}/"))["tasks"]] == [task["id"]]
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))
        assert ok(api.get(f"/lead/{lead['id']}/"))["tasks"] == []
        assert field_errors(api.post("/task/", json={"lead_id": "lead_" + "x" * 43})) == {
            "lead_id": "Object does not exist."
        }
        other = _lead(api, contacts=[{"name": "Bob"}])
        foreign = other["contacts"][0]["id"]
        assert "contact_id" in field_errors(
            api.post("/task/", json={"lead_id": lead["id"], "contact_id": foreign})
        )
        # Only lead and outgoing_call tasks can be created.
        assert (
            api.post("/task/", json={"lead_id": lead["id"], "_type": "missed_call"}).status_code
            == 400
        )
        call = _task(api, lead, _type="outgoing_call")
        assert field_errors(api.put(f"/task/{call['id']}/", json={"text": "x"})) == {
            "text": "Value cannot be changed."
        }
        assert error(api.get("/task/task_" + "x" * 43 + "/"), 404) == (
            "Empty query: Task matching query does not exist."
        )


def test_completing_records_a_task_completed_activity_and_reopening_deletes_it() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        task = _task(api, lead, text="Send the quote")
        done = ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))
        assert done["view"] == "archive"
        (activity,) = _completions(api, lead)
        assert activity["_type"] == "TaskCompleted" and activity["task_id"] == task["id"]
        assert activity["task_text"] == "Send the quote"
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": True}))  # no second one
        assert len(_completions(api, lead)) == 1
        ok(api.put(f"/task/{task['id']}/", json={"is_complete": False}))
        assert _completions(api, lead) == []
        born_done = _task(api, lead, text="Already done", is_complete=True)
        assert [a["task_id"] for a in _completions(api, lead)] == [born_done["id"]]


def test_lists_hold_lead_tasks_unless_asked_and_views_follow_the_callers_day() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        today = dt.datetime.now(dt.UTC).date()
        due_now = _task(api, lead, date=today.isoformat())
        later = _task(api, lead, date=(today + dt.timedelta(days=3)).isoformat())
        call = _task(api, lead, _type="outgoing_call")
        done = _task(api, lead, is_complete=True)

        def ids(**params: Any) -> list[str]:
            return [t["id"] for t in ok(api.get("/task/", params=params))["data"]]

        assert ids() == [due_now["id"], later["id"], done["id"]]  # lead tasks only
        assert ids(_type="all") == [due_now["id"], later["id"], call["id"], done["id"]]
        assert ids(_type="outgoing_call") == [call["id"]]
        assert ids(_type__in="lead,outgoing_call", is_complete="false") == [
            due_now["id"],
            later["id"],
            call["id"],
        ]
        assert ids(view="inbox") == [due_now["id"]]
        assert ids(view="future") == [later["id"]]
        assert ids(view="archive") == [done["id"]]
        assert ids(_order_by="date") == [due_now["id"], later["id"], done["id"]]  # dateless last
        assert ids(_order_by="-date") == [done["id"], later["id"], due_now["id"]]
        # A task due in 12 hours: for exactly one of two callers 12 hours apart it is due
        # after their day ends, whatever the time now.
        now = dt.datetime.now(dt.UTC)
        due = now + dt.timedelta(hours=12)
        timed = _task(api, lead, date=due.isoformat())
        views = {}
        for offset in (0, 12):
            shift = dt.timedelta(hours=offset)
            expected = "inbox" if (due + shift).date() <= (now + shift).date() else "future"
            seen = api.get(f"/task/{timed['id']}/", headers={"X-TZ-Offset": str(offset)})
            assert ok(seen)["view"] == expected
            listed = api.get(
                "/task/", params={"view": expected}, headers={"X-TZ-Offset": str(offset)}
            )
            assert timed["id"] in [t["id"] for t in ok(listed)["data"]]
            views[offset] = expected
        assert set(views.values()) == {"inbox", "future"}


def test_a_bulk_update_changes_the_selected_tasks_and_answers_a_count() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        first, second, third = (_task(api, lead, text=str(n)) for n in range(3))
        answer = ok(
            api.put(
                "/task/",
                params={"id__in": f"{first['id']},{second['id']}"},
                json={"is_complete": True, "date": "2031-05-06"},
            )
        )
        assert answer == {"count": 2}
        assert ok(api.get(f"/task/{first['id']}/"))["date"] == "2031-05-06"
        assert ok(api.get(f"/task/{third['id']}/"))["is_complete"] is False
        assert len(_completions(api, lead)) == 2  # the side effect, once per task
        assert "assigned_to" in field_errors(
            api.put(
                "/task/", params={"id__in": third["id"]}, json={"assigned_to": "user_" + "x" * 43}
            )
        )


def test_a_bulk_update_refuses_more_than_a_thousand_matches() -> None:
    from closeext.emulator._records import Task

    with emulator() as (_, (api,)):
        lead = _lead(api)
        for number in range(1001):
            task = Task(
                **api.org.stamp(api.user.id, f"task_{number:043d}"),
                lead_id=lead["id"],
                kind="lead",
                contact_id=None,
                assigned_to=api.user.id,
                text="",
                date=None,
                due_date=None,
                is_complete=False,
            )
            api.org.insert("tasks", task)
        refused = api.put("/task/", json={"is_complete": True})
        assert refused.status_code == 400 and "at most 1000" in refused.json()["error"]
        assert ok(api.get("/task/", params={"is_complete": "true"}))["data"] == []


def test_tasks_go_with_their_lead() -> None:
    with emulator() as (_, (api,)):
        lead, target = _lead(api), _lead(api)
        task = _task(api, lead, is_complete=True)
        ok(api.post("/lead/merge/", json={"source": lead["id"], "destination": target["id"]}))
        assert ok(api.get(f"/task/{task['id']}/"))["lead_id"] == target["id"]
        assert len(_completions(api, target)) == 1
        ok(api.delete(f"/lead/{target['id']}/"))
        assert api.get(f"/task/{task['id']}/").status_code == 404
        assert ok(api.get("/activity/task_completed/"))["data"] == []


def test_a_time_zone_offset_that_is_no_offset_is_refused() -> None:
    with emulator() as (_, (api,)):
        for bad in ("soon", "15", "nan"):
            assert error(api.get("/task/", headers={"X-TZ-Offset": bad})) == (
                "X-TZ-Offset must be a number of hours between -14 and 14."
            )
        assert ok(api.get("/task/", headers={"X-TZ-Offset": "-5.5"}))["data"] == []
