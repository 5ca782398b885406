"""``scripts/soak.py`` for a few seconds: it must end by itself and report 0 / 0 / 0.

The full soak (``nox -s soak``) runs for minutes; this guards the harness so it cannot rot,
and is a short end-to-end run of the promises it checks: no lost or duplicated record,
no 5xx that was not injected, no untyped error, under faults and bad input.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_short_soak_reports_zero_lost_duplicated_and_5xx() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/soak.py", "--seconds", "3", "--seed", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,  # the soak stops itself after a round past 3 s; a hang fails here
        check=False,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr[-2000:]
    figures = dict(
        re.findall(
            r"^(requests|5xx \(not injected\)|records lost|records duplicated"
            r"|untyped errors)\s+(\d+)",
            out,
            re.MULTILINE,
        )
    )
    assert set(figures) == {
        "requests",
        "5xx (not injected)",
        "records lost",
        "records duplicated",
        "untyped errors",
    }, out
    assert int(figures["requests"]) > 50
    assert figures["5xx (not injected)"] == figures["records lost"] == "0"
    assert figures["records duplicated"] == figures["untyped errors"] == "0"
    assert "RSS" in out and "p99" in out
    assert "soak_" not in out  # the generated keys are never printed
