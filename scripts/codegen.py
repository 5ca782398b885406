"""Generate ``generated/close_api/`` from the pinned spec, reproducibly.

Commands (the nox sessions ``generate``, ``check_generated`` and ``regenerate`` call these):

``python scripts/codegen.py lock``
    Record the spec's sha256 and version, and the generator and ruff pins, in ``spec/spec.lock``.
``python scripts/codegen.py generate``
    Refuse unless the lock matches the spec and the installed tools match the pins, then
    regenerate ``generated/close_api/`` from scratch.
``python scripts/codegen.py check``
    Regenerate into a temporary folder and fail, listing the files, on any difference with
    what is committed.
``python scripts/codegen.py pins``
    Print the pinned requirements (one per line), for installing the toolchain.

Standard library only, so it runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "close.openapi.yaml"
LOCK = ROOT / "spec" / "spec.lock"
CONFIG = ROOT / "spec" / "codegen.yaml"
OUTPUT = ROOT / "generated" / "close_api"
# Overrides of a few of the generator's own templates (faster model parsing); see the header
# comment in each for what changed and why.
TEMPLATES = ROOT / "spec" / "templates"

# The generator's output depends on its own version and on ruff's formatting, so both are
# pinned here; `lock` copies them into spec.lock, which is what the nox sessions install.
GENERATOR_PIN = "0.29.1"
RUFF_PIN = "0.17.5"


class CodegenError(Exception):
    """A refusal with a message for the user (printed without a traceback)."""


@dataclass(frozen=True)
class Lock:
    """The content of ``spec/spec.lock``."""

    sha256: str
    version: str
    generator: str
    ruff: str

    def render(self) -> str:
        return (
            "# Written by `python scripts/codegen.py lock` (nox -s regenerate). Do not edit.\n"
            "# `nox -s generate` refuses to run unless this matches spec/close.openapi.yaml.\n"
            f'spec = "{SPEC.name}"\n'
            f'sha256 = "{self.sha256}"\n'
            f'version = "{self.version}"\n'
            f'openapi-python-client = "{self.generator}"\n'
            f'ruff = "{self.ruff}"\n'
        )


def spec_sha256(path: Path = SPEC) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spec_version(path: Path = SPEC) -> str:
    """Read ``info.version`` without a YAML parser: the spec keeps it on one line under info."""
    in_info = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"^info:\s*$", line):
            in_info = True
            continue
        if in_info and re.match(r"^\S", line):
            break
        match = re.match(r"^\s+version:\s*['\"]?([^'\"#]+?)['\"]?\s*(#.*)?$", line)
        if in_info and match:
            return match.group(1)
    raise CodegenError(f"{path.name}: no info.version found")


def read_lock(path: Path = LOCK) -> Lock:
    if not path.exists():
        raise CodegenError(
            f"{path.relative_to(ROOT)} is missing: run `python scripts/codegen.py lock`"
        )
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return Lock(
            sha256=data["sha256"],
            version=data["version"],
            generator=data["openapi-python-client"],
            ruff=data["ruff"],
        )
    except KeyError as exc:
        raise CodegenError(f"{path.name} lacks {exc}") from None


def write_lock() -> Lock:
    lock = Lock(spec_sha256(), spec_version(), GENERATOR_PIN, RUFF_PIN)
    LOCK.write_text(lock.render(), encoding="utf-8")
    return lock


def verify_lock() -> Lock:
    """Refuse to generate from a spec or toolchain the lock does not describe."""
    lock = read_lock()
    actual = spec_sha256()
    if actual != lock.sha256:
        raise CodegenError(
            "spec/close.openapi.yaml does not match spec/spec.lock "
            f"(sha256 {actual[:12]}… vs locked {lock.sha256[:12]}…). "
            "Change the spec through `nox -s regenerate -- NEW_SPEC`, or run "
            "`python scripts/codegen.py lock` after a deliberate hand edit."
        )
    for dist, pinned in (("openapi-python-client", lock.generator), ("ruff", lock.ruff)):
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            raise CodegenError(f"{dist}=={pinned} is not installed") from None
        if installed != pinned:
            raise CodegenError(f"{dist} {installed} is installed but spec.lock pins {pinned}")
    return lock


def _tool(name: str) -> str:
    # Prefer the executable next to this interpreter: the nox venv's pinned copy.
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def page_limits(spec: Path = SPEC) -> dict[str, int]:
    """The maximum ``_limit`` of every operation that declares one, by operationId.

    The generator keeps no parameter's ``maximum``, so it is read here and handed to the
    templates (``closeext_spec_facts.jinja``); pagination then uses the generated
    ``MAX_LIMIT`` and no page size is ever copied by hand. ruamel.yaml is the generator's
    own dependency, so it is present wherever the generator runs.
    """
    from ruamel.yaml import YAML  # only where the generator is installed

    doc = YAML(typ="safe", pure=True).load(spec.read_text(encoding="utf-8"))
    shared = doc.get("components", {}).get("parameters", {})
    limits: dict[str, int] = {}
    for path_item in doc.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            for parameter in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
                maximum = parameter.get("schema", {}).get("maximum")
                if parameter.get("name") == "_limit" and isinstance(maximum, int):
                    limits[operation["operationId"]] = maximum
    return limits


def _template_dir(into: Path) -> Path:
    """spec/templates plus the spec facts the templates need, in a scratch folder."""
    templates = into / "templates"
    shutil.copytree(TEMPLATES, templates)
    facts = ", ".join(f'"{op}": {limit}' for op, limit in sorted(page_limits().items()))
    (templates / "closeext_spec_facts.jinja").write_text(
        "{# Rendered by scripts/codegen.py from the spec; never committed. #}\n"
        f"{{% set page_limits = {{{facts}}} %}}\n",
        encoding="utf-8",
    )
    return templates


def run_generator(destination: Path) -> None:
    """Run openapi-python-client into ``destination`` (which must not exist yet)."""
    with tempfile.TemporaryDirectory() as scratch:
        _run_generator(destination, _template_dir(Path(scratch)))


def _run_generator(destination: Path, templates: Path) -> None:
    env = dict(os.environ)
    # The post-hooks call `ruff`; make sure the pinned one is found first.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(destination),
        "--custom-template-path",
        str(templates),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise CodegenError(f"openapi-python-client failed:\n{proc.stdout}\n{proc.stderr}".strip())


def generate() -> None:
    verify_lock()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "close_api"
        run_generator(fresh)
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, OUTPUT)
    print(f"generated {OUTPUT.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")


def _files(root: Path) -> dict[str, Path]:
    return {
        p.relative_to(root).as_posix(): p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def tree_diff(fresh: Path, committed: Path) -> list[str]:
    """Every difference between a fresh generation and the committed tree, byte for byte."""
    new, old = _files(fresh), _files(committed)
    problems = [f"not committed: {rel}" for rel in sorted(new.keys() - old.keys())]
    problems += [f"committed but not generated: {rel}" for rel in sorted(old.keys() - new.keys())]
    for rel in sorted(new.keys() & old.keys()):
        if new[rel].read_bytes() != old[rel].read_bytes():
            diff = difflib.unified_diff(
                old[rel].read_text(encoding="utf-8").splitlines(),
                new[rel].read_text(encoding="utf-8").splitlines(),
                f"committed/{rel}",
                f"generated/{rel}",
                lineterm="",
            )
            problems.append(f"differs: {rel}\n" + "\n".join(list(diff)[:40]))
    return problems


def check() -> None:
    verify_lock()
    if not OUTPUT.exists():
        raise CodegenError("generated/close_api/ is missing: run `nox -s generate`")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "close_api"
        run_generator(fresh)
        problems = tree_diff(fresh, OUTPUT)
    if problems:
        raise CodegenError(
            "generated/close_api/ is not what the spec generates "
            "(never edit it by hand; run `nox -s generate` and commit):\n" + "\n".join(problems)
        )
    print("generated/close_api/ matches the spec")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", choices=["lock", "generate", "check", "pins"])
    args = parser.parse_args(argv)
    try:
        if args.command == "lock":
            lock = write_lock()
            print(f"locked spec version {lock.version} sha256 {lock.sha256}")
        elif args.command == "generate":
            generate()
        elif args.command == "check":
            check()
        else:
            lock = read_lock() if LOCK.exists() else Lock("", "", GENERATOR_PIN, RUFF_PIN)
            print(f"openapi-python-client=={lock.generator}")
            print(f"ruff=={lock.ruff}")
    except CodegenError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
