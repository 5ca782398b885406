"""The ``closeext`` command: the user-facing tools, one subcommand each.

    closeext emulator [--port N] [--api-key KEY] ...   a local Close emulator   [emulator]
    closeext contract --base-url URL [--allow-writes]   contract-test a server   [contract]
    closeext spec-diff OLD NEW | --coverage UPSTREAM    compare OpenAPI specs    [spec-diff]
    closeext coverage [--format markdown]               the emulator's coverage  [emulator]

Each needs the optional dependencies named in brackets (``pip install 'closeext[contract]'``);
without them the command says which extra to install instead of failing with a traceback.
Repository tools (codegen, regenerate, bench, fuzz, demo) are not part of it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["COMMANDS", "main"]

EXIT_USAGE = 2


@dataclass(frozen=True)
class Command:
    """A subcommand: the module whose ``main(argv)`` runs it and the extra it needs."""

    module: str
    extra: str
    needs: tuple[str, ...]
    summary: str


COMMANDS: dict[str, Command] = {
    "emulator": Command(
        "closeext.emulator.__main__",
        "emulator",
        ("starlette", "uvicorn", "jsonschema", "yaml"),
        "serve a stateful local emulator of the Close API",
    ),
    "contract": Command(
        "closeext.tools.contract",
        "contract",
        ("schemathesis", "yaml", "jsonschema"),
        "check that a Close-compatible server answers as the spec says (read-only by default)",
    ),
    "spec-diff": Command(
        "closeext.tools.spec_diff",
        "spec-diff",
        ("yaml",),
        "report the changes between two specs, or our coverage of Close's published one",
    ),
    "coverage": Command(
        "closeext.tools.coverage",
        "emulator",
        ("starlette", "uvicorn", "jsonschema", "yaml"),
        "check that the emulator answers every operation of the spec",
    ),
}


def _usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {command.summary}" for name, command in COMMANDS.items()]
    return "usage: closeext COMMAND [ARGS...]   (closeext COMMAND --help)\n\ncommands:\n" + (
        "\n".join(lines)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``closeext COMMAND ARGS...``; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(_usage())
        return 0 if args else EXIT_USAGE
    name, rest = args[0], args[1:]
    command = COMMANDS.get(name)
    if command is None:
        print(f"closeext: unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return EXIT_USAGE
    try:
        run: Callable[[list[str]], int] = importlib.import_module(command.module).main
        return run(rest)
    except ModuleNotFoundError as missing:
        top = (missing.name or "").split(".")[0]
        if top not in command.needs:
            raise
        print(
            f"closeext {name} needs the {command.extra!r} extra: "
            f"pip install 'closeext[{command.extra}]' (missing module: {top})",
            file=sys.stderr,
        )
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
