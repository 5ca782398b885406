"""Contract test: does a Close-compatible server still answer the way the spec says?

    CLOSE_API_KEY=... closeext contract --base-url https://api.close.com/api/v1/
        [--allow-writes] [--max-examples N] [--seed N] [--format text|markdown]

Runs the schemathesis campaign the emulator is fuzzed with (same checks, same
configuration, ``rejections_depend_on_state`` included; see :mod:`._contract_checks`)
against the server at ``--base-url`` over HTTP,
with the key from ``CLOSE_API_KEY`` (HTTP Basic, the key as user name, empty password).
It reports every operation where the server and the spec disagree, with the check, a
one-line reason and a minimal reproduction (method, path, status), then a summary line.
Exit status: 0 when they agree, 1 on any disagreement (or a run that could not finish
cleanly), 2 on bad usage (no key, a malformed URL, a server that cannot be reached or
that refuses the key).

Read-only by default: only GET operations are tested, nothing else is ever sent, and
the stateful phase (which creates objects) is off. ``--allow-writes`` tests every
operation and the linked workflows, under three rules that keep a real account safe:

* every name or label a request sends starts with ``closeext-contract-<run id>``, so
  what the run made is easy to recognise;
* a write may only name objects this run created: an id in the path that the run did
  not create, or an id in the body that the server showed as someone else's, is
  replaced by one that cannot exist; a ``PUT`` that names no object at all (it would
  change the organization's own settings, e.g. the order of its custom fields) is
  never sent;
* every object created is deleted afterwards, newest first; whatever could not be
  deleted, or still carries the run's prefix afterwards, is reported (and fails the run).


The work is split by concern into modules next to this one: ``_contract_guard.py`` keeps
writes to the run's own objects, ``_contract_campaign.py`` runs the campaign and cleans up,
and ``_spec_walk.py`` (shared with ``coverage.py``) reads the spec. This module is
the command line and the report.
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlsplit

from ._contract_campaign import (
    KEY_VARIABLE,
    REQUEST_TIMEOUT,
    STATEFUL_STEPS,
    SWEEP_PAGES,
    Campaign,
    Disagreement,
    Report,
    UsageError,
)
from ._contract_guard import (
    NAME_KEYS,
    NOT_CREATED,
    PARENT_KEY,
    PARENT_PREFIX,
    SAFE_METHODS,
    Created,
    RefusedWrite,
    WriteGuard,
)
from ._spec_walk import Spec, SpecOperation

__all__ = [
    "DEFAULT_MAX_EXAMPLES",
    "EXIT_DISAGREEMENT",
    "EXIT_OK",
    "EXIT_USAGE",
    "KEY_VARIABLE",
    "NAME_KEYS",
    "NOT_CREATED",
    "PARENT_KEY",
    "PARENT_PREFIX",
    "REQUEST_TIMEOUT",
    "SAFE_METHODS",
    "STATEFUL_STEPS",
    "SWEEP_PAGES",
    "Campaign",
    "Created",
    "Disagreement",
    "RefusedWrite",
    "Report",
    "Spec",
    "SpecOperation",
    "UsageError",
    "WriteGuard",
    "build_parser",
    "main",
    "masker",
    "render",
]

EXIT_OK, EXIT_DISAGREEMENT, EXIT_USAGE = 0, 1, 2
DEFAULT_MAX_EXAMPLES = 2


def render(report: Report, fmt: str = "text") -> str:
    """The disagreements, errors and leftovers, then one summary line."""
    summary = (
        f"{len(report.disagreements)} disagreement(s) in "
        f"{len({d.operation for d in report.disagreements.values()})} operation(s), "
        f"{len(report.errors)} error(s); {report.cases} cases over {len(report.operations)} "
        f"operations; created {report.created} object(s), deleted {report.deleted} "
        f"(and {report.swept} made as a side effect), left behind {len(report.left_behind)}"
    )
    heading = (
        f"Contract run against {report.base_url} ({report.mode}; seed {report.seed}; "
        f"{report.max_examples} examples per operation and phase; run id {report.run_id})"
    )
    items = sorted(report.disagreements.values(), key=lambda d: (d.label, d.check))
    if fmt == "markdown":
        lines = [f"## {heading}", ""]
        if items:
            lines += [
                "| operation | request | check | reason | reproduction | seen |",
                "|---|---|---|---|---|---|",
            ]
            lines += [
                "| "
                + " | ".join(
                    _cell(x)
                    for x in (d.operation, d.label, d.check, d.reason, d.reproduction, d.cases)
                )
                + " |"
                for d in items
            ]
            lines.append("")
        for title, entries in (("Errors", report.errors), ("Left behind", report.left_behind)):
            if entries:
                lines += [f"**{title}**", "", *(f"- {_cell(e)}" for e in entries), ""]
        return "\n".join([*lines, f"**Summary:** {summary}"])
    lines = [heading, ""]
    for d in items:
        lines += [
            f"DISAGREEMENT {d.operation} ({d.label}) [{d.check}, seen {d.cases} time(s)]",
            f"  reason:    {d.reason}",
            f"  reproduce: {d.reproduction}",
        ]
    for title, entries in (("ERROR", report.errors), ("LEFT BEHIND", report.left_behind)):
        lines += [f"{title} {entry}" for entry in entries]
    if len(lines) > 2:
        lines.append("")
    return "\n".join([*lines, f"summary: {summary}"])


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def masker(api_key: str) -> Callable[[str], str]:
    """A function that hides the key, plain or inside a Basic credential, in any text."""
    secrets_seen = {
        api_key,
        base64.b64encode(f"{api_key}:".encode()).decode(),
        base64.b64encode(api_key.encode()).decode(),
    }

    def mask(text: str) -> str:
        for secret in sorted(secrets_seen, key=len, reverse=True):
            text = text.replace(secret, "***")
        return text

    return mask


def _base_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an http(s) URL, e.g. https://api.close.com/api/v1/"
        )
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closeext contract",
        description=__doc__.split("\n\n")[0],
        epilog=f"The API key is read from the {KEY_VARIABLE} environment variable.",
    )
    parser.add_argument(
        "--base-url",
        required=True,
        type=_base_url,
        metavar="URL",
        help="the API root, e.g. https://api.close.com/api/v1/",
    )
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also test operations that create, change and delete (only the run's own objects)",
    )
    parser.add_argument(
        "--max-examples",
        type=_positive,
        default=DEFAULT_MAX_EXAMPLES,
        help="examples per operation and phase (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generation seed (default: 1)")
    parser.add_argument("--format", choices=["text", "markdown"], default="text")
    return parser


def main(argv: Sequence[str] | None = None, *, env: Mapping[str, str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    api_key = (os.environ if env is None else env).get(KEY_VARIABLE, "").strip()
    if not api_key:
        print(
            f"{parser.prog}: error: set {KEY_VARIABLE} to the API key to test with", file=sys.stderr
        )
        return EXIT_USAGE
    mask = masker(api_key)
    campaign = Campaign(
        base_url=args.base_url,
        api_key=api_key,
        allow_writes=args.allow_writes,
        max_examples=args.max_examples,
        seed=args.seed,
    )
    try:
        campaign.preflight()
    except UsageError as exc:
        print(mask(f"{parser.prog}: error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    try:
        report = campaign.run()
    except Exception as exc:  # one masked line, never a traceback that might hold the key
        print(mask(f"{parser.prog}: the run stopped: {type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_DISAGREEMENT
    print(mask(render(report, args.format)))
    return EXIT_DISAGREEMENT if report.failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
