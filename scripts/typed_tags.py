"""Write ``tests/typing/typed_every_tag.py``: one typed call per spec tag, for mypy --strict.

    python -m scripts.typed_tags          # rewrite the file from the generated client
    python -m scripts.typed_tags --check  # exit 1 when the committed file is out of date

For every tag of the generated client it picks the simplest read (a facade method whose
required arguments are all ids or strings) and writes it twice — through the facade and
through ``close.call`` — sync and async, each wrapped in ``assert_type`` with the type
the facade declares. mypy then proves that every tag is typed with no ``expect=`` and no
``cast``; ``tests/spec/test_typed_every_tag.py`` fails when a tag is added without
rewriting the file.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "typing" / "typed_every_tag.py"
_SYNC_CALL = re.compile(r"return (\w+)\.sync\(")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MODELS = "close_api.models"


@dataclass(frozen=True)
class Call:
    """One facade method chosen for a tag, with the arguments that call it."""

    tag: str
    method: str
    module: str
    operation: str
    args: str
    kwargs: str
    returns: str
    bodies: tuple[str, ...] = ()


def _facade(package: object) -> type | None:
    for name in getattr(package, "__all__", ()):
        if not name.startswith("Async"):
            cls = getattr(package, name)
            if isinstance(cls, type):
                return cls
    return None


def _choose(tag: str, package_name: str, facade: type) -> Call | None:
    best: tuple[int, Call] | None = None
    for name, member in sorted(vars(facade).items()):
        if name.startswith("_") or name.startswith("paginate") or not callable(member):
            continue
        source = inspect.getsource(member)
        found = _SYNC_CALL.search(source)
        if found is None:
            continue
        signature = inspect.signature(member)
        positional: list[str] = []
        keywords: list[str] = []
        bodies: list[str] = []
        usable = True
        for parameter in list(signature.parameters.values())[1:]:
            if parameter.default is not inspect.Parameter.empty:
                continue
            annotation = parameter.annotation
            if annotation in ("str", str):
                value = '"x"'
            elif isinstance(annotation, type) and annotation.__module__.startswith(_MODELS):
                value = f"{annotation.__name__}.from_dict({{}})"  # a body: never sent
                bodies.append(annotation.__name__)
            else:
                usable = False
                break
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                keywords.append(f"{parameter.name}={value}")
            else:
                positional.append(f'"{parameter.name}_1"')
        annotation = signature.return_annotation
        returns = annotation.__name__ if isinstance(annotation, type) else str(annotation)
        returns = "None" if annotation is None else returns
        if not usable or not all(_NAME.fullmatch(part.strip()) for part in returns.split("|")):
            continue
        operation = found.group(1)
        names = [p.strip('"').removesuffix("_1") for p in positional]
        call_kwargs = [f'{n}="{n}_1"' for n in names] + keywords
        call = Call(
            tag=tag,
            method=name,
            module=package_name,
            operation=operation,
            args=", ".join(positional + keywords),
            kwargs=", ".join(call_kwargs),
            returns=returns,
            bodies=tuple(bodies),
        )
        # Reads first (lists, then gets), deletes last: the file is a type check, never run.
        rank = {"list": 0, "get": 1}.get(name, 50 if name.startswith("delete") else 10)
        cost = rank * 10 + len(positional) + len(keywords) + 100 * len(bodies)
        if best is None or cost < best[0]:
            best = (cost, call)
    return best[1] if best else None


def calls() -> list[Call]:
    """The chosen call of every tag, in tag order."""
    api = importlib.import_module("close_api.api")
    found: list[Call] = []
    for info in sorted(pkgutil.iter_modules(api.__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        package_name = f"close_api.api.{info.name}"
        facade = _facade(importlib.import_module(package_name))
        if facade is None:
            continue
        chosen = _choose(info.name, package_name, facade)
        if chosen is not None:
            found.append(chosen)
    return found


def _args(call: Call) -> str:
    return ", ".join(part for part in (call.operation, call.kwargs) if part)


def render(chosen: list[Call]) -> str:
    """The file's text."""
    models = sorted(
        {part.strip() for c in chosen for part in c.returns.split("|")}.union(
            *(c.bodies for c in chosen)
        )
        - {"None"}
    )
    lines = [
        '"""Written by ``python -m scripts.typed_tags``; do not edit. Type-checked by mypy',
        "--strict, never run: every tag's facade and ``close.call`` are typed from the spec,",
        'with no ``expect=`` and no ``cast``."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import assert_type",
        "",
    ]
    for call in chosen:
        lines.append(f"from {call.module} import {call.operation}")
    lines.append("from close_api.models import (")
    lines += [f"    {model}," for model in models]
    lines += [")", "", "from closeext import AsyncClose, Close", "", ""]
    lines.append("def every_tag(close: Close) -> None:")
    for call in chosen:
        facade = f"close.{call.tag}.{call.method}({call.args})"
        lines.append(f"    assert_type({facade}, {call.returns})")
        lines.append(f"    assert_type(close.call({_args(call)}), {call.returns})")
    lines += ["", ""]
    lines.append("async def every_tag_async(close: AsyncClose) -> None:")
    for call in chosen:
        facade = f"await close.{call.tag}.{call.method}({call.args})"
        lines.append(f"    assert_type({facade}, {call.returns})")
        lines.append(f"    assert_type(await close.call({_args(call)}), {call.returns})")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is out of date")
    args = parser.parse_args(argv)
    text = render(calls())
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python -m scripts.typed_tags")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
