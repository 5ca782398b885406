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
import re
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from closeext.emulator import EmulatorApp, create_app

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "close.openapi.yaml"
API_KEY = "schemathesis_key_0001"
# A second organization, so `object_level_authorization` can check that one organization
# never reads another's objects (the two keys are peers in a Web Fuzzing Commons file).
PEER_KEY = "schemathesis_key_0002"
BASE_URL = "http://testserver/api/v1"

# Messages that depend on the organization's stored data (see the module docstring).
_STATE_DEPENDENT = re.compile(
    "|".join(
        (
            r"does not exist",  # an id that is not in this organization
            r"is not in this schema",  # a field id that this schema does not hold
            r"^The organization has no ",  # e.g. no opportunity status configured
            r"^The pipeline has no statuses",
            r"does not belong to",  # e.g. a status of another pipeline
            r"must belong to this type",
            r"^Not user-type lead custom fields",  # a field that exists, of another type
            r"already exists",  # a label or name that is taken
            r"already associated",
            r"cannot be deleted",  # e.g. the last lead status
            r"still has ",  # e.g. a pipeline that still has statuses
            r"^Value cannot be changed\.$",  # immutable once stored
            r"^Only draft ",  # an email or SMS that is no longer a draft
            r"^A draft can only become ",  # the states a stored draft may move to
            r"^This draft has no ",  # what a stored draft lacks to be sent
        )
    )
)
# Rules that hold no matter the state but that OpenAPI cannot express.
_INEXPRESSIBLE = re.compile(
    "|".join(
        (
            r"requires lead_id",  # query parameters cannot depend on each other
            r"requires _order_by=",  # nor a filter on the order asked for
            r"cannot be merged into itself",  # JSON Schema cannot compare two values
            # The emulator's own limits on every number and collection of a body
            # (closeext/emulator/_limits.py), which the spec does not repeat on each field.
            r"^Number out of range: ",
            r"^List is too long \(at most ",
            r"^The request body holds too many values",
            r"^The request body is nested too deeply",
        )
    )
)


def _type_not_in_body(case: Any) -> bool:
    body = getattr(case, "body", None)
    return not (isinstance(body, Mapping) and "type" in body)


# Rules that depend on stored data only in some requests: a custom field update that does
# not name a type is judged against the type the field already has.
_STATE_DEPENDENT_WHEN = (
    (re.compile(r"^Multiple values are only supported on "), _type_not_in_body),
)


def _messages(body: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every (field path, message) in a Close error body, nested lists included."""
    if isinstance(body, str):
        yield path, body
    elif isinstance(body, list):
        for item in body:
            yield from _messages(item, path)
    elif isinstance(body, Mapping):
        if "error" in body and isinstance(body["error"], str):
            yield path, body["error"]
        for key in ("errors", "field-errors"):
            value = body.get(key)
            if isinstance(value, Mapping):
                for name, nested in value.items():
                    yield from _messages(nested, (*path, str(name)))
            elif value is not None:
                yield from _messages(value, path)


def state_independent_problems(body: Any, case: Any = None) -> list[str]:
    """The messages of a 400 body that the request's own data should have avoided."""
    problems = []
    for path, message in _messages(body):
        if any(part.startswith("custom.") for part in path):
            continue  # custom field values are checked against the organization's fields
        if _STATE_DEPENDENT.search(message) or _INEXPRESSIBLE.search(message):
            continue
        if any(p.search(message) and applies(case) for p, applies in _STATE_DEPENDENT_WHEN):
            continue
        problems.append(f"{'.'.join(path) or '(body)'}: {message}")
    return problems or ([] if _messages_present(body) else ["(no error message in the body)"])


def _messages_present(body: Any) -> bool:
    return any(True for _ in _messages(body))


@schemathesis.check
def rejections_depend_on_state(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request may get a 400 only for reasons that depend on stored data."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return None
    try:
        body = response.json()
    except ValueError:
        raise AssertionError("A 400 answer must be Close-shaped JSON") from None
    problems = state_independent_problems(body, case)
    if problems:
        raise AssertionError(
            "Schema-valid request refused for a reason the schema should have caught:\n  "
            + "\n  ".join(problems)
        )
    return None


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


def build_config(
    *,
    seed: int,
    max_examples: int,
    auth_file: Path | None,
    stateful_steps: int = 10,
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful"),
) -> SchemathesisConfig:
    """Every built-in check on, deterministic generation, the two organizations as peers.

    ``auth_file=None`` leaves authentication (and the base URL) to the caller, through
    ``config.projects.override.update(...)``: ``scripts/contract.py`` runs this same
    campaign against another server that way.
    """
    all_phases = ("examples", "coverage", "fuzzing", "stateful")
    auth = {"wfc": {"path": str(auth_file), "user": "alpha", "peers": ["alpha", "bravo"]}}
    return SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "base-url": BASE_URL,
            "workers": 1,
            "generation": {
                "mode": "all",
                "max-examples": max_examples,
                "deterministic": True,
                "database": "none",
            },
            "checks": {
                "enabled": True,
                "max_response_time": 10.0,
                # 400 is judged by `rejections_depend_on_state` instead (module docstring).
                "positive_data_acceptance": {
                    "expected-statuses": [
                        "2xx",
                        "3xx",
                        "400",
                        "401",
                        "403",
                        "404",
                        "409",
                        "429",
                        "5xx",
                    ]
                },
            },
            "phases": {
                **{name: {"enabled": name in phases} for name in all_phases},
                "stateful": {"enabled": "stateful" in phases, "max-steps": stateful_steps},
            },
            **({"auth": auth} if auth_file is not None else {}),
            "suppress-health-check": ["all"],
        }
    )


def new_app() -> EmulatorApp:
    return create_app(api_keys=[API_KEY, PEER_KEY])


def load_schema(app: EmulatorApp | None, config: SchemathesisConfig) -> Any:
    """The pinned spec under ``config``; calls go to ``app`` in-process, or over HTTP if None."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    if app is not None:
        schema.app = app
    return schema


def _report_failure(label: str | None, node: Any) -> None:
    """Print what failed and how to reproduce it (credentials are masked by schemathesis)."""
    info = node.failure_info
    print(f"FAILED {node.name} in {label or '?'}", file=sys.stderr)
    if info is not None:
        print(f"  {info.failure.title}: {info.failure.message}".rstrip(), file=sys.stderr)
        print(f"  reproduce with: {info.code_sample}", file=sys.stderr)


def _run_round(
    seed: int, max_examples: int, stateful_steps: int
) -> tuple[int, dict[str, int], int, int]:
    app = new_app()
    with tempfile.TemporaryDirectory() as directory:
        config = build_config(
            seed=seed,
            max_examples=max_examples,
            stateful_steps=stateful_steps,
            auth_file=write_auth_file(Path(directory)),
        )
        return _execute(load_schema(app, config), app)


def _execute(schema: Any, app: EmulatorApp) -> tuple[int, dict[str, int], int, int]:
    from schemathesis.engine import Status, events, from_schema

    cases = errors = 0
    failures: dict[str, int] = collections.Counter()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            cases += len(event.recorder.cases)
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
    return cases, failures, errors, app.state.emulator.internal_errors


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
    args = parser.parse_args(argv)
    if args.cases < 1 or args.max_examples < 1:
        parser.error("--cases and --max-examples must be positive")

    started = time.monotonic()
    total_cases = total_errors = internal = rounds = 0
    failures: dict[str, int] = collections.Counter()
    while total_cases < args.cases:
        seed = args.seed + rounds
        cases, round_failures, errors, round_internal = _run_round(
            seed, args.max_examples, args.stateful_steps
        )
        rounds += 1
        total_cases += cases
        total_errors += errors
        internal += round_internal
        failures.update(round_failures)
        print(
            f"round {rounds} (seed {seed}): {cases} cases, {sum(round_failures.values())} failures"
        )
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
