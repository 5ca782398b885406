"""Run a project task from a fresh clone with nothing but Python 3.11+.

    python3 scripts/bootstrap.py demo     # the demo, on the embedded emulator
    python3 scripts/bootstrap.py test     # the whole test suite, exactly as CI runs it
    python3 scripts/bootstrap.py -s fuzz  # any other nox arguments

It makes a private virtual environment under ``.nox/_bootstrap`` holding pinned nox and uv
(only the first run downloads them), then hands over to nox, which builds one reused
virtual environment per session. Standard library only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".nox" / "_bootstrap"
# Pinned so that every clone and CI runs the same runner; uv makes session installs fast.
REQUIREMENTS = ("nox==2026.10.20", "uv==0.13.8")
# What `test` means: everything CI checks, in the order that fails fastest.
TEST_SESSIONS = ("check_generated", "lint", "typecheck", "tests")
ALIASES = {"test": ["-s", *TEST_SESSIONS], "demo": ["-s", "demo"]}


def _python() -> Path:
    return HOME / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    marker = HOME / "requirements.txt"
    wanted = "\n".join((*REQUIREMENTS, f"# {sys.executable} {sys.version}")) + "\n"
    if marker.exists() and marker.read_text() == wanted and _python().exists():
        return _python()
    print(f"bootstrap: preparing {HOME.relative_to(ROOT)} ({', '.join(REQUIREMENTS)})", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(HOME)
    subprocess.run(
        [
            str(_python()),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *REQUIREMENTS,
        ],
        check=True,
    )
    marker.write_text(wanted)
    return _python()


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - users may run an older python3
        print("closeext needs Python 3.11 or newer", file=sys.stderr)
        return 2
    if not argv:
        print(__doc__)
        return 2
    args = ALIASES.get(argv[0], argv[:1]) + argv[1:]
    try:
        python = ensure_environment()
    except subprocess.CalledProcessError as exc:
        print(f"bootstrap: installing the runner failed ({exc})", file=sys.stderr)
        return 1
    # The runner's venv is made from the interpreter that started us, and sessions inherit it,
    # so `python3.12 scripts/bootstrap.py test` tests on 3.12.
    command = [str(python), "-m", "nox", *args]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
