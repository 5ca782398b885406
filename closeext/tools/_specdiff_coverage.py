"""The coverage report of ``spec_diff``: which upstream operations ours has, and who types what.

Operations are matched as in the change report (path parameter names blanked, so
``/group/{group_id}/`` is ``/group/{id}/``), with trailing slashes ignored as well. An upstream
operation ours has no exact match for is still covered by our *expansions* of it: our paths
that spell a template segment out as a literal (upstream ``/custom_field_schema/{object_type}/``,
ours ``/custom_field_schema/lead/``); the last template segment may also stand for a literal
followed by one parameter (ours ``/custom_field_schema/activity/{custom_activity_type_id}/``),
as Close's ``object_type`` values ``activity/<id>`` do. An operation of ours that matches an
upstream one exactly never counts as another's expansion (``GET /blocked_phone_number/settings/``
does not cover ``GET /blocked_phone_number/{id}/``). A body counts as typed when its schema
says anything about the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._specdiff_model import MAX_DEPTH, Op, Spec, body_media, plain_shape

_SCALARS = frozenset({"string", "integer", "number", "boolean"})


@dataclass
class CoverageReport:
    """How our spec covers the upstream one.

    Attributes:
        upstream_total: operations in the upstream spec.
        covered: upstream operations ours has (upstream labels).
        missing: upstream operations ours lacks.
        ours_only: our operations upstream does not list.
        typed_by_ours: (our operation, body) pairs ours types and upstream leaves untyped;
            a body is ``request body`` or ``response <status>``.
        typed_by_upstream_only: the reverse, bodies upstream types and ours does not.
    """

    upstream_total: int
    covered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    ours_only: list[str] = field(default_factory=list)
    typed_by_ours: list[tuple[str, str]] = field(default_factory=list)
    typed_by_upstream_only: list[tuple[str, str]] = field(default_factory=list)

    @property
    def percent(self) -> int:
        """Share of upstream operations ours has, rounded to a whole percent."""
        return round(100 * len(self.covered) / self.upstream_total) if self.upstream_total else 100

    @property
    def summary(self) -> str:
        """One line with the counts."""
        return (
            f"ours covers {len(self.covered)} of {self.upstream_total} upstream operations "
            f"({self.percent}%); types {len(self.typed_by_ours)} request/response bodies "
            "upstream leaves untyped"
        )

    def render_text(self) -> str:
        """The report as plain text."""
        lines = [self.summary]
        for title, items in self._sections():
            lines += ["", f"{title} ({len(items)}):"] + [f"  {item}" for item in items]
        return "\n".join(lines)

    def render_markdown(self) -> str:
        """The report as Markdown, long lists folded."""
        lines = ["## Coverage of the upstream spec", "", f"**{self.summary}**"]
        for title, items in self._sections():
            lines += ["", f"### {title} ({len(items)})", "", "<details><summary>list</summary>", ""]
            lines += [f"- `{item}`" for item in items] + ["", "</details>"]
        return "\n".join(lines)

    def _sections(self) -> list[tuple[str, list[str]]]:
        sections = [
            ("Upstream operations ours lacks", self.missing),
            ("Bodies ours types where upstream does not", _joined(self.typed_by_ours)),
            ("Bodies upstream types where ours does not", _joined(self.typed_by_upstream_only)),
            ("Operations only ours has", self.ours_only),
        ]
        return [(title, items) for title, items in sections if items]


def _joined(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{operation} {where}" for operation, where in pairs]


def _is_typed(spec: Spec, schema: Any, depth: int = 0) -> bool:
    """Whether a schema says anything about the data (not missing, ``{}`` or "Any type")."""
    node, _ = spec.resolve(schema)
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return False
    for key in ("allOf", "oneOf", "anyOf"):
        members = node.get(key)
        if isinstance(members, list) and any(_is_typed(spec, m, depth + 1) for m in members):
            return True
    shape = plain_shape(node)
    if shape.types & _SCALARS or shape.enum or shape.properties:
        return True
    if shape.additional is not None and _is_typed(spec, shape.additional, depth + 1):
        return True
    return shape.items is not None and _is_typed(spec, shape.items, depth + 1)


def coverage(ours: dict[str, Any], upstream: dict[str, Any]) -> CoverageReport:
    """Compare our spec's operations and body typing with the upstream spec's.

    Raises:
        SpecError: either document is not OpenAPI 3.x or has an unresolvable ``$ref``.
    """
    mine, theirs = Spec(ours, "our spec"), Spec(upstream, "upstream spec")
    prefixes = {mine.server_prefix(), theirs.server_prefix()}
    our_ops = mine.operations(prefixes, loose=True)
    their_ops = theirs.operations(prefixes, loose=True)
    report = CoverageReport(upstream_total=len(their_ops))
    # Ours that match no upstream operation exactly may expand an upstream template.
    spare = {key: op for key, op in our_ops.items() if key not in their_ops}
    expansions: set[tuple[str, str]] = set()
    for key, their_op in their_ops.items():
        exact = our_ops.get(key)
        matched = [exact] if exact is not None else []
        if exact is None:
            pattern = _template(key[1])
            for our_key, op in spare.items():
                if our_key[0] == key[0] and pattern.fullmatch(our_key[1]):
                    matched.append(op)
                    expansions.add(our_key)
        if not matched:
            report.missing.append(their_op.label)
            continue
        report.covered.append(their_op.label)
        for our_op in matched:
            for where, our_schema, their_schema in _bodies(mine, our_op, theirs, their_op):
                we_type, they_type = _is_typed(mine, our_schema), _is_typed(theirs, their_schema)
                if we_type and not they_type:
                    report.typed_by_ours.append((our_op.label, where))
                elif they_type and not we_type:
                    report.typed_by_upstream_only.append((our_op.label, where))
    report.ours_only = [op.label for key, op in spare.items() if key not in expansions]
    return report


def _template(key_path: str) -> re.Pattern[str]:
    """What an upstream (blanked) path template matches among our blanked paths.

    Each ``{}`` segment matches ours ``{}`` or a literal segment; the last one may also match
    a literal followed by one ``{}`` segment (``activity/{}`` for ``{object_type}``).
    """
    segments = key_path.split("/")
    last = max((i for i, part in enumerate(segments) if part == "{}"), default=-1)
    parts = []
    for i, part in enumerate(segments):
        if part != "{}":
            parts.append(re.escape(part))
        elif i == last:
            parts.append(r"(?:\{\}|[^/{}]+(?:/\{\})?)")
        else:
            parts.append(r"(?:\{\}|[^/{}]+)")
    return re.compile("/".join(parts))


def _bodies(mine: Spec, our_op: Op, theirs: Spec, their_op: Op) -> list[tuple[str, Any, Any]]:
    """The request body and each success response, as (where, our schema, their schema)."""
    pairs = [
        (
            "request body",
            body_media(mine.request_body(our_op))[1],
            body_media(theirs.request_body(their_op))[1],
        )
    ]
    our_res, their_res = mine.responses(our_op), theirs.responses(their_op)
    their_success = sorted(c for c in their_res if c.startswith("2"))
    for code in sorted(c for c in our_res if c.startswith("2")):
        # Ours may document 201 where upstream says 200; compare with upstream's first success.
        other = their_res.get(code) or (their_res[their_success[0]] if their_success else None)
        pairs.append((f"response {code}", body_media(our_res[code])[1], body_media(other)[1]))
    return pairs
