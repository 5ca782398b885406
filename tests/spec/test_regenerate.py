"""The regenerate workflow, run on a copy of the repository so the real one is untouched."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pinned() -> dict[str, Any]:
    with (ROOT / "spec" / "close.openapi.yaml").open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The parts of the repository the workflow reads and writes."""
    copy_root = tmp_path / "repo"
    for part in ("spec", "scripts", "generated"):
        shutil.copytree(ROOT / part, copy_root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return copy_root


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def with_new_operation(spec: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(spec)
    new["info"]["version"] = "2026.12.01"
    get_user = new["paths"]["/user/{user_id}/"]["get"]
    operation = copy.deepcopy(get_user)
    operation["operationId"] = "get_user_presence_sample"
    operation["summary"] = "A sample operation the pinned spec lacks"
    operation["parameters"] = []
    new["paths"]["/user/presence_sample/"] = {"get": operation}
    return new


def test_adding_an_operation_pins_the_spec_and_generates_its_function(
    repo: Path, pinned: dict[str, Any], tmp_path: Path
) -> None:
    new_spec = tmp_path / "new.yaml"
    new_spec.write_text(yaml.safe_dump(with_new_operation(pinned), sort_keys=False))

    result = run(repo, str(new_spec))

    assert result.returncode == 0, result.stderr
    assert "get_user_presence_sample" in result.stdout  # the change report names it
    module = repo / "generated" / "close_api" / "api" / "users" / "get_user_presence_sample.py"
    assert module.exists()
    assert "/user/presence_sample/" in module.read_text(encoding="utf-8")
    lock = (repo / "spec" / "spec.lock").read_text(encoding="utf-8")
    assert 'version = "2026.12.01"' in lock
    # The copy is consistent again: its generated client is exactly what its spec makes.
    check = subprocess.run(
        [sys.executable, "scripts/codegen.py", "check"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_check_mode_changes_nothing_and_fails_only_on_breaking_changes(
    repo: Path, pinned: dict[str, Any], tmp_path: Path
) -> None:
    before = (repo / "spec" / "close.openapi.yaml").read_bytes()
    additive = tmp_path / "additive.json"
    additive.write_text(yaml.safe_dump(with_new_operation(pinned)))
    breaking_spec = copy.deepcopy(pinned)
    del breaking_spec["paths"]["/lead/merge/"]
    breaking = tmp_path / "breaking.yaml"
    breaking.write_text(yaml.safe_dump(breaking_spec, sort_keys=False))

    assert run(repo, str(additive), "--check").returncode == 0
    result = run(repo, str(breaking), "--check")

    assert result.returncode == 1
    assert "merge_leads" in result.stdout and "BREAKING" in result.stdout
    assert (repo / "spec" / "close.openapi.yaml").read_bytes() == before


def test_an_invalid_spec_is_refused_without_a_traceback(repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: 7\n")
    before = (repo / "spec" / "spec.lock").read_bytes()

    result = run(repo, str(bad))

    assert result.returncode == 2
    assert "not valid OpenAPI" in result.stderr
    assert "Traceback" not in result.stderr
    assert (repo / "spec" / "spec.lock").read_bytes() == before
