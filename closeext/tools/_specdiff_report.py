"""The change report of ``spec_diff``: what a change is, and the report as text or Markdown.

:class:`ChangeKind` names every kind of difference; whether one is breaking is decided in
``_specdiff_changes``, which fills a :class:`Report` with :class:`Change` rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    """What changed. The verdict per kind and side is in ``_specdiff_changes._VERDICTS``."""

    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_ID_CHANGED = "operation-id-changed"
    TAG_CHANGED = "tag-changed"
    PATH_PARAMETER_RENAMED = "path-parameter-renamed"
    PARAMETER_ADDED = "parameter-added"
    REQUIRED_PARAMETER_ADDED = "required-parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_MADE_REQUIRED = "parameter-made-required"
    PARAMETER_MADE_OPTIONAL = "parameter-made-optional"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUIRED_REQUEST_BODY_ADDED = "required-request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_MADE_REQUIRED = "request-body-made-required"
    REQUEST_BODY_MADE_OPTIONAL = "request-body-made-optional"
    MEDIA_TYPE_CHANGED = "media-type-changed"
    STATUS_ADDED = "status-added"
    SUCCESS_STATUS_REMOVED = "success-status-removed"
    ERROR_STATUS_REMOVED = "error-status-removed"
    PROPERTY_ADDED = "property-added"
    REQUIRED_PROPERTY_ADDED = "required-property-added"
    PROPERTY_REMOVED = "property-removed"
    MADE_REQUIRED = "made-required"
    MADE_OPTIONAL = "made-optional"
    TYPE_WIDENED = "type-widened"
    TYPE_NARROWED = "type-narrowed"
    TYPE_CHANGED = "type-changed"
    FORMAT_CHANGED = "format-changed"
    MADE_NULLABLE = "made-nullable"
    MADE_NON_NULLABLE = "made-non-nullable"
    ENUM_VALUES_ADDED = "enum-values-added"
    ENUM_VALUES_REMOVED = "enum-values-removed"
    ENUM_ADDED = "enum-added"
    ENUM_REMOVED = "enum-removed"
    VARIANT_ADDED = "variant-added"
    VARIANT_REMOVED = "variant-removed"
    COMPOSITION_CHANGED = "composition-changed"


@dataclass(frozen=True)
class Change:
    """One difference between two specs.

    Attributes:
        kind: what changed (a :class:`ChangeKind`, which is a ``str``).
        operation: the operation it belongs to, e.g. ``GET /lead/{lead_id}/ (get_lead)``.
        location: where in the operation, e.g. ``response 200: contacts[].emails[].type``.
        detail: what changed there, e.g. ``type string -> integer``.
        breaking: whether code using a client generated from the old spec can break.
        reason: one line saying why it is (or is not) breaking.
    """

    kind: ChangeKind
    operation: str
    location: str
    detail: str
    breaking: bool
    reason: str


@dataclass
class Report:
    """The changes from one spec to another, in operation order."""

    changes: list[Change] = field(default_factory=list)
    old_version: str = ""
    new_version: str = ""

    @property
    def breaking(self) -> bool:
        """True when any change is breaking."""
        return any(c.breaking for c in self.changes)

    def render_text(self) -> str:
        """The report as plain text."""
        return _render(self, markdown=False)

    def render_markdown(self) -> str:
        """The report as Markdown for a pull request description."""
        return _render(self, markdown=True)


# --------------------------------------------------------------------------- rendering


def _render(report: Report, *, markdown: bool) -> str:
    changes = report.changes
    removed = [c for c in changes if c.kind is ChangeKind.OPERATION_REMOVED]
    added = [c for c in changes if c.kind is ChangeKind.OPERATION_ADDED]
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        if change.kind not in (ChangeKind.OPERATION_REMOVED, ChangeKind.OPERATION_ADDED):
            grouped.setdefault(change.operation, []).append(change)
    count = sum(c.breaking for c in changes)
    versions = ""
    if report.old_version or report.new_version:
        versions = f" (version {report.old_version or '?'} -> {report.new_version or '?'})"
    summary = f"{len(changes)} change(s), {count} breaking{versions}"
    if not changes:
        summary = f"No changes{versions}."
    if markdown:
        return _markdown(summary, removed, added, grouped)
    lines = [summary]
    for title, items in (("Operations removed", removed), ("Operations added", added)):
        if items:
            lines += ["", f"{title}:"]
            lines += [f"  {_flag(c)} {c.operation}\n      {c.reason}" for c in items]
    if grouped:
        lines += ["", "Operations changed:"]
        for operation, items in grouped.items():
            lines.append(f"  {operation}")
            for c in items:
                lines += [f"    {_flag(c)} {c.location}: {c.detail}", f"        {c.reason}"]
    return "\n".join(lines)


def _flag(change: Change) -> str:
    return "[BREAKING]" if change.breaking else "[ok]      "


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(
    summary: str, removed: list[Change], added: list[Change], grouped: dict[str, list[Change]]
) -> str:
    badge = "**BREAKING**"
    lines = ["## OpenAPI spec changes", "", f"**{summary}**"]
    if removed:
        lines += ["", "### Operations removed", ""]
        lines += [f"- {badge} `{c.operation}`: {c.reason}" for c in removed]
    if added:
        lines += ["", "### Operations added", ""]
        lines += [f"- `{c.operation}`" for c in added]
    if grouped:
        lines += ["", "### Operations changed"]
        for operation, items in grouped.items():
            lines += [
                "",
                f"#### `{operation}`",
                "",
                "| | Where | Change | Why |",
                "|---|---|---|---|",
            ]
            for c in items:
                flag = badge if c.breaking else "ok"
                row = [flag, f"`{_cell(c.location)}`", _cell(c.detail), _cell(c.reason)]
                lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
