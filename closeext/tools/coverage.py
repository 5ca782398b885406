"""Does the emulator answer every operation of the spec? One real, valid request each.

    closeext coverage [--format text|markdown]

For every operationId in ``spec/close.openapi.yaml`` this checks two things: that the
emulator has a handler for it, and that one authenticated request with valid data,
sent over HTTP to a freshly started emulator, gets a 2xx answer. It prints a table and
``N of M operations answered``, and exits 1 when any operation is not answered.

The valid data is built from the spec alone, with no table of per-operation bodies, so a
new operation is covered the day it is added to the spec:

* a body holds only its required properties, each given the simplest value its schema
  allows; conditional requirements (``if``/``then``) are filled in until the body
  validates;
* an id (a string whose ``pattern`` names a prefix such as ``^lead_``) comes from an
  object created first, by the operation whose response links say it makes such ids;
  ids that no operation creates (users, the organization) are read from list answers;
* path parameters of an operation that a create links to (``links`` in the spec) are
  taken from that link, so ``get_shared_custom_field_contact_association`` reads an
  association that was created with ``object_type: contact``;
* operations that destroy something (``DELETE``, and a ``POST`` that creates nothing,
  such as a merge) get objects of their own, so nothing that other rows use disappears.

The requests are built by ``_coverage_builder.py``; the spec is read by ``_spec_walk.py``,
which ``contract.py`` shares.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from ._coverage_builder import Builder, CoverageError, CreateFailed, short_answer
from ._coverage_builder import Exchange as Exchange
from ._paths import pinned_spec_path
from ._spec_walk import Link as Link
from ._spec_walk import Spec, SpecOperation, SpecWalkError

SPEC_PATH = pinned_spec_path()
API_KEY = "coverage_key_0001"


@dataclasses.dataclass(frozen=True)
class Row:
    """The verdict for one operation."""

    operation_id: str
    label: str
    has_handler: bool
    status: int | None
    note: str

    @property
    def answered(self) -> bool:
        return self.has_handler and self.status is not None and 200 <= self.status < 300


def check_operations(
    *, spec_path: Path = SPEC_PATH, handlers: Mapping[str, Any] | None = None
) -> list[Row]:
    """One row per operation of the spec at ``spec_path``, served by a fresh emulator.

    ``handlers`` replaces the emulator's operationId → handler mapping (to show what
    a missing handler looks like); by default the emulator's own is used.
    """
    from closeext.emulator import create_app
    from closeext.emulator._server import ServerThread

    spec = Spec.from_path(spec_path)
    app = create_app(api_keys=[API_KEY], spec_path=spec_path)
    emulator = app.state.emulator
    # Operations between two members (send-as) need colleagues; no operation of the API
    # adds a member with an API key, so they are seeded here, as a real organization has.
    org, _ = emulator.world.authenticate(API_KEY)
    for number in (1, 2):
        org.add_user("Coverage", f"Colleague {number}", f"colleague{number}@coverage.invalid")
    if handlers is not None:
        emulator.handlers = handlers
    known: Mapping[str, Any] = emulator.handlers
    rows = []
    with (
        ServerThread(app) as server,
        httpx.Client(base_url=server.base_url, auth=(API_KEY, ""), timeout=30.0) as client,
    ):
        builder = Builder(spec, client)
        for op in spec.operations.values():
            rows.append(_check_one(builder, op, has_handler=op.operation_id in known))
    return rows


def _check_one(builder: Builder, op: SpecOperation, *, has_handler: bool) -> Row:
    # What DELETE or a merge destroys must be its own, so other rows keep their objects.
    destroys = op.method == "DELETE" or (
        op.method == "POST" and op.operation_id not in builder.creates
    )
    try:
        if op.operation_id in builder.creates and not destroys:
            exchange = builder.create(op.operation_id, fresh=False, variant={})
        else:
            exchange = builder.send(op, fresh=destroys, variant={})
    except CreateFailed as exc:
        if exc.operation_id != op.operation_id:
            return Row(op.operation_id, op.label, has_handler, None, f"not sent: {exc}")
        exchange = exc.exchange
    except (CoverageError, SpecWalkError) as exc:
        return Row(op.operation_id, op.label, has_handler, None, f"not sent: {exc}")
    except httpx.HTTPError as exc:
        return Row(op.operation_id, op.label, has_handler, None, f"no answer: {exc}")
    note = "ok" if 200 <= exchange.status < 300 else short_answer(exchange)
    if not has_handler:
        note = f"no handler; {note}"
    return Row(op.operation_id, op.label, has_handler, exchange.status, note)


def render(rows: Sequence[Row], fmt: str = "text") -> str:
    """The table and the ``N of M operations answered`` line."""
    header = ("operation", "request", "handler", "status", "result")
    table = [
        (
            row.operation_id,
            row.label,
            "yes" if row.has_handler else "MISSING",
            "-" if row.status is None else str(row.status),
            "answered" if row.answered else f"NOT ANSWERED ({row.note})",
        )
        for row in rows
    ]
    answered = sum(row.answered for row in rows)
    summary = f"{answered} of {len(rows)} operations answered"
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in table]
        return "\n".join([*lines, "", f"**{summary}**"])
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(r[:-1], widths, strict=True))
        + "  "
        + r[-1]
        for r in [header, *table]
    ]
    return "\n".join([*lines, "", summary])


def main(
    argv: Sequence[str] | None = None,
    *,
    handlers: Mapping[str, Any] | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """The command line; ``handlers`` and ``out`` let tests swap the handlers and the output."""
    parser = argparse.ArgumentParser(prog="closeext coverage", description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=["text", "markdown"], default="text")
    args = parser.parse_args(argv)
    rows = check_operations(handlers=handlers)
    out(render(rows, args.format))
    return 0 if rows and all(row.answered for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
