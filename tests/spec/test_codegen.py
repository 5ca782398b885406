"""Generation is pinned: it refuses a spec or a toolchain the lock does not describe."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy_root = tmp_path / "repo"
    for part in ("spec", "scripts"):
        shutil.copytree(ROOT / part, copy_root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return copy_root


def codegen(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/codegen.py", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_lock_matches_the_committed_spec() -> None:
    result = codegen(ROOT, "pins")
    assert result.returncode == 0
    lock = (ROOT / "spec" / "spec.lock").read_text(encoding="utf-8")
    import hashlib

    digest = hashlib.sha256((ROOT / "spec" / "close.openapi.yaml").read_bytes()).hexdigest()
    assert f'sha256 = "{digest}"' in lock
    assert result.stdout.split() == [
        line.replace(" = ", "==").replace('"', "")
        for line in lock.splitlines()
        if line.startswith(("openapi-python-client", "ruff"))
    ]


def test_generation_refuses_a_spec_edited_behind_the_locks_back(repo: Path) -> None:
    spec = repo / "spec" / "close.openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    for command in ("generate", "check"):
        result = codegen(repo, command)
        assert result.returncode == 1
        assert "does not match spec/spec.lock" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (repo / "generated").exists()


def test_generation_refuses_another_generator_version(repo: Path) -> None:
    lock = repo / "spec" / "spec.lock"
    text = lock.read_text(encoding="utf-8")
    lock.write_text(text.replace('openapi-python-client = "', 'openapi-python-client = "9'))
    result = codegen(repo, "generate")
    assert result.returncode == 1
    assert "spec.lock pins 9" in result.stderr


def test_the_wheel_carries_both_packages_their_markers_and_the_spec(tmp_path: Path) -> None:
    # The build backend itself (PEP 517), as pip or uv would call it: no network, no pip.
    build = "import sys, hatchling.build as backend; backend.build_wheel(sys.argv[1])"
    result = subprocess.run(
        [sys.executable, "-c", build, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("closeext-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "closeext/__init__.py",
        "closeext/py.typed",
        "closeext/_data/close.openapi.yaml",
        "close_api/__init__.py",
        "close_api/py.typed",
        "close_api/api/leads/create_lead.py",
    } <= names
    assert not any(name.startswith(("tests/", "generated/", "spec/")) for name in names)
    spec_bytes = zipfile.ZipFile(wheel).read("closeext/_data/close.openapi.yaml")
    assert spec_bytes == (ROOT / "spec" / "close.openapi.yaml").read_bytes()
