"""The emulator's clock: tests move time, records and timers follow it, it never runs back."""

from __future__ import annotations

import datetime as dt

import pytest

from closeext.emulator import Clock
from tests.emulator._driver import emulator, ok


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_records_are_stamped_with_the_emulators_time_after_a_jump() -> None:
    with emulator() as (world, (api,)):
        before = _moment(ok(api.post("/lead/", json={"name": "Before"}))["date_created"])
        world.clock.advance(dt.timedelta(days=31))
        after = ok(api.post("/lead/", json={"name": "After"}))
        gap = _moment(after["date_created"]) - before
        assert dt.timedelta(days=31) <= gap < dt.timedelta(days=31, minutes=5)
        assert after["date_updated"] == after["date_created"]


def test_task_views_follow_the_emulators_day() -> None:
    with emulator() as (world, (api,)):
        world.clock.freeze()
        lead = ok(api.post("/lead/", json={"name": "Acme"}))
        tomorrow = (world.clock.now() + dt.timedelta(days=1)).date().isoformat()
        task = ok(api.post("/task/", json={"lead_id": lead["id"], "date": tomorrow}))
        assert task["view"] == "future"
        world.clock.advance(dt.timedelta(days=2))
        assert ok(api.get(f"/task/{task['id']}/"))["view"] == "inbox"


def test_timers_run_in_due_order_when_the_clock_reaches_them_and_before_a_request() -> None:
    with emulator() as (world, (api,)):
        clock = world.clock
        clock.freeze()
        ran: list[str] = []
        clock.call_later(dt.timedelta(minutes=20), lambda: ran.append("twenty"))
        clock.call_later(dt.timedelta(minutes=5), lambda: ran.append("five"))
        cancelled = clock.call_later(dt.timedelta(minutes=1), lambda: ran.append("never"))
        cancelled.cancel()
        clock.advance(dt.timedelta(minutes=10))
        assert ran == ["five"]
        assert clock.pending() == 1
        # A timer already due when a request arrives runs before the request is answered.
        clock.call_at(clock.now(), lambda: ran.append("due"))
        ok(api.get("/lead/"))
        assert ran == ["five", "due"]
        clock.advance(dt.timedelta(hours=1))
        assert ran == ["five", "due", "twenty"]
        assert clock.pending() == 0


def test_a_frozen_clock_stands_still_and_thaws_where_it_stood() -> None:
    real = [dt.datetime(2030, 1, 1, tzinfo=dt.UTC)]
    clock = Clock(now=lambda: real[0])
    frozen = clock.freeze()
    real[0] += dt.timedelta(hours=3)
    assert clock.now() == frozen
    clock.advance(60)
    assert clock.now() == frozen + dt.timedelta(minutes=1)
    clock.thaw()
    real[0] += dt.timedelta(seconds=5)
    assert clock.now() == frozen + dt.timedelta(minutes=1, seconds=5)


def test_time_never_runs_backwards() -> None:
    real = [dt.datetime(2030, 1, 1, tzinfo=dt.UTC)]
    clock = Clock(now=lambda: real[0])
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="past"):
        clock.travel_to(dt.datetime(2029, 1, 1))
    seen = clock.now()
    real[0] -= dt.timedelta(seconds=30)  # the host's clock steps back
    assert clock.now() == seen
    assert clock.travel_to(dt.datetime(2030, 2, 1)) == dt.datetime(2030, 2, 1, tzinfo=dt.UTC)


def test_two_emulators_keep_their_own_time() -> None:
    with emulator() as (first, (api_one,)), emulator() as (_, (api_two,)):
        first.clock.advance(dt.timedelta(days=400))
        one = _moment(ok(api_one.post("/lead/", json={"name": "One"}))["date_created"])
        two = _moment(ok(api_two.post("/lead/", json={"name": "Two"}))["date_created"])
        assert one - two > dt.timedelta(days=399)


def test_a_failing_timer_does_not_stop_the_others() -> None:
    clock = Clock()
    clock.freeze()
    ran: list[int] = []

    def boom() -> None:
        raise RuntimeError("boom")

    clock.call_later(1, boom)
    clock.call_later(2, lambda: ran.append(2))
    with pytest.raises(RuntimeError, match="boom"):
        clock.advance(3)
    assert ran == [2]


def test_a_leads_embedded_tasks_show_the_view_of_the_callers_day_even_when_cached() -> None:
    with emulator() as (world, (api,)):
        clock = world.clock
        clock.travel_to(dt.datetime(2031, 3, 10, 20, 0, tzinfo=dt.UTC))
        clock.freeze()
        lead = ok(api.post("/lead/", json={"name": "Acme"}))
        ok(api.post("/task/", json={"lead_id": lead["id"], "date": "2031-03-11"}))

        def view(**headers: str) -> str:
            got = ok(api.get(f"/lead/{lead['id']}/", headers=headers))
            return str(got["tasks"][0]["view"])

        assert view() == view() == "future"  # the second read comes from the cache
        # Five hours east of UTC it is already 11 March: the task is due today.
        assert view(**{"X-TZ-Offset": "5"}) == "inbox"
        assert view() == "future"
        clock.advance(dt.timedelta(hours=5))
        assert view() == "inbox"
