"""The wheel as a user installs it: in clean virtual environments, outside the repository.

- ``pip install <wheel> pytest`` (no extra): an unrelated test suite runs green with the
  plugin loaded, and a test that asks for the emulator fixture fails naming the extra;
- ``pip install '<wheel>[emulator,contract]'``: the fixture serves, and ``closeext contract``
  contract-tests a live emulator, read-only by default, from the installed command.

uv installs (the nox venvs carry no pip); the wheel is built by hatchling's PEP 517 hook.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 600
KEY = "wheel_test_key_0001"


def _uv() -> str:
    for candidate in (ROOT / ".nox" / "_bootstrap" / "bin" / "uv", shutil.which("uv")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.fail("uv is needed to build clean venvs: run the suite through scripts/bootstrap.py")


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, capture_output=True, text=True, timeout=TIMEOUT, check=False, **kwargs
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = "import sys, hatchling.build as backend; backend.build_wheel(sys.argv[1])"
    result = run([sys.executable, "-c", build, str(out)], cwd=ROOT)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("closeext-*.whl")
    return built


def venv(where: Path, *requirements: str) -> Path:
    """A fresh venv at ``where`` with ``requirements`` installed; returns its bin folder."""
    uv = _uv()
    made = run([uv, "venv", "--quiet", "--python", sys.executable, str(where)])
    assert made.returncode == 0, made.stderr
    python = where / "bin" / "python"
    installed = run([uv, "pip", "install", "--quiet", "--python", str(python), *requirements])
    assert installed.returncode == 0, installed.stderr
    return where / "bin"


USER_SUITE = """
def test_unrelated_arithmetic():
    assert 1 + 1 == 2
"""

FIXTURE_SUITE = """
import httpx

def test_uses_the_emulator(close_emulator_fresh):
    with httpx.Client(base_url=close_emulator_fresh.base_url,
                      auth=(close_emulator_fresh.api_key, "")) as client:
        assert client.post("lead/", json={"name": "Acme"}).status_code == 200
"""


def user_project(where: Path, source: str) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    (where / "test_user.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return where


def pytest_in(bin_dir: Path, project: Path) -> subprocess.CompletedProcess[str]:
    # Outside the repository: nothing of the checkout can leak in through the cwd.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST"))}
    return run(
        [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        env=env,
    )


def test_without_the_emulator_extra_a_users_suite_runs_and_the_fixture_names_the_extra(
    wheel: Path, tmp_path: Path
) -> None:
    bin_dir = venv(tmp_path / "venv", str(wheel), "pytest==9.0.3")
    assert run([str(bin_dir / "python"), "-c", "import starlette"]).returncode != 0

    green = pytest_in(bin_dir, user_project(tmp_path / "plain", USER_SUITE))
    assert green.returncode == 0, green.stdout + green.stderr
    assert "1 passed" in green.stdout

    needs = pytest_in(bin_dir, user_project(tmp_path / "fixture", FIXTURE_SUITE))
    assert needs.returncode == 1
    assert "pip install 'closeext[emulator]'" in needs.stdout
    assert "Traceback" not in needs.stdout

    tool = run([str(bin_dir / "closeext"), "contract", "--base-url", "http://127.0.0.1:9/"])
    assert tool.returncode == 2
    assert "pip install 'closeext[contract]'" in tool.stderr


@pytest.fixture(scope="module")
def full_install(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("full") / "venv"
    return venv(where, f"{wheel}[emulator,contract]", "pytest==9.0.3")


@pytest.fixture(scope="module")
def installed_emulator(full_install: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [str(full_install / "closeext"), "emulator", "--port", "0", "--api-key", KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+/api/v1/)", line)
        assert match, line
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(30)


def test_with_the_emulator_extra_the_fixture_serves(full_install: Path, tmp_path: Path) -> None:
    result = pytest_in(full_install, user_project(tmp_path / "fixture", FIXTURE_SUITE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_installed_contract_command_checks_a_live_emulator_read_only(
    full_install: Path, installed_emulator: str, tmp_path: Path
) -> None:
    env = {**os.environ, "CLOSE_API_KEY": KEY}
    result = run(
        [str(full_install / "closeext"), "contract", "--base-url", installed_emulator],
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "read-only" in result.stdout
    assert "created 0 object(s)" in result.stdout
    assert KEY not in result.stdout + result.stderr
    # The pinned spec the tools read is the wheel's copy, not the checkout's.
    where = run(
        [
            str(full_install / "python"),
            "-c",
            "from closeext.tools._paths import pinned_spec_path; print(pinned_spec_path())",
        ],
        cwd=tmp_path,
    )
    assert "closeext/_data/close.openapi.yaml" in where.stdout
    assert str(ROOT) not in where.stdout
