"""Section 6 of the benchmark: what a page of the event log costs as the log grows.

Two organizations of one in-process emulator get their event logs filled through the same
recording path requests use (``Organization.recording`` around ``insert`` / ``change``),
one with few events and one with many; then the ``GET /event/`` handler answers the same
pages from both, alternately: the newest page, a filtered page (``object_type`` +
``action``), a page of one lead's events, a page reached with ``cursor_next``, and a page
bounded by ``date_updated__gte``. The handler is called directly, so the figure is the
emulator's own work per page, without HTTP around it. Indexes per filter combination make
every page a slice found by binary search, so the ratio should stay near 1.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from closeext.emulator import create_app
from closeext.emulator._clock import use_clock
from closeext.emulator._organization import Organization
from closeext.emulator._records import Lead, User
from closeext.emulator._resources.events import list_events
from closeext.emulator._types import ApiRequest
from scripts._bench_report import Report, Sample, Table, ms, ratio

#: Events recorded per recording block while filling a log (one "request" each).
_PER_REQUEST = 500


def _fill(org: Organization, user: User, events: int) -> str:
    """Record ``events`` events (lead creations, then name updates); a lead id in it."""
    leads: list[Lead] = []
    made = 0
    while made < events:
        with org.recording(meta={"request_method": "POST", "request_path": "/bench/"}):
            for _ in range(min(_PER_REQUEST, events - made)):
                if made % 2 == 0 or not leads:
                    lead = org.new_lead(user.id, f"Lead {made}")
                    org.insert("leads", lead)
                    leads.append(lead)
                else:
                    lead = leads[made % len(leads)]
                    org.change("leads", lead, {"name": f"Lead {made}"}, user.id)
                made += 1
    return str(leads[len(leads) // 2].id)


def _request(org: Organization, user: User, params: Mapping[str, Any]) -> ApiRequest:
    return ApiRequest(
        operation_id="list_events",
        method="GET",
        path_params={},
        query={},
        body=None,
        org=org,
        user=user,
        params=dict(params),
    )


def _page(org: Organization, user: User, params: Mapping[str, Any]) -> dict[str, Any]:
    response = list_events(_request(org, user, params))
    assert response.encoded is not None
    page: dict[str, Any] = json.loads(response.encoded)
    return page


def event_log_scaling(report: Report, *, small: int, large: int, rounds: int, batch: int) -> None:
    """Section 6: pages of ``GET /event/`` with ``small`` against ``large`` events stored."""
    app = create_app(api_keys=["bench-events-small", "bench-events-large"])
    world = app.state.emulator.world
    sides = []
    with use_clock(world.clock):
        for key, size in (("bench-events-small", small), ("bench-events-large", large)):
            found = world.authenticate(key)
            assert found is not None
            org, user = found
            lead_id = _fill(org, user, size)
            first = _page(org, user, {"_limit": 50})
            stored = list(org.event_log.entries())
            middle = stored[len(stored) // 2].date_updated.isoformat()
            sides.append((org, user, lead_id, first["cursor_next"], middle))
        queries: dict[str, Callable[[int], Mapping[str, Any]]] = {
            "newest 50": lambda side: {"_limit": 50},
            "object_type + action": lambda side: {
                "object_type": "lead",
                "action": "updated",
                "_limit": 50,
            },
            "one lead's events": lambda side: {"lead_id": sides[side][2], "_limit": 50},
            "next page (cursor)": lambda side: {"_limit": 50, "_cursor": sides[side][3]},
            "date_updated__gte": lambda side: {"date_updated__gte": sides[side][4], "_limit": 50},
        }
        table = Table(
            f"6. Event log: one page of GET /event/ with {small:,} and {large:,} events stored",
            ["page", f"{small:,} events", f"{large:,} events", "ratio"],
        )
        worst = 0.0
        for label, params_of in queries.items():
            times: list[list[float]] = [[], []]
            for number in range(rounds):
                for which in (0, 1) if number % 2 == 0 else (1, 0):
                    org, user = sides[which][0], sides[which][1]
                    params = params_of(which)
                    started = time.perf_counter()
                    for _ in range(batch):
                        list_events(_request(org, user, params))
                    times[which].append((time.perf_counter() - started) / batch)
            share = Sample.of(b / a for a, b in zip(times[0], times[1], strict=True))
            worst = max(worst, share.median)
            table.add(
                label, Sample.of(times[0]).show(ms), Sample.of(times[1]).show(ms), share.show(ratio)
            )
    table.notes.append(
        "The GET /event/ handler called in-process (no HTTP), each page 50 events; logs filled "
        f"through Organization.recording; {rounds} alternated rounds of {batch} pages."
    )
    report.target(
        "6", f"a page of /event/: {large:,} events stored ≤ 1.5x the time with {small:,}",
        ratio(worst), worst < 1.5,
    )  # fmt: skip
    report.tables.append(table)
    print(f"event log: a page with {large:,} events costs {worst:.2f}x the page with {small:,}")


__all__ = ["event_log_scaling"]
