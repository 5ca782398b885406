"""What may import what (docs/design.md), checked on the source so a slip fails CI."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "closeext"
PURE = ("_retry", "_fields", "_values", "_updates", "_associations", "_helper_errors")
STDLIB = set(sys.stdlib_module_names)


def imports(path: Path) -> set[str]:
    """Absolute top-level names and relative targets (".x") a module imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.add("." * node.level + (node.module or ""))
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("module", PURE)
def test_pure_modules_use_only_the_standard_library(module: str) -> None:
    for name in imports(PACKAGE / f"{module}.py"):
        if name.startswith("."):
            assert name.lstrip(".") in PURE, f"{module} imports {name}"
        else:
            assert name.split(".")[0] in STDLIB | {"__future__"}, f"{module} imports {name}"


def test_the_emulator_never_imports_the_client_side() -> None:
    for path in (PACKAGE / "emulator").rglob("*.py"):
        if path.name == "pytest_plugin.py":
            # The old plugin path, kept as an alias of closeext.tools.pytest_plugin.
            assert imports(path) <= {"__future__", "closeext.tools.pytest_plugin"}
            continue
        for name in imports(path):
            top = name.split(".")[0]
            assert top != "close_api", f"{path} imports {name}"
            assert not (name.startswith("closeext") and not name.startswith("closeext.emulator"))
            # A relative import may climb at most to closeext.emulator itself.
            level = len(name) - len(name.lstrip("."))
            folders_below_closeext = len(path.relative_to(PACKAGE).parts) - 1
            assert level <= folders_below_closeext, f"{path} imports {name}"


def test_the_core_never_imports_the_emulator() -> None:
    for path in PACKAGE.glob("*.py"):
        for name in imports(path):
            assert "emulator" not in name, f"{path.name} imports {name}"


def test_the_core_never_imports_the_tools() -> None:
    # closeext.tools (the command line, the pytest plugin) builds on the core and the
    # emulator; the core must import without either.
    for path in PACKAGE.glob("*.py"):
        for name in imports(path):
            assert not name.startswith(("closeext.tools", ".tools")), f"{path.name}: {name}"


def test_the_pytest_plugin_imports_the_emulator_only_inside_its_fixture() -> None:
    # A project without the emulator extra loads the plugin on every pytest run.
    tree = ast.parse((PACKAGE / "tools" / "pytest_plugin.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            assert "emulator" not in (module or ""), module
