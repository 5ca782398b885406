"""Sections 3 to 5 of the benchmark: emulator throughput, import time, fuzzing speed.

Throughput is measured by a load generator in its own process (``_bench_load.py``), so
the generator, the server and this process never share a GIL; its CPU share is reported
to show it was not what limited the rate. Import time is measured in a fresh interpreter
per sample. Fuzzing reuses ``scripts/fuzz.py`` as the test suite does.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from scripts._bench_report import Report, Sample, Table, ms, rate, ratio

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent


def _load(port: int, path: str, key: str, duration: float, connections: int) -> dict[str, Any]:
    command = [
        sys.executable,
        str(SCRIPTS / "_bench_load.py"),
        "--port",
        str(port),
        "--path",
        path,
        "--connections",
        str(connections),
        "--duration",
        str(duration),
        "--warmup",
        str(min(0.3, duration / 2)),
    ]
    env = {**os.environ, "BENCH_API_KEY": key}
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=duration + 60, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["errors"] or not result["requests"]:
        raise RuntimeError(f"load on {path.split('?')[0]}: {result}")
    return result


def throughput(
    report: Report,
    port: int,
    cold_port: int,
    key: str,
    lead_id: str,
    *,
    rounds: int,
    duration: float,
    connections: int = 8,
) -> None:
    """Section 3a: requests/s of emulator endpoints against bare Starlette.

    Each pair is ((port, path) on the emulator, (port, path) of the floor); the cold rows
    ask an emulator that renders every read afresh (``render_cache=False``).
    """
    page = "/api/v1/lead/?_limit=100"
    pairs = {
        "get a lead": ((port, f"/api/v1/lead/{lead_id}/"), (port, f"/bare/lead/{lead_id}/")),
        "list 100 leads": ((port, page), (port, "/bare/lead/")),
        "list 100 leads, render cache off": ((cold_port, page), (port, "/bare/lead/")),
    }
    runs: dict[tuple[str, int], list[dict[str, Any]]] = {
        (name, i): [] for name in pairs for i in (0, 1)
    }
    for number in range(rounds):
        for name, paths in pairs.items():
            order = (0, 1) if number % 2 == 0 else (1, 0)
            for which in order:
                target_port, path = paths[which]
                runs[(name, which)].append(_load(target_port, path, key, duration, connections))
    table = Table(
        f"3. Emulator throughput ({connections} concurrent keep-alive connections)",
        [
            "endpoint",
            "emulator",
            "bare Starlette floor (same server, same JSON)",
            "emulator ÷ floor (median of per-round ratios)",
        ],
    )
    busiest = 0.0
    for name in pairs:
        emulator, floor = runs[(name, 0)], runs[(name, 1)]
        share = Sample.of(e["rps"] / f["rps"] for e, f in zip(emulator, floor, strict=True))
        table.add(
            name,
            Sample.of(e["rps"] for e in emulator).show(rate),
            Sample.of(f["rps"] for f in floor).show(rate),
            share.show(ratio),
        )
        busiest = max(busiest, *(r["cpu"] for r in emulator + floor))
        if name == "get a lead":
            report.target(
                "3", "get a lead: emulator ≥ 0.5x the bare Starlette floor",
                ratio(share.median), share.median >= 0.5,
            )  # fmt: skip
        if name == "list 100 leads":
            report.target(
                "3", "list 100 leads: emulator ≥ 0.15x the bare Starlette floor",
                ratio(share.median), share.median >= 0.15,
            )  # fmt: skip
    table.notes.append(
        f"{rounds} alternated rounds of {duration:g} s per endpoint; the load generator is a "
        f"separate process (raw asyncio keep-alive connections, no JSON parsing). Its busiest "
        f"run used {busiest:.0%} of one core, so it was not the bottleneck."
        if busiest < 0.8
        else f"Warning: the load generator used up to {busiest:.0%} of a core; the floor's rate "
        "may be capped by the generator rather than the server."
    )
    report.tables.append(table)


def list_scaling(
    report: Report,
    small: tuple[str, int],
    large: tuple[str, int],
    key: str,
    *,
    rounds: int,
    batch: int,
) -> None:
    """Section 3b: the first page of 100 leads, with few against many leads stored."""
    clients = [httpx.Client(base_url=url, auth=(key, "")) for url, _ in (small, large)]
    times: list[list[float]] = [[], []]
    try:
        for client in clients:
            client.get("lead/", params={"_limit": 100}).raise_for_status()
        for number in range(rounds):
            for which in (0, 1) if number % 2 == 0 else (1, 0):
                started = time.perf_counter()
                for _ in range(batch):
                    clients[which].get("lead/", params={"_limit": 100}).raise_for_status()
                times[which].append((time.perf_counter() - started) / batch)
    finally:
        for client in clients:
            client.close()
    share = Sample.of(b / a for a, b in zip(times[0], times[1], strict=True))
    table = Table(
        "3b. Listing cost as the organization grows (first page of 100, sequential)",
        ["leads stored", "time per list call", f"x the {small[1]:,}-lead organization"],
    )
    table.add(f"{small[1]:,}", Sample.of(times[0]).show(ms), "1.00x")
    table.add(f"{large[1]:,}", Sample.of(times[1]).show(ms), share.show(ratio))
    table.notes.append(
        f"Two emulator processes seeded alike except for the number of leads; {rounds} "
        f"alternated rounds of {batch} calls."
    )
    report.target(
        "3", f"list 100: {large[1]:,} leads stored ≤ 1.5x the time with {small[1]:,}",
        ratio(share.median), share.median < 1.5,
    )  # fmt: skip
    report.tables.append(table)


# label -> (untimed set-up, timed statement); each runs in a fresh interpreter.
_IMPORTS = {
    "import httpx": ("", "import httpx"),
    "import closeext": ("", "import closeext"),
    "import closeext; closeext.Close": ("", "import closeext; closeext.Close"),
    "closeext.Close once httpx is loaded": ("import httpx", "import closeext; closeext.Close"),
}
BASELINE = "import httpx"


def _import_once(setup: str, statement: str) -> tuple[float, float]:
    code = f"{setup}\nimport time\n_t = time.perf_counter()\n{statement}\n"
    code += "print(time.perf_counter() - _t)\n"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    wall = time.perf_counter() - started
    return float(done.stdout.strip()), wall


def import_time(report: Report, *, rounds: int) -> None:
    """Section 4: import cost in a fresh interpreter, closeext against httpx."""
    names = list(_IMPORTS)
    inner: dict[str, list[float]] = {name: [] for name in names}
    wall: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds + 1):  # round 0 warms the file cache and is dropped
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, process = _import_once(*_IMPORTS[name])
            if number:
                inner[name].append(seconds)
                wall[name].append(process)
    table = Table(
        "4. Import time (fresh interpreter per sample)",
        ["statement", "import time", "x import httpx", "whole process (python -c …)"],
    )
    base = inner[BASELINE]
    for name in names:
        share = Sample.of(a / b for a, b in zip(inner[name], base, strict=True))
        table.add(
            f"`{name}`" if name.startswith("import") else name,
            Sample.of(inner[name]).show(ms),
            "1.00x" if name == BASELINE else share.show(ratio),
            Sample.of(wall[name]).show(ms),
        )
        if name in ("import closeext", "import closeext; closeext.Close"):
            report.target(
                "4", f"`{name}` ≤ 3x `import httpx`", ratio(share.median), share.median <= 3.0
            )
    table.notes.append(
        f"{rounds} rotated rounds after a warm-up; import time is measured inside the fresh "
        "interpreter around the statement, the process time includes interpreter start-up."
    )
    if all(importlib.util.find_spec(name) for name in ("click", "rich")):
        table.notes.append(
            "click and rich are installed here (schemathesis needs them), so `import httpx` also "
            "loads httpx's command-line interface; in a lean install both sides are faster and "
            "the last row (what closeext adds on top of httpx) matters more."
        )
    report.tables.append(table)


def fuzzing(report: Report, *, quick: bool, rounds: int) -> None:
    """Section 5: schemathesis cases per second, and the test suite's fuzz step."""
    from scripts import fuzz  # loads schemathesis, so only now

    phases: tuple[str, ...] = ("fuzzing",) if quick else ("examples", "coverage", "fuzzing")
    phases = (*phases, "stateful") if not quick else phases
    speeds, cases_total, problems = [], 0, 0
    for number in range(rounds):
        app = fuzz.new_app()
        with tempfile.TemporaryDirectory() as directory:
            config = fuzz.build_config(
                seed=1 + number,
                max_examples=1,
                stateful_steps=5,
                auth_file=fuzz.write_auth_file(Path(directory)),
                phases=phases,
            )
            schema = fuzz.load_schema(app, config)
            started = time.perf_counter()
            cases, _stateful, failures, errors, internal = fuzz._execute(schema, app)
            elapsed = time.perf_counter() - started
        speeds.append(cases / elapsed)
        cases_total += cases
        problems += sum(failures.values()) + errors + internal

    table = Table(
        "5. Fuzzing", ["measure", "value", "how"],
    )  # fmt: skip
    table.add(
        "schemathesis cases per second (in-process emulator)",
        Sample.of(speeds).show(rate),
        f"`scripts/fuzz.py` machinery, phases {'+'.join(phases)}, max-examples 1, "
        f"{rounds} seed(s), {cases_total:,} cases; {problems} failures/errors found",
    )
    command = [
        sys.executable, "-m", "pytest", "tests/emulator/test_schemathesis.py", "-q",
        "-p", "no:randomly", "-p", "no:cacheprovider",
    ]  # fmt: skip
    if quick:
        command += ["-k", "test_operation and lead_id"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - started
    tail = [line for line in done.stdout.strip().splitlines() if line.strip()][-1:]
    summary = tail[0].strip("= ") if tail else f"exit code {done.returncode}"
    shown = shlex.join(command[1:])
    table.add(
        "the test suite's fuzz step (wall time)",
        f"{elapsed:.1f} s" + (" (subset)" if quick else ""),
        f"`python {shown}` in a subprocess (one run): {summary}",
    )
    report.tables.append(table)
