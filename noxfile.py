"""Project sessions. From a fresh clone, `python3 scripts/bootstrap.py test` runs the CI set.

generate         regenerate generated/close_api/ from the pinned spec (refuses on a stale lock)
regenerate       adopt a new spec: report, pin, regenerate, test (`-- NEW_SPEC [--check]`)
check_generated  fail if generated/close_api/ differs from a fresh generation
lint             ruff check + ruff format --check
typecheck        mypy --strict on closeext
tests            the test suite (spec validation, emulator, client, schemathesis, scripts)
demo             the demo: closeext against the embedded emulator
fuzz             a long seeded schemathesis campaign against the emulator
contract         the same campaign against any Close-compatible server (`-- --base-url URL`)
coverage         every operation of the spec answered by the emulator
bench            benchmarks side by side; writes bench-results/bench.md
soak             bounded mixed traffic with faults and bad inputs (`-- --seconds 60`)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]

# Pins for the tools whose output or verdicts must not drift between machines.
RUFF = "ruff==0.17.5"
MYPY = "mypy==2.4.1"
TEST_DEPS = (
    "pytest==9.0.3",
    "pytest-asyncio==1.5.0",
    "hypothesis==6.155.2",
    "schemathesis==4.32.5",
    "openapi-spec-validator==0.9.0",
    "closeio==2.1",
    "hatchling==1.33.0",
)


def _codegen_pins() -> list[str]:
    # spec/spec.lock is the one place the generator and ruff versions are pinned.
    out = subprocess.run(
        [sys.executable, "scripts/codegen.py", "pins"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()


def _install_project(session: nox.Session, *extras: str) -> None:
    spec = "." + (f"[{','.join(extras)}]" if extras else "")
    session.install("-e", spec)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/close_api/ from spec/close.openapi.yaml."""
    session.install(*_codegen_pins())
    session.run("python", "scripts/codegen.py", "generate")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail when the committed client is not exactly what the spec generates."""
    session.install(*_codegen_pins())
    session.run("python", "scripts/codegen.py", "check")


@nox.session
def regenerate(session: nox.Session) -> None:
    """Adopt a new spec: `nox -s regenerate -- NEW_SPEC [--check]` (a path or URL).

    Validates it, prints the change report, pins it and regenerates the client, then runs
    the tests. With --check it changes nothing and fails when the change is breaking.
    """
    if not session.posargs:
        session.error("usage: nox -s regenerate -- NEW_SPEC [--check] [--format markdown]")
    _install_project(session, "emulator", "progress")
    session.install(*TEST_DEPS, *_codegen_pins())
    session.run("python", "-m", "scripts.regenerate", *session.posargs)
    if "--check" not in session.posargs:
        session.run("pytest")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check (generated code is excluded)."""
    session.install(RUFF)
    targets = ["closeext", "tests", "scripts", "noxfile.py"]
    session.run("ruff", "check", *targets)
    session.run("ruff", "format", "--check", *targets)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on closeext, scripts/ and tests/typing (close_api checked as a dependency)."""
    session.install(MYPY)
    _install_project(session, "emulator", "progress", "contract", "spec-diff")
    # The pytest plugin ships in closeext and scripts/ measures closeio and pytest runs,
    # so mypy needs their packages too (the pins the tests use).
    session.install("types-PyYAML", *TEST_DEPS)
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite; extra arguments go to pytest."""
    _install_project(session, "emulator", "progress")
    # The generator too: tests regenerate the client on a copy of the repository.
    session.install(*TEST_DEPS, *_codegen_pins())
    session.run("pytest", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The demo: custom fields, leads and pagination against the embedded emulator."""
    _install_project(session, "emulator", "progress")
    session.run("python", "-m", "scripts.demo", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Contract-test a Close-compatible server (read-only unless --allow-writes).

    `CLOSE_API_KEY=... nox -s contract -- --base-url URL [--allow-writes] [--max-examples N]`
    """
    if not session.posargs:
        session.error("usage: CLOSE_API_KEY=... nox -s contract -- --base-url URL [--allow-writes]")
    _install_project(session, "contract")
    session.run("closeext", "contract", *session.posargs)


@nox.session
def coverage(session: nox.Session) -> None:
    """Every operation of the spec answered by the emulator (`-- --format markdown`)."""
    _install_project(session, "emulator")
    session.run("closeext", "coverage", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks side by side (closeext, raw httpx, the generated client, closeio).

    Prints the table and writes bench-results/bench.md; `-- --quick` for a smoke run.
    """
    _install_project(session, "emulator")
    session.install(*TEST_DEPS)  # closeio, schemathesis and pytest are measured too
    # The harness first (a quick run of every section), so a broken bench fails fast.
    session.run("pytest", "-m", "bench", "tests/bench")
    session.run("python", "-m", "scripts.bench", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """A long, seeded schemathesis campaign against the in-process emulator."""
    _install_project(session, "emulator")
    session.install(*TEST_DEPS)
    args = session.posargs or ["--cases", "20000", "--seed", "1"]
    session.run("python", "scripts/fuzz.py", *args)


@nox.session
def soak(session: nox.Session) -> None:
    """Mixed traffic with faults and bad inputs on loopback; exits 1 on lost/duplicated/5xx."""
    _install_project(session, "emulator")
    args = session.posargs or ["--seconds", "120", "--seed", "1"]
    session.run("python", "scripts/soak.py", *args)
