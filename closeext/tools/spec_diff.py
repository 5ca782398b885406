"""Compare two OpenAPI 3.x specs, or measure our spec against Close's published one.

Two reports, both as plain text or as Markdown for a pull request:

* **Change report** between an OLD and a NEW spec. Every change is flagged BREAKING or not, from
  the point of view of code that uses a client generated from the spec by openapi-python-client.
* **Coverage report**: which of the upstream spec's operations ours has, which it lacks, and
  where ours gives a typed schema for a body the upstream spec leaves untyped.

Usage::

    closeext spec-diff OLD NEW [--format text|markdown] [--check]
    closeext spec-diff --coverage UPSTREAM [--ours SPEC] [--format text|markdown]

Exit codes: 0 normally; 1 with ``--check`` when any change is breaking (the report is printed
either way); 2 on unreadable or invalid input, with one line on stderr and no traceback.

Python API: :func:`load_spec`, :func:`diff_specs` (returns a :class:`Report`) and
:func:`coverage` (returns a :class:`CoverageReport`).

Decisions
---------
* An operation is its method plus its path with the path parameter *names* blanked, so
  ``/lead/{id}/`` and ``/lead/{lead_id}/`` are one operation. A renamed path parameter is one
  ``path-parameter-renamed`` change, flagged BREAKING: the URL is the same, but the generated
  function's keyword argument takes the new name, so ``get_lead.sync(id=...)`` stops working.
* Requests and responses are judged in opposite directions. Widening what the server accepts is
  safe and narrowing it breaks callers. Narrowing what the server returns is safe and widening it
  breaks readers. So a response field made nullable is breaking (code gets ``None``), and the
  same change to a request field is not.
* A new response enum value is breaking, because generated clients check enums while parsing
  (``check_*()`` raises TypeError with ``literal_enums``; Enum classes raise ValueError).
* Removing a documented success status is breaking, because the client stops parsing it.
  Removing an error status is not, because closeext maps errors by HTTP status, not by body model.
* A change of operationId or first tag is breaking, because the generator names the function
  after the operationId and places its module under the first tag.
* A path prefix found in either spec's ``servers[0].url`` (``/api/v1``) is stripped from paths
  before matching, so specs that put the prefix in the server URL and specs that put it in the
  paths line up. The coverage report also ignores trailing slashes when matching.

The work is done by modules next to this one, one concern each: ``_specdiff_model`` reads a
spec (``$ref``s, operations, schema shapes), ``_specdiff_changes`` finds the changes and
judges them, ``_specdiff_report`` holds and renders the change report, and
``_specdiff_coverage`` builds the coverage report. This module is the command line and the
public API; import from here.
"""

from __future__ import annotations

import argparse
import os
import sys

from ._paths import pinned_spec_path
from ._specdiff_changes import _VERDICTS as _VERDICTS
from ._specdiff_changes import diff_specs
from ._specdiff_coverage import CoverageReport, coverage
from ._specdiff_model import HTTP_METHODS as HTTP_METHODS
from ._specdiff_model import SpecError, load_spec, one_line
from ._specdiff_report import Change, ChangeKind, Report

__all__ = [
    "Change",
    "ChangeKind",
    "CoverageReport",
    "Report",
    "SpecError",
    "coverage",
    "diff_specs",
    "load_spec",
    "main",
]

DEFAULT_OURS = pinned_spec_path()


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="closeext spec-diff",
        description="Report changes between two OpenAPI specs, or coverage of an upstream spec.",
    )
    parser.add_argument("old", nargs="?", metavar="OLD", help="the spec before the change")
    parser.add_argument("new", nargs="?", metavar="NEW", help="the spec after the change")
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    parser.add_argument("--check", action="store_true", help="exit 1 when a change is breaking")
    parser.add_argument("--coverage", metavar="UPSTREAM", help="report coverage of this spec")
    parser.add_argument(
        "--ours", metavar="SPEC", help="our spec for --coverage (default: spec/close.openapi.yaml)"
    )
    args = parser.parse_args(argv)
    if args.coverage and (args.old or args.new or args.check):
        parser.error("--coverage takes no OLD/NEW and no --check")
    if not args.coverage and (not args.new or args.ours):
        parser.error("give OLD and NEW, or --coverage UPSTREAM [--ours SPEC]")
    try:
        result: Report | CoverageReport
        if args.coverage:
            result = coverage(load_spec(args.ours or DEFAULT_OURS), load_spec(args.coverage))
        else:
            result = diff_specs(load_spec(args.old), load_spec(args.new))
    except SpecError as exc:
        print(f"spec_diff: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except (RecursionError, TypeError, ValueError, AttributeError, KeyError) as exc:
        # A document shaped in a way we did not foresee: still one line, never a traceback.
        print(
            f"spec_diff: error: cannot interpret the spec ({type(exc).__name__})", file=sys.stderr
        )
        return 2
    try:
        print(result.render_markdown() if args.format == "markdown" else result.render_text())
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): not our error. Point stdout at devnull so the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if args.check and isinstance(result, Report) and result.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
