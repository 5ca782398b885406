"""``closeext coverage``: every operation of the spec gets a real 2xx answer.

It passes on the emulator as it is, and fails, naming the operation, when a handler is
missing or when the spec gains an operation the emulator does not implement.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from closeext.emulator._resources import HANDLERS

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "close.openapi.yaml"


from closeext.tools import coverage  # noqa: E402


def operation_ids(document: dict[str, Any]) -> list[str]:
    return [
        op["operationId"]
        for item in document["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]


def test_the_emulator_answers_every_operation_of_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "closeext.tools", "coverage", "--format", "markdown"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ids = operation_ids(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
    lines = result.stdout.splitlines()
    for operation_id in ids:
        row = next(line for line in lines if line.startswith(f"| {operation_id} |"))
        _, _, handler, status, verdict = (cell.strip() for cell in row.strip("|").split(" | "))
        assert (handler, status[0], verdict) == ("yes", "2", "answered"), row
    assert lines[-1] == f"**{len(ids)} of {len(ids)} operations answered**"


def test_a_missing_handler_fails_the_run_and_names_the_operation() -> None:
    handlers = {name: h for name, h in HANDLERS.items() if name != "update_opportunity"}
    rows = coverage.check_operations(handlers=handlers)
    by_id = {row.operation_id: row for row in rows}
    missing = by_id["update_opportunity"]
    assert not missing.answered and not missing.has_handler
    assert missing.status == 501
    # Everything else is still answered: only the missing one is blamed.
    assert [row.operation_id for row in rows if not row.answered] == ["update_opportunity"]
    output: list[str] = []
    assert coverage.main([], handlers=handlers, out=output.append) == 1
    text = output[0]
    line = next(line for line in text.splitlines() if line.startswith("update_opportunity "))
    assert "MISSING" in line and "NOT ANSWERED" in line and "501" in line
    assert text.splitlines()[-1] == f"{len(rows) - 1} of {len(rows)} operations answered"


def test_a_missing_create_also_shows_what_could_not_be_tried_without_it() -> None:
    handlers = {name: h for name, h in HANDLERS.items() if name != "create_role"}
    rows = {row.operation_id: row for row in coverage.check_operations(handlers=handlers)}
    assert rows["create_role"].status == 501 and not rows["create_role"].has_handler
    # get_role needs a role made by create_role (the spec links them): not sent, and why.
    assert rows["get_role"].status is None and rows["get_role"].has_handler
    assert "create_role answered 501" in rows["get_role"].note


def test_an_operation_added_to_the_spec_without_a_handler_is_named(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    lead_path = document["paths"]["/lead/{lead_id}/"]
    document["paths"]["/lead/{lead_id}/summary/"] = {
        "parameters": lead_path.get("parameters", []),
        "get": {
            "operationId": "get_lead_summary",
            "summary": "A summary of one lead (not implemented by the emulator).",
            "parameters": [p for p in lead_path["get"].get("parameters", []) if "$ref" not in p],
            "responses": {"200": {"description": "The summary."}},
        },
    }
    spec_path = tmp_path / "close.openapi.yaml"
    spec_path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    rows = coverage.check_operations(spec_path=spec_path)
    assert len(rows) == len(operation_ids(document))
    unanswered = [row for row in rows if not row.answered]
    assert [row.operation_id for row in unanswered] == ["get_lead_summary"]
    assert unanswered[0].label == "GET /lead/{lead_id}/summary/"
    assert unanswered[0].status == 501
    text = coverage.render(rows)
    assert text.splitlines()[-1] == f"{len(rows) - 1} of {len(rows)} operations answered"
