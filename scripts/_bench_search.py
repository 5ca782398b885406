"""Section 3c of the benchmark: an Advanced Filtering page against a plain list page.

On the organization of 100,000 leads, 200 leads get a rare value of the ``Industry``
choices field (over HTTP, before timing); then, alternating, the time of one
``POST /data/search/`` page (a custom-field ``term`` query answering those 200, ``_limit``
200) is compared with one ``GET /lead/?_limit=100`` page. The target: the search page
costs at most 5x the list page, which only indexes make possible (a scan would read all
100,000 leads per page).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import httpx

from scripts._bench_report import Report, Sample, Table, ms, ratio

MATCHES = 200
RARE = "Health"


def search_cost(
    report: Report,
    base_url: str,
    key: str,
    org: dict[str, Any],
    *,
    leads: int,
    rounds: int,
    batch: int,
) -> None:
    """Time a 200-hit custom-field search page against a 100-lead list page."""
    field_id = org["fields"][0]  # Industry (choices)
    lead_ids: Sequence[str] = org["lead_ids"][:MATCHES]
    query = {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            {
                "type": "field_condition",
                "field": {"type": "custom_field", "custom_field_id": field_id},
                "condition": {"type": "term", "values": [RARE]},
            },
        ],
    }
    body = {"query": query, "_limit": MATCHES}
    with httpx.Client(base_url=base_url, auth=(key, ""), timeout=120) as client:
        for lead_id in lead_ids:
            client.put(f"lead/{lead_id}/", json={f"custom.{field_id}": RARE}).raise_for_status()
        # Warm both: the first search after the writes builds the index it reads.
        found = client.post("data/search/", json=body)
        found.raise_for_status()
        hits = len(found.json()["data"])
        client.get("lead/", params={"_limit": 100}).raise_for_status()
        times: list[list[float]] = [[], []]
        for number in range(rounds):
            for which in (0, 1) if number % 2 == 0 else (1, 0):
                started = time.perf_counter()
                for _ in range(batch):
                    if which == 0:
                        client.get("lead/", params={"_limit": 100}).raise_for_status()
                    else:
                        client.post("data/search/", json=body).raise_for_status()
                times[which].append((time.perf_counter() - started) / batch)
    share = Sample.of(b / a for a, b in zip(times[0], times[1], strict=True))
    table = Table(
        f"3c. Advanced Filtering over {leads:,} leads (custom-field term query, {hits} hits)",
        ["request", "time per call", "x the list page"],
    )
    table.add("GET /lead/?_limit=100", Sample.of(times[0]).show(ms), "1.00x")
    table.add(
        f"POST /data/search/ (_limit {MATCHES})", Sample.of(times[1]).show(ms), share.show(ratio)
    )
    table.notes.append(
        f"{MATCHES} of the {leads:,} leads carry the rare choice; {rounds} alternated rounds "
        f"of {batch} calls, after one untimed search that builds the index."
    )
    report.target(
        "3", f"search page ({hits} of {leads:,} leads) ≤ 5x a 100-lead list page",
        ratio(share.median), share.median <= 5.0 and hits == min(MATCHES, leads),
    )  # fmt: skip
    report.tables.append(table)
