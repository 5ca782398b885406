"""Fuzz the emulator with schemathesis: every built-in check, reproducible from a seed.

    python scripts/fuzz.py --cases 20000 --seed 1

Runs rounds of schemathesis (examples, coverage, fuzzing and stateful phases) against a
fresh in-process emulator until at least ``--cases`` test cases have run, then prints the
number of cases and the failures per check, and exits non-zero on any failure, any
schemathesis error, or any request the emulator handled with an internal error.

This module is also the one place that says how the emulator is fuzzed: the pytest
suite (``tests/emulator/test_schemathesis.py``) imports :func:`build_config`,
:func:`load_schema` and the extra check from here, so both judge the emulator alike.

The extra check, ``rejections_depend_on_state``: ``positive_data_acceptance`` treats a
400 for a schema-valid request as a failure. Some 400s are right even so, because they
depend on what the organization holds, which no schema can know: an id that does not
exist in this organization, a value for a custom field (whose type lives in the
organization), a label that is already taken, a delete that the stored data forbids.
So 400 is added to that check's expected statuses and this check takes over: a 400 on a
schema-valid request passes only when every message in its body is of that kind.
Anything else (a type error, a missing field, a malformed value) fails: either the spec
or the emulator is wrong, and the message says which request to look at.
"""

from __future__ import annotations

import argparse
import base64
import collections
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from closeext.emulator import EmulatorApp, create_app
from closeext.tools._contract_checks import (
    BASE_URL,
    build_config,
    reach_every_rule,
    register_check,
    rejections_depend_on_state,
    state_independent_problems,
)

__all__ = [
    "build_config",
    "load_schema",
    "new_app",
    "rejections_depend_on_state",
    "state_independent_problems",
    "write_auth_file",
]

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "close.openapi.yaml"
API_KEY = "schemathesis_key_0001"
# A second organization, so `object_level_authorization` can check that one organization
# never reads another's objects (the two keys are peers in a Web Fuzzing Commons file).
PEER_KEY = "schemathesis_key_0002"

# How a refusal is judged (which messages depend on stored data) is shared with the
# contract campaign against real servers: one copy, in closeext.tools._contract_checks.
register_check()


def _basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


def write_auth_file(directory: Path) -> Path:
    """A Web Fuzzing Commons auth file naming the two organizations' keys as peers."""
    path = directory / "emulator-auth.json"
    users = [("alpha", API_KEY), ("bravo", PEER_KEY)]
    path.write_text(
        json.dumps(
            {
                "auth": [
                    {
                        "name": name,
                        "fixedHeaders": [{"name": "Authorization", "value": _basic(key)}],
                    }
                    for name, key in users
                ]
            }
        )
    )
    return path


def new_app() -> EmulatorApp:
    return create_app(api_keys=[API_KEY, PEER_KEY])


def load_schema(
    app: EmulatorApp | None, config: SchemathesisConfig, *, reach_rules: bool = True
) -> Any:
    """The pinned spec under ``config``; calls go to ``app`` in-process, or over HTTP if None.

    With the stateful phase on, every rule of its state machine is made reachable
    (``reach_every_rule``), which costs building the machine once; ``reach_rules=False``
    leaves that to a caller that builds its own machine anyway.
    """
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    if app is not None:
        schema.app = app
    if reach_rules and schema.config.phases.stateful.enabled:
        # or the stateful phase starts (almost) no scenario
        reach_every_rule(schema.as_state_machine())
    return schema


def _report_failure(label: str | None, node: Any) -> None:
    """Print what failed and how to reproduce it (credentials are masked by schemathesis)."""
    info = node.failure_info
    print(f"FAILED {node.name} in {label or '?'}", file=sys.stderr)
    if info is not None:
        print(f"  {info.failure.title}: {info.failure.message}".rstrip(), file=sys.stderr)
        print(f"  reproduce with: {info.code_sample}", file=sys.stderr)


def _run_round(
    seed: int, max_examples: int, stateful_steps: int, stateful_scenarios: int
) -> tuple[int, int, dict[str, int], int, int]:
    app = new_app()
    with tempfile.TemporaryDirectory() as directory:
        config = build_config(
            seed=seed,
            max_examples=max_examples,
            stateful_steps=stateful_steps,
            stateful_scenarios=stateful_scenarios,
            auth_file=write_auth_file(Path(directory)),
        )
        return _execute(load_schema(app, config), app)


def _execute(schema: Any, app: EmulatorApp) -> tuple[int, int, dict[str, int], int, int]:
    """Run the schema's phases: (cases, of which stateful, failures per check, errors, 5xx)."""
    from schemathesis.engine import Status, events, from_schema

    cases = stateful = errors = 0
    failures: dict[str, int] = collections.Counter()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            cases += len(event.recorder.cases)
            if event.phase == "stateful":  # a StrEnum
                stateful += len(event.recorder.cases)
            for nodes in event.recorder.checks.values():
                for node in nodes:
                    if node.status == Status.FAILURE:
                        failures[node.name] += 1
                        _report_failure(event.label, node)
            if event.status == Status.ERROR:
                errors += 1
        elif isinstance(event, events.NonFatalError | events.FatalError):
            errors += 1
            print(f"schemathesis error: {event}", file=sys.stderr)
    return cases, stateful, failures, errors, app.state.emulator.internal_errors


def run_edges(seed: int, max_cases: int | None = None) -> Any:
    """The edge round (``_fuzz_edges``) against a fresh in-process emulator."""
    import warnings

    from closeext.tools._spec_walk import Spec
    from scripts._fuzz_edges import run_edge_round

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # newer Starlette nudges towards another client
        from starlette.testclient import TestClient

    app = new_app()
    with TestClient(app, base_url=BASE_URL + "/") as client:
        client.auth = (API_KEY, "")
        return run_edge_round(
            app, client, Spec.from_path(SPEC_PATH), seed=seed, max_cases=max_cases
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=20000, help="run at least this many cases")
    parser.add_argument("--seed", type=int, default=1, help="seed of the first round")
    parser.add_argument(
        "--max-examples", type=int, default=50, help="examples per operation and phase"
    )
    parser.add_argument(
        "--stateful-steps", type=int, default=20, help="steps per stateful scenario"
    )
    parser.add_argument(
        "--stateful-scenarios",
        type=int,
        default=1000,
        help="stateful scenarios per round (each up to --stateful-steps linked calls)",
    )
    args = parser.parse_args(argv)
    if args.cases < 1 or args.max_examples < 1 or args.stateful_scenarios < 1:
        parser.error("--cases, --max-examples and --stateful-scenarios must be positive")

    started = time.monotonic()
    total_cases = total_errors = internal = rounds = 0
    failures: dict[str, int] = collections.Counter()
    while total_cases < args.cases:
        seed = args.seed + rounds
        cases, stateful, round_failures, errors, round_internal = _run_round(
            seed, args.max_examples, args.stateful_steps, args.stateful_scenarios
        )
        rounds += 1
        total_cases += cases
        total_errors += errors
        internal += round_internal
        failures.update(round_failures)
        print(
            f"round {rounds} (seed {seed}): {cases} cases ({stateful} in stateful scenarios), "
            f"{sum(round_failures.values())} failures"
        )
        if stateful == 0:
            # A stateful phase that runs nothing is a hollow campaign, not a clean one.
            print("the stateful phase ran no step", file=sys.stderr)
            total_errors += 1
        if cases == 0:
            print("no cases were generated; stopping", file=sys.stderr)
            total_errors += 1
            break
    edges = run_edges(args.seed)
    for failure in edges.failures:
        print(f"FAILED edge case {failure}", file=sys.stderr)
    print(
        f"edge round (seed {args.seed}): {edges.cases} cases (numbers at and past every edge, "
        f"oversized collections), {len(edges.failures)} failures, "
        f"{edges.accepted_writes} accepted writes read back"
    )
    if edges.failures:
        failures["edge_cases"] += len(edges.failures)
    total_cases += edges.cases
    internal += edges.internal_errors
    elapsed = time.monotonic() - started
    print(
        f"cases run: {total_cases} in {rounds} round(s) + edges, {elapsed:.1f}s (seed {args.seed})"
    )
    print("failures per check:")
    for name in sorted(failures) or ["(none)"]:
        print(f"  {name}: {failures.get(name, 0)}")
    print(f"schemathesis errors: {total_errors}; emulator internal errors: {internal}")
    return 1 if failures or total_errors or internal else 0


if __name__ == "__main__":
    sys.exit(main())
