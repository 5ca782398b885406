"""The command line (`python -m closeext.emulator`) and the pytest plugin's fixtures."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from closeext.emulator.__main__ import main
from closeext.emulator._server import listening_socket

LINE_RE = re.compile(r"^closeext emulator listening on (http://127\.0\.0\.1:\d+/api/v1/) \((.*)\)$")
START_TIMEOUT = 30


class Served:
    def __init__(self, process: subprocess.Popen[str], line: str) -> None:
        self.process = process
        self.line = line
        match = LINE_RE.match(line)
        assert match, line
        self.url, self.detail = match.group(1), match.group(2)


def start(*args: str) -> Served:
    process = subprocess.Popen(
        [sys.executable, "-m", "closeext.emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(START_TIMEOUT)
    if not lines or not lines[0]:
        process.kill()
        raise AssertionError(f"no start-up line; stderr: {process.communicate()[1]}")
    return Served(process, lines[0].rstrip("\n"))


@pytest.fixture
def cli() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for served in started:
        served.process.send_signal(signal.SIGINT)
        try:
            served.process.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired:
            served.process.kill()
            served.process.wait()


def test_cli_prints_one_line_then_serves_each_key_its_own_org(cli: list[Served]) -> None:
    served = start("--api-key", "cli-key-one", "--api-key", "cli-key-two")
    cli.append(served)
    assert served.detail == "2 api key(s) from --api-key"
    assert "cli-key-one" not in served.line  # keys the user typed are not echoed
    with httpx.Client(base_url=served.url) as client:
        one = client.get("me/", auth=("cli-key-one", ""))
        two = client.get("me/", auth=("cli-key-two", ""))
        assert one.status_code == two.status_code == 200
        assert one.json()["organizations"][0]["id"] != two.json()["organizations"][0]["id"]
        assert client.get("me/", auth=("other", "")).status_code == 401
    served.process.send_signal(signal.SIGINT)
    stdout, stderr = served.process.communicate(timeout=START_TIMEOUT)
    assert served.process.returncode == 0
    assert stdout == ""  # nothing after the one line
    assert "Traceback" not in stderr


def test_cli_generates_and_prints_a_key_when_none_is_given(cli: list[Served]) -> None:
    served = start("--rate-limit", "2/60", "--faults", "503=0", "--seed", "4")
    cli.append(served)
    key = served.detail.removeprefix("api key: ")
    assert key != served.detail and len(key) > 20
    with httpx.Client(base_url=served.url, auth=(key, "")) as client:
        assert client.get("lead/").headers["ratelimit"].startswith("limit=2, remaining=1,")
        assert client.get("lead/").status_code == 200
        assert client.get("lead/").status_code == 429


def test_cli_answers_without_delayed_ack_stalls(cli: list[Served]) -> None:
    # Without TCP_NODELAY on the listening socket each answer waits ~40 ms for the
    # client's delayed ACK; 20 requests would then take 0.8 s instead of a few ms.
    served = start("--api-key", "fast-key")
    cli.append(served)
    with httpx.Client(base_url=served.url, auth=("fast-key", "")) as client:
        client.get("me/")
        started = time.perf_counter()
        for _ in range(20):
            assert client.get("me/").status_code == 200
        assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rate-limit", "lots"], "invalid rate limit"),
        (["--faults", "timeout=0.5"], "unknown fault kind"),
        (["--faults", "429=2"], "between 0 and 1"),
        (["--port", "70000"], "out of range"),
        (["--seed", "abc"], "invalid int value"),
        (["--api-key", "has:colon"], "cannot contain ':'"),
        (["--host", "256.0.0.1"], "cannot listen on 256.0.0.1"),
        (["--bogus"], "unrecognized arguments"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--port", "0", *args])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_a_port_in_use_exits_2() -> None:
    taken = listening_socket()
    try:
        port = str(taken.getsockname()[1])
        result = subprocess.run(
            [sys.executable, "-m", "closeext.emulator", "--port", port],
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
        )
    finally:
        taken.close()
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# --- the pytest plugin, exercised the way a user's test suite would use it ---------------

USER_TESTS = """
import httpx

def test_server_is_real_http(close_emulator):
    assert close_emulator.base_url.startswith("http://127.0.0.1:")
    assert close_emulator.base_url.endswith("/api/v1/")
    assert close_emulator.api_key not in repr(close_emulator)
    with httpx.Client(base_url=close_emulator.base_url, auth=(close_emulator.api_key, "")) as c:
        assert c.post("lead/", json={"name": "Left behind"}).status_code == 200

def test_data_persists_within_the_session(close_emulator):
    with httpx.Client(base_url=close_emulator.base_url, auth=(close_emulator.api_key, "")) as c:
        names = [lead["name"] for lead in c.get("lead/").json()["data"]]
    assert names == ["Left behind"]

def test_fresh_fixture_resets_but_keeps_the_key(close_emulator_fresh, close_emulator):
    assert close_emulator_fresh is close_emulator
    with httpx.Client(base_url=close_emulator.base_url, auth=(close_emulator.api_key, "")) as c:
        assert c.get("lead/").json()["data"] == []
        assert c.get("lead/").headers["ratelimit"].startswith("limit=3, remaining=1,")
        assert c.get("lead/").status_code == 200
        assert c.get("lead/").status_code == 429

def test_fresh_fixture_also_resets_rate_limits(close_emulator_fresh):
    with httpx.Client(
        base_url=close_emulator_fresh.base_url, auth=(close_emulator_fresh.api_key, "")
    ) as c:
        assert c.get("lead/").status_code == 200

def test_a_second_key_is_a_second_organization(close_emulator_fresh):
    close_emulator_fresh.add_api_key("second-org-key")
    with httpx.Client(base_url=close_emulator_fresh.base_url) as c:
        created = c.post("lead/", json={"name": "Mine"}, auth=(close_emulator_fresh.api_key, ""))
        lead_id = created.json()["id"]
        assert c.get(f"lead/{lead_id}/", auth=("second-org-key", "")).status_code == 404
"""


def run_user_suite(tmp_path: Path, source: str, *options: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user_suite.py").write_text(textwrap.dedent(source))
    # Load the plugin by module name whether or not its entry point is installed.
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:closeext_emulator",
        "-p", "closeext.emulator.pytest_plugin", "-p", "no:randomly", "-p", "no:cacheprovider",
        "--rootdir", str(tmp_path), *options, str(tmp_path),
    ]  # fmt: skip
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False
    )


def test_plugin_fixtures_serve_reset_and_take_options(tmp_path: Path) -> None:
    result = run_user_suite(tmp_path, USER_TESTS, "--close-emulator-rate-limit", "3/60")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


def test_plugin_reports_bad_options_as_usage_errors(tmp_path: Path) -> None:
    result = run_user_suite(
        tmp_path, "def test_x(close_emulator):\n    pass\n", "--close-emulator-faults", "oops"
    )
    assert result.returncode != 0
    assert "close emulator options: invalid fault" in result.stdout + result.stderr
