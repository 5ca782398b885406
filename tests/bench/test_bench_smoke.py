"""``scripts/bench.py --quick`` runs every section and reports it as markdown.

Speed is deliberately not asserted: the targets are judged in the benchmark's own report
(met / missed), and a loaded CI machine must not fail the suite. This guards the harness
itself, so ``nox -s bench`` cannot rot unnoticed: it must finish, print and write the same
report, fill every section with measured rows, judge every target, and never show the
API keys it generated.

It takes half a minute, so it belongs to the bench session (``nox -s bench`` runs it
before the benchmark), not to the default suite: the ``bench`` marker keeps it out.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = (
    "1. Per-call cost",
    "2. Bulk lead updates under a rate limit",
    "3. Emulator throughput",
    "3b. Listing cost as the organization grows",
    "3c. Advanced Filtering over",
    "3b. Listing one lead's activities as the organization grows",
    "4. Import time",
    "5. Fuzzing",
)
# The benchmark mints its keys as "bench_" + secrets.token_urlsafe(16).
KEY_PATTERN = re.compile(r"bench_[A-Za-z0-9_-]{22}")


def _sections(text: str) -> dict[str, list[str]]:
    """Each ``### heading`` with the table rows under it (header and separator excluded)."""
    found: dict[str, list[str]] = {}
    for chunk in text.split("\n### ")[1:]:
        heading, _, body = chunk.partition("\n")
        rows = [line for line in body.splitlines() if line.startswith("|")]
        found[heading] = rows[2:]
    return found


def test_quick_benchmark_reports_every_section(tmp_path: Path) -> None:
    out = tmp_path / "results" / "bench.md"
    done = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    text = out.read_text(encoding="utf-8")
    assert text.strip() in done.stdout  # printed as well as written

    assert "Python " in text and "CPU(s)" in text and "date: " in text
    sections = _sections(text)
    for title in SECTIONS:
        heading = next((h for h in sections if h.startswith(title)), None)
        assert heading is not None, f"missing section {title!r}"
        rows = sections[heading]
        assert rows, f"section {title!r} has no rows"
        # Every row carries a measured number, not a placeholder.
        assert all(re.search(r"\d", row) for row in rows), rows

    targets_heading = next(h for h in sections if h.startswith("Targets:"))
    met, total = map(int, re.findall(r"\d+", targets_heading)[:2])
    rows = sections[targets_heading]
    assert total == len(rows) and 0 <= met <= total
    verdicts = [row.rstrip(" |").rsplit("|", 1)[-1].strip() for row in rows]
    assert set(verdicts) <= {"met", "**MISSED**"}
    assert verdicts.count("met") == met
    # Sections 1 to 4 each state at least one target.
    assert {row.split("|")[1].strip() for row in rows} >= {"1", "2", "3", "4"}

    for output in (text, done.stdout, done.stderr):
        assert not KEY_PATTERN.search(output), "a generated API key leaked into the output"
