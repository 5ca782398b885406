"""Adopt a new version of the Close spec: validate, report, pin, regenerate.

    python -m scripts.regenerate NEW_SPEC            # a path, or an http(s) URL
    python -m scripts.regenerate NEW_SPEC --check    # change nothing; exit 1 if breaking

Steps: validate NEW_SPEC as OpenAPI; print the change report against the pinned spec
(``closeext spec-diff``); write it as ``spec/close.openapi.yaml``; re-lock
``spec/spec.lock`` (new sha256 and version); regenerate ``generated/close_api/``. The nox
session ``regenerate`` then runs the test suite. With ``--check`` nothing is written, and
the exit status says whether the change breaks client users (1) or not (0).

Exit status 2 means the new spec could not be read or is not valid OpenAPI.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from closeext.tools import spec_diff
from scripts import codegen

FETCH_TIMEOUT = 30.0


class RegenerateError(Exception):
    """A refusal with a message for the user."""


def read_source(source: str) -> bytes:
    """The bytes of NEW_SPEC, from a file or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=FETCH_TIMEOUT) as response:
                data: bytes = response.read()
                return data
        except OSError as exc:
            raise RegenerateError(f"cannot fetch {source}: {exc}") from None
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise RegenerateError(f"cannot read {source}: {exc.strerror or exc}") from None


def parse(raw: bytes, source: str) -> dict[str, Any]:
    try:
        loaded = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise RegenerateError(f"{source} is neither JSON nor YAML: {exc}") from None
    if not isinstance(loaded, dict):
        raise RegenerateError(f"{source} is not an OpenAPI document (not a mapping)")
    return loaded


def validate(spec: dict[str, Any], source: str) -> None:
    from openapi_spec_validator import validate as validate_spec

    try:
        validate_spec(spec)
    except Exception as exc:  # the validator raises several unrelated exception types
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RegenerateError(f"{source} is not valid OpenAPI: {first_line}") from None
    version = spec.get("info", {}).get("version")
    if not isinstance(version, str) or not version.strip():
        raise RegenerateError(f"{source} has no info.version; the lock records it")


def as_yaml(raw: bytes, spec: dict[str, Any]) -> bytes:
    """Keep a YAML source byte for byte; turn JSON into YAML (the pinned file is YAML)."""
    try:
        json.loads(raw)
    except ValueError:
        return raw
    text: str = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
    return text.encode("utf-8")


def adopt(spec_bytes: bytes) -> None:
    """Write the spec and its lock, then regenerate; on failure put both back as they were."""
    saved = codegen.SPEC.read_bytes(), codegen.LOCK.read_bytes()
    try:
        codegen.SPEC.write_bytes(spec_bytes)
        lock = codegen.write_lock()
        codegen.generate()
    except BaseException:
        codegen.SPEC.write_bytes(saved[0])
        codegen.LOCK.write_bytes(saved[1])
        raise
    print(f"pinned spec version {lock.version} (sha256 {lock.sha256[:12]}…)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new_spec", help="path or http(s) URL of the new spec")
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if breaking")
    parser.add_argument("--format", choices=["text", "markdown"], default="text")
    args = parser.parse_args(argv)
    try:
        raw = read_source(args.new_spec)
        new = parse(raw, args.new_spec)
        validate(new, args.new_spec)
        old = spec_diff.load_spec(codegen.SPEC)
        report = spec_diff.diff_specs(old, new)
        print(report.render_markdown() if args.format == "markdown" else report.render_text())
        if args.check:
            return 1 if report.breaking else 0
        adopt(as_yaml(raw, new))
    except (RegenerateError, spec_diff.SpecError) as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2
    except codegen.CodegenError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
