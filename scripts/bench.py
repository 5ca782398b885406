"""Benchmarks: closeext against raw httpx, the generated client and Close's official client.

    python scripts/bench.py [--quick] [--out bench-results/bench.md]

Everything runs in one go on this machine, against local emulator processes (uvicorn over
loopback, each in its own process so client and server never share a GIL):

1. per-call cost of get / create (5 custom values) / list 100 leads, four clients;
2. 2,000 lead updates per side under a 50 requests/s limit: closeext.bulk vs the official
   client in a loop (achieved rate, 429s, failures);
3. emulator throughput against a bare Starlette endpoint serving the same JSON, and the
   cost of listing with 1,000 against 100,000 leads stored, one lead's activities with
   1,000 against 100,000 activities stored (``_bench_activities.py``), and an Advanced
   Filtering page (200 of 100,000 leads) against a plain list page (``_bench_search.py``);
4. import time of closeext against httpx;
5. schemathesis cases per second, and the wall time of the test suite's fuzz step;
6. the cost of one page of the event log (``GET /event/``) with 1,000 against 100,000
   events stored.

Figures are medians over repeated, alternated runs with their interquartile range, and
comparisons are ratios: absolute times depend on the machine. The report (markdown, with
the date, Python version and machine) is printed and written to ``--out``; targets are
marked met or missed, and nothing in it is hard-coded. ``--quick`` runs tiny sizes as a
smoke test (under a minute); its numbers are not meant for publishing.

The exit status is 0 when every section ran, whatever the targets say.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from scripts._bench_activities import activity_scaling
from scripts._bench_clients import bulk_under_limit, per_call
from scripts._bench_events import event_log_scaling
from scripts._bench_report import Report
from scripts._bench_search import search_cost
from scripts._bench_server import KEYS_ENV
from scripts._bench_system import fuzzing, import_time, list_scaling, throughput

SCRIPTS = Path(__file__).resolve().parent
START_TIMEOUT = 180.0
LIMIT, WINDOW = 50, 1.0


@dataclass(frozen=True)
class Sizes:
    """How much each section does; ``FULL`` fits in ~5 minutes on 2 cores."""

    call_rounds: int
    batches: dict[str, int]
    bulk_per_side: int
    bulk_rounds: int
    load_rounds: int
    load_seconds: float
    small_org: int
    large_org: int
    scale_rounds: int
    scale_batch: int
    import_rounds: int
    fuzz_rounds: int
    small_log: int = 1_000
    large_log: int = 100_000


FULL = Sizes(
    call_rounds=30,
    batches={"get": 40, "create": 25, "list": 12},
    bulk_per_side=2000,
    bulk_rounds=4,
    load_rounds=5,
    load_seconds=2.0,
    small_org=1_000,
    large_org=100_000,
    scale_rounds=15,
    scale_batch=8,
    import_rounds=15,
    fuzz_rounds=2,
)
QUICK = Sizes(
    call_rounds=2,
    batches={"get": 3, "create": 2, "list": 1},
    bulk_per_side=120,
    bulk_rounds=2,
    load_rounds=2,
    load_seconds=0.25,
    small_org=1_000,
    large_org=5_000,
    scale_rounds=2,
    scale_batch=2,
    import_rounds=2,
    fuzz_rounds=1,
    large_log=5_000,
)


_STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[bench {time.perf_counter() - _STARTED:5.1f}s] {message}", file=sys.stderr, flush=True)


class ServerProcess:
    """``_bench_server.py`` in a child process; the keys go through its environment."""

    def __init__(
        self,
        keys: Sequence[str],
        leads: int,
        *,
        rate_limit: str | None = None,
        count_statuses: bool = False,
        render_cache: bool = True,
    ) -> None:
        command = [sys.executable, str(SCRIPTS / "_bench_server.py"), "--leads", str(leads)]
        if rate_limit:
            command += ["--rate-limit", rate_limit]
        if count_statuses:
            command.append("--count-statuses")
        if not render_cache:
            command.append("--no-render-cache")
        # Lives as long as the server (closed by stop()), so not a with-block.
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._process = subprocess.Popen(
            command,
            env={**os.environ, KEYS_ENV: ",".join(keys)},
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.ready: dict[str, Any] = {}

    def wait_ready(self) -> ServerProcess:
        stdout = self._process.stdout
        assert stdout is not None
        # The server prints one line once it listens; give up if it never does.
        readable, _, _ = select.select([stdout], [], [], START_TIMEOUT)
        line = stdout.readline() if readable else ""
        if not line:
            self._process.kill()
            self._process.wait(START_TIMEOUT)
            self._stderr.seek(0)
            tail = self._stderr.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"a benchmark server did not start:\n{tail}")
        self.ready = json.loads(line)
        return self

    @property
    def port(self) -> int:
        return int(self.ready["port"])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1/"

    @property
    def orgs(self) -> list[dict[str, Any]]:
        orgs: list[dict[str, Any]] = self.ready["orgs"]
        return orgs

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._stderr.close()


def run(sizes: Sizes, quick: bool) -> Report:
    report = Report(quick=quick)
    key = "bench_" + secrets.token_urlsafe(16)
    bulk_keys = ["bench_" + secrets.token_urlsafe(16) for _ in range(2)]
    started = time.perf_counter()
    log("starting emulator processes (seeding leads in their stores)")
    servers = {
        "main": ServerProcess([key], sizes.small_org),
        # The same organization rendering every read afresh: the emulator's cold cost.
        "cold": ServerProcess([key], sizes.small_org, render_cache=False),
        "large": ServerProcess([key], sizes.large_org),
        "limited": ServerProcess(
            bulk_keys, sizes.bulk_per_side, rate_limit=f"{LIMIT}/{WINDOW:g}", count_statuses=True
        ),
    }
    try:
        for server in servers.values():
            server.wait_ready()
        main, large, limited = servers["main"], servers["large"], servers["limited"]
        cold = servers["cold"]
        lead_id = main.orgs[0]["lead_ids"][0]

        # Section 3 first: section 1 creates leads, which would change the small org's size.
        log("section 3: emulator throughput and listing cost")
        throughput(
            report,
            main.port,
            cold.port,
            key,
            lead_id,
            rounds=sizes.load_rounds,
            duration=sizes.load_seconds,
        )
        cold.stop()
        list_scaling(
            report,
            (main.base_url, sizes.small_org),
            (large.base_url, sizes.large_org),
            key,
            rounds=sizes.scale_rounds,
            batch=sizes.scale_batch,
        )
        search_cost(
            report,
            large.base_url,
            key,
            large.orgs[0],
            leads=sizes.large_org,
            rounds=sizes.scale_rounds,
            batch=sizes.scale_batch,
        )
        large.stop()
        log("section 3b: one lead's activities as the organization grows")
        activity_scaling(
            report,
            small=sizes.small_org,
            large=sizes.large_org,
            rounds=sizes.scale_rounds,
            batch=sizes.scale_batch,
        )

        log("section 1: per-call cost of four clients")
        per_call(
            report,
            main.base_url,
            key,
            main.orgs[0],
            rounds=sizes.call_rounds,
            batches=sizes.batches,
        )
        main.stop()

        log(f"section 2: bulk updates under {LIMIT}/{WINDOW:g}s ")
        bulk_under_limit(
            report,
            limited.base_url,
            bulk_keys,
            limited.orgs,
            per_side=sizes.bulk_per_side,
            rounds=sizes.bulk_rounds,
            limit=LIMIT,
            window=WINDOW,
        )
    finally:
        for server in servers.values():
            server.stop()

    log("section 4: import time")
    import_time(report, rounds=sizes.import_rounds)
    log("section 5: fuzzing")
    fuzzing(report, quick=quick, rounds=sizes.fuzz_rounds)
    log("section 6: the event log's page cost")
    event_log_scaling(
        report,
        small=sizes.small_log,
        large=sizes.large_log,
        rounds=sizes.scale_rounds,
        batch=sizes.scale_batch * 4,
    )

    report.tables.sort(key=lambda table: table.title)
    report.targets.sort(key=lambda target: target.section)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench-results/bench.md"),
        help="where to write the markdown report (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    report = run(QUICK if args.quick else FULL, args.quick)
    text = report.markdown()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    log(f"written to {args.out} in {report.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
