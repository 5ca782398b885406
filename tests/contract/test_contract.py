"""``closeext contract`` against live emulators, run the way users run it.

The script runs in a subprocess against an emulator served over HTTP: the real one
(``python -m closeext.emulator`` in another process), read-only and with writes, must
agree with the spec and be left exactly as it was; an emulator whose ``GET /lead/``
answer has been tampered with must be reported, naming that operation. Bad usage ends
with exit status 2 and one line, and the API key is never printed.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from closeext.emulator import create_app
from closeext.emulator._server import ServerThread, listening_socket

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "spec" / "close.openapi.yaml").read_text(encoding="utf-8"))
KEY = "contract_test_key_0001"
BASIC = base64.b64encode(f"{KEY}:".encode()).decode()
START_TIMEOUT = 30
RUN_TIMEOUT = 300
LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+/api/v1/)")


def run_contract(*args: str, key: str | None = KEY) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != "CLOSE_API_KEY"}
    if key is not None:
        env["CLOSE_API_KEY"] = key
    result = subprocess.run(
        [sys.executable, "-m", "closeext.tools", "contract", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=RUN_TIMEOUT,
        cwd=ROOT,
    )
    # Whatever happened, the key must not have been printed, plain or as a credential.
    for secret in (KEY, BASIC):
        assert secret not in result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def emulator_url() -> Iterator[str]:
    """The emulator CLI serving on a free port, for the whole module."""
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "closeext.emulator", "--port", "0", "--api-key", KEY],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=ROOT,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()  # the CLI prints one line once it listens
            match = LISTENING.search(line)
            if match is None:
                log.seek(0)
                pytest.fail(f"the emulator did not start: {line!r} {log.read()}")
            yield match.group(1)
        finally:
            process.terminate()
            process.wait(START_TIMEOUT)


UNTRACKED = frozenset(
    {
        "/event/",
        "/export/",
        "/bulk_action/edit/",
        "/bulk_action/delete/",
        "/bulk_action/email/",
        "/bulk_action/sequence_subscription/",
    }
)


def account_snapshot(base_url: str) -> dict[str, Any]:
    """Every list and singleton GET of the spec, as the key sees them.

    A list that needs a lead (``lead_id`` is required) is read for every lead. Left out:
    the event log, which records every run by design, and exports and bulk actions, which
    Close cannot delete and which move on by themselves (created -> done on the emulator's clock).
    """
    answers: dict[str, Any] = {}
    with httpx.Client(base_url=base_url, auth=(KEY, ""), timeout=30) as client:
        for path, item in SPEC["paths"].items():
            if "get" not in item or "{" in path or path in UNTRACKED:
                continue
            response = client.get(path.lstrip("/"))
            # Lists that need a lead (``lead_id``, or the commented ``object_id``).
            key = next((k for k in ("lead_id", "object_id") if k in response.text), None)
            if response.status_code == 400 and key is not None:
                leads = client.get("lead/").json()["data"]
                for lead in leads:
                    each = client.get(path.lstrip("/"), params={key: lead["id"]})
                    answers[f"{path}?{key}={lead['id']}"] = (each.status_code, each.json())
                continue
            answers[path] = (response.status_code, response.json())
    assert all(status == 200 for status, _ in answers.values()), answers
    return answers


def summary_of(output: str) -> dict[str, int]:
    match = re.search(
        r"summary: (\d+) disagreement\(s\) in (\d+) operation\(s\), (\d+) error\(s\); (\d+) cases "
        r"over (\d+) operations; created (\d+) object\(s\), deleted (\d+) \(and (\d+) made as a "
        r"side effect\), left behind (\d+)",
        output,
    )
    assert match, output
    names = (
        *("disagreements", "operations_disagreeing", "errors", "cases", "operations"),
        *("created", "deleted", "swept", "left_behind"),
    )
    return dict(zip(names, map(int, match.groups()), strict=True))


def test_read_only_run_agrees_with_the_emulator_and_changes_nothing(emulator_url: str) -> None:
    before = account_snapshot(emulator_url)
    result = run_contract("--base-url", emulator_url)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = summary_of(result.stdout)
    assert summary["disagreements"] == summary["errors"] == 0
    get_operations = sum("get" in item for item in SPEC["paths"].values())
    assert summary["operations"] == get_operations
    assert summary["created"] == 0
    assert "read-only" in result.stdout
    assert account_snapshot(emulator_url) == before


def test_write_run_agrees_and_deletes_everything_it_created(emulator_url: str) -> None:
    before = account_snapshot(emulator_url)
    result = run_contract("--base-url", emulator_url, "--allow-writes", "--max-examples", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = summary_of(result.stdout)
    assert summary["disagreements"] == summary["errors"] == summary["left_behind"] == 0
    # It did write (creates, and the stateful workflows that follow their links) ...
    assert summary["created"] > 20
    assert summary["operations"] > sum("get" in item for item in SPEC["paths"].values())
    # ... and the account is exactly as it was: nothing left, nothing of its own changed.
    assert summary["deleted"] == summary["created"]
    assert account_snapshot(emulator_url) == before


def drop_has_more_from_lead_list(app: Any) -> Any:
    """``app`` with ``has_more`` missing from ``GET /lead/`` answers (the spec requires it)."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"]) != ("GET", "/api/v1/lead/"):
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}

        async def edit(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body = message.get("body", b"")
            try:
                data = json.loads(body)
            except ValueError:
                data = None
            if isinstance(data, dict) and start["status"] == 200:
                data.pop("has_more", None)
                body = json.dumps(data).encode()
            headers = [
                (name, str(len(body)).encode() if name == b"content-length" else value)
                for name, value in start["headers"]
            ]
            await send({**start, "headers": headers})
            await send({**message, "body": body})

        await app(scope, receive, edit)

    return wrapped


def test_a_response_that_breaks_the_spec_is_reported_with_its_operation() -> None:
    app = drop_has_more_from_lead_list(create_app(api_keys=[KEY]))
    with ServerThread(app) as server:
        result = run_contract("--base-url", server.base_url, "--format", "markdown")
    assert result.returncode == 1, result.stdout + result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| list_leads ")]
    assert rows, result.stdout
    _, request, check, reason, reproduction, _ = (
        cell.strip() for cell in rows[0].strip("|").split(" | ")
    )
    assert request == "GET /lead/"
    assert check == "response_schema_conformance"
    assert "has_more" in reason
    assert re.fullmatch(r"GET /api/v1/lead/(\?\S*)? -> 200", reproduction), reproduction
    # Only the tampered operation disagrees.
    reported = {
        line.split(" | ")[0].strip("| ")
        for line in result.stdout.splitlines()
        if line.startswith("| ") and not line.startswith(("| operation", "|---"))
    }
    assert reported == {"list_leads"}
    assert "**Summary:**" in result.stdout


def free_port() -> int:
    sock = listening_socket()
    port: int = sock.getsockname()[1]
    sock.close()
    return port


@pytest.mark.parametrize(
    ("args", "key", "expected"),
    [
        ((), None, "CLOSE_API_KEY"),
        ((), "", "CLOSE_API_KEY"),
        (("--max-examples", "0"), KEY, "--max-examples"),
        (("--format", "html"), KEY, "--format"),
    ],
    ids=["no-key", "empty-key", "zero-examples", "unknown-format"],
)
def test_bad_usage_exits_2_with_a_clear_message(
    args: tuple[str, ...], key: str | None, expected: str
) -> None:
    result = run_contract("--base-url", "http://127.0.0.1:9/api/v1/", *args, key=key)
    assert result.returncode == 2
    assert result.stdout == ""
    assert expected in result.stderr.strip().splitlines()[-1]


def test_a_malformed_url_or_an_unreachable_server_exits_2() -> None:
    malformed = run_contract("--base-url", "api.close.com/api/v1")
    assert malformed.returncode == 2
    assert "not an http(s) URL" in malformed.stderr
    unreachable = run_contract("--base-url", f"http://127.0.0.1:{free_port()}/api/v1/")
    assert unreachable.returncode == 2
    assert unreachable.stderr.count("\n") == 1
    assert "cannot reach" in unreachable.stderr


def test_a_refused_key_exits_2_without_printing_it(emulator_url: str) -> None:
    wrong = "wrong_key_not_accepted_01"
    result = run_contract("--base-url", emulator_url, key=wrong)
    assert result.returncode == 2
    assert "refused the key in CLOSE_API_KEY" in result.stderr
    assert wrong not in result.stdout + result.stderr


def load_script() -> Any:
    from closeext.tools import contract

    return contract


def test_the_key_is_masked_in_any_text_the_script_prints() -> None:
    mask = load_script().masker(KEY)
    text = f"key {KEY}; header Authorization: Basic {BASIC}; curl -u {KEY}: ..."
    masked = mask(text)
    assert KEY not in masked and BASIC not in masked
    assert masked.count("***") == 3
