"""Compare two OpenAPI 3.x specs, or measure our spec against Close's published one.

Two reports, both as plain text or as Markdown for a pull request:

* **Change report** between an OLD and a NEW spec. Every change is flagged BREAKING or not, from
  the point of view of code that uses a client generated from the spec by openapi-python-client.
* **Coverage report**: which of the upstream spec's operations ours has, which it lacks, and
  where ours gives a typed schema for a body the upstream spec leaves untyped.

Usage::

    python scripts/spec_diff.py OLD NEW [--format text|markdown] [--check]
    python scripts/spec_diff.py --coverage UPSTREAM [--ours SPEC] [--format text|markdown]

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
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

import yaml

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

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
DEFAULT_OURS = Path(__file__).resolve().parent.parent / "spec" / "close.openapi.yaml"
_PATH_PARAM = re.compile(r"\{([^}/]*)\}")
# Formats that openapi-python-client maps to another Python type (datetime, date, File, UUID).
# A change between other formats leaves the generated code unchanged, so it is not reported.
_TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
# OpenAPI says these header parameters are ignored (they are set from other parts of the spec).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_SCALARS = frozenset({"string", "integer", "number", "boolean"})
# A backstop against pathological nesting; the ref-pair guard stops real recursion long before.
_MAX_DEPTH = 64

Side = Literal["operation", "request", "response"]
_SIDES: dict[str, Side] = {"operation": "operation", "request": "request", "response": "response"}


class SpecError(Exception):
    """A spec that cannot be read, parsed or understood. The CLI prints it on one line."""


# --------------------------------------------------------------------------- loading


def load_spec(path: str | Path) -> dict[str, Any]:
    """Read an OpenAPI 3.x document from a YAML or JSON file and check its outline.

    Raises:
        SpecError: the file cannot be read or parsed, or is not an OpenAPI 3.x document.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SpecError(f"cannot read {file}: {reason}") from None
    # JSON first when it looks like JSON: PyYAML rejects some valid JSON (tabs, for one).
    data: Any
    if file.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"{file} is not valid JSON: {exc}") from None
    else:
        try:
            # The C loader, when PyYAML has it, reads Close's 24k-line spec about 10x faster.
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            raise SpecError(f"{file} is not valid YAML: {_one_line(str(exc))}") from None
    _check_outline(data, str(file))
    return dict(data)


def _check_outline(spec: Any, label: str) -> None:
    if not isinstance(spec, dict):
        raise SpecError(f"{label}: expected an OpenAPI document (a mapping) at the top level")
    version = str(spec.get("openapi", ""))
    if not version.startswith("3."):
        found = f"openapi: {version}" if version else "no 'openapi' field"
        raise SpecError(f"{label}: not an OpenAPI 3.x document ({found})")
    if not isinstance(spec.get("paths", {}), dict):
        raise SpecError(f"{label}: 'paths' must be a mapping")


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- reading a spec


class _Spec:
    """One spec with its local ``$ref``s resolvable and its operations indexed."""

    def __init__(self, data: dict[str, Any], label: str) -> None:
        _check_outline(data, label)
        self.data = data
        self.label = label

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow a chain of ``$ref``s; return where it ends and the last ref followed."""
        ref: str | None = None
        followed: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in followed:
                raise SpecError(f"{self.label}: $ref loop through {ref!r}")
            followed.add(ref)
            node = self._lookup(ref)
        return node, ref

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"{self.label}: only local $refs are supported, found {ref!r}")
        node: Any = self.data
        for part in ref[2:].split("/"):
            key = unquote(part).replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                raise SpecError(f"{self.label}: unresolvable $ref {ref!r}")
            node = node[key]
        return node

    def server_prefix(self) -> str:
        """The path part of ``servers[0].url`` (``/api/v1``), variables at their defaults."""
        servers = self.data.get("servers")
        if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
            return ""
        server = servers[0]
        variables = server.get("variables")
        variables = variables if isinstance(variables, dict) else {}

        def default(match: re.Match[str]) -> str:
            var = variables.get(match.group(1))
            return str(var.get("default", "")) if isinstance(var, dict) else ""

        url = _PATH_PARAM.sub(default, str(server.get("url", "")))
        return urlparse(url).path.rstrip("/")

    def operations(self, prefixes: Iterable[str], *, loose: bool) -> dict[tuple[str, str], _Op]:
        """Index operations by (method, normalised path); ``loose`` ignores trailing slashes."""
        ordered = sorted({p for p in prefixes if p}, key=len, reverse=True)
        found: dict[tuple[str, str], _Op] = {}
        for raw_path, raw_item in self.data.get("paths", {}).items():
            item, _ = self.resolve(raw_item)
            if not isinstance(item, dict):
                continue
            path = _strip_prefix(str(raw_path), ordered)
            key_path = _PATH_PARAM.sub("{}", path)
            if loose:
                key_path = key_path.rstrip("/") or "/"
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    # Two templates differing only in parameter names are invalid OpenAPI;
                    # keep the first rather than fail.
                    found.setdefault((method, key_path), _Op(method, path, node, item))
        return found

    def parameters(self, op: _Op) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
        """Parameters by identity: path ones by position in the template, others by name."""
        positions = {name: i for i, name in enumerate(op.path_params)}
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        # Path-item parameters first, so the operation's own ones override them.
        for source in (op.path_item.get("parameters"), op.node.get("parameters")):
            for raw in source if isinstance(source, list) else []:
                param, _ = self.resolve(raw)
                if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                    continue
                name, where = param["name"], str(param.get("in", "query"))
                if where == "header" and name.lower() in _IGNORED_HEADERS:
                    continue
                ident = f"#{positions[name]}" if where == "path" and name in positions else name
                merged[(where, ident)] = (name, param)
        return merged

    def request_body(self, op: _Op) -> dict[str, Any] | None:
        body, _ = self.resolve(op.node.get("requestBody"))
        return body if isinstance(body, dict) else None

    def responses(self, op: _Op) -> dict[str, dict[str, Any]]:
        raw = op.node.get("responses")
        result: dict[str, dict[str, Any]] = {}
        for code, response in (raw if isinstance(raw, dict) else {}).items():
            resolved, _ = self.resolve(response)
            # YAML reads an unquoted 200 as an int; status codes are compared as strings.
            result[str(code)] = resolved if isinstance(resolved, dict) else {}
        return result


def _strip_prefix(path: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if path == prefix or path.startswith(prefix + "/"):
            return path[len(prefix) :] or "/"
    return path


def _media(holder: dict[str, Any] | None) -> tuple[str | None, Any]:
    """The media type and schema we compare for a body: JSON when there is one."""
    content = holder.get("content") if holder else None
    if not isinstance(content, dict) or not content:
        return None, None
    names = [str(k) for k in content]
    chosen = next((n for n in names if n == "application/json"), None)
    chosen = chosen or next((n for n in names if "json" in n), names[0])
    media = content.get(chosen)
    return chosen, media.get("schema") if isinstance(media, dict) else None


@dataclass(frozen=True)
class _Op:
    method: str
    path: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return str(value) if value is not None else None

    @property
    def tag(self) -> str | None:
        tags = self.node.get("tags")
        return str(tags[0]) if isinstance(tags, list) and tags else None

    @property
    def path_params(self) -> list[str]:
        return _PATH_PARAM.findall(self.path)

    @property
    def label(self) -> str:
        text = f"{self.method.upper()} {self.path}"
        return f"{text} ({self.operation_id})" if self.operation_id else text


# --------------------------------------------------------------------------- schema shapes


@dataclass
class _Shape:
    """What a schema means for comparison, with ``$ref``, ``allOf`` and null-unions folded in.

    ``types`` excludes ``null`` (that is ``nullable``); empty means any type.
    """

    types: frozenset[str] = frozenset()
    nullable: bool = False
    fmt: str | None = None
    enum: dict[str, Any] | None = None  # canonical JSON -> value, null excluded
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None
    variants: tuple[Any, ...] = ()
    refs: frozenset[str] = frozenset()

    @property
    def is_any(self) -> bool:
        """No constraint at all: a missing schema, ``{}``, or only a description."""
        return not (self.types or self.enum is not None or self.properties or self.variants)


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _is_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    return (
        kind == "null"
        or kind == ["null"]
        or node.get("enum") == [None]
        or ("const" in node and node["const"] is None)
    )


def _plain_shape(node: dict[str, Any]) -> _Shape:
    raw_type = node.get("type")
    types = {raw_type} if isinstance(raw_type, str) else set(map(str, raw_type or []))
    nullable = "null" in types or node.get("nullable") is True
    types.discard("null")
    values = [node["const"]] if "const" in node else node.get("enum")
    enum = None
    if isinstance(values, list):
        nullable = nullable or any(v is None for v in values)
        enum = {_canon(v): v for v in values if v is not None}
    properties = node.get("properties")
    properties = dict(properties) if isinstance(properties, dict) else {}
    required = node.get("required")
    additional = node.get("additionalProperties")
    additional = additional if isinstance(additional, dict) else None
    items = node.get("items") if isinstance(node.get("items"), dict) else None
    # Writers often leave out `type: object` / `type: array`; infer it so that is not a change.
    if not types and (properties or additional is not None):
        types = {"object"}
    elif not types and items is not None:
        types = {"array"}
    fmt = node.get("format")
    return _Shape(
        types=frozenset(types),
        nullable=nullable,
        fmt=fmt if isinstance(fmt, str) else None,
        enum=enum,
        properties=properties,
        required=frozenset(str(r) for r in required) if isinstance(required, list) else frozenset(),
        items=items,
        additional=additional,
    )


def _merge(a: _Shape, b: _Shape) -> _Shape:
    """``allOf``: the members' keywords together (types intersect, properties unite)."""
    types = a.types & b.types if a.types and b.types else a.types | b.types
    if a.enum is not None and b.enum is not None:
        enum: dict[str, Any] | None = {k: v for k, v in a.enum.items() if k in b.enum}
    else:
        enum = a.enum if a.enum is not None else b.enum
    return _Shape(
        types=types or a.types | b.types,
        nullable=a.nullable or b.nullable,
        fmt=a.fmt or b.fmt,
        enum=enum,
        properties={**a.properties, **b.properties},
        required=a.required | b.required,
        items=a.items if a.items is not None else b.items,
        additional=a.additional if a.additional is not None else b.additional,
        variants=a.variants or b.variants,
        refs=a.refs | b.refs,
    )


def _shape(spec: _Spec, node: Any, seen: frozenset[str] = frozenset()) -> _Shape:
    node, ref = spec.resolve(node)
    if ref is not None and ref in seen:
        # A schema that is allOf itself; its keywords are already in the merge.
        return _Shape(refs=frozenset({ref}))
    seen = seen | {ref} if ref else seen
    if not isinstance(node, dict):
        return _Shape(refs=seen)
    shape = _plain_shape(node)
    members = node.get("allOf")
    for member in members if isinstance(members, list) else []:
        shape = _merge(shape, _shape(spec, member, seen))
    for key in ("oneOf", "anyOf"):
        members = node.get(key)
        if not isinstance(members, list) or not members:
            continue
        solid = [m for m in members if not _is_null(spec.resolve(m)[0])]
        shape.nullable = shape.nullable or len(solid) < len(members)
        if len(solid) == 1:
            # `anyOf: [X, {type: null}]` is how 3.1 says "nullable X": compare it as X.
            shape = _merge(shape, _shape(spec, solid[0], seen))
        else:
            shape.variants = tuple(solid)
        break
    shape.refs = shape.refs | seen
    return shape


def _describe(shape: _Shape) -> str:
    if shape.is_any:
        return "any (untyped)"
    text = _type_text(shape.types) if shape.types else "untyped union"
    return f"{text} | null" if shape.nullable else text


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type set ``narrow`` is also valid for ``wide`` (empty = any)."""
    if not wide:
        return True
    return bool(narrow) and all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _values_text(values: Iterable[Any]) -> str:
    return ", ".join(json.dumps(v, default=str) for v in values)


# --------------------------------------------------------------------------- changes


class ChangeKind(StrEnum):
    """What changed. The verdict for each kind and side lives in ``_VERDICTS``."""

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


K = ChangeKind

# Verdicts per kind and side: "!" marks BREAKING. Each reason speaks to people who use the client
# generated from the spec; an indented line continues the reason above it.
_VERDICT_TABLE = """
operation-added             operation .  a new generated function; existing code is unaffected
operation-removed           operation !  the generated function disappears; code calling it breaks
operation-id-changed        operation !  the generated function is named after the operationId,
                                         so imports break
tag-changed                 operation !  the generated module sits under the first tag, so imports
                                         break
path-parameter-renamed      operation !  same URL, but the generated keyword argument is renamed, so
                                         calls passing it by name break
parameter-added             request   .  a new optional argument; existing calls still work
required-parameter-added    request   !  a new required argument; existing calls fail
parameter-removed           request   !  the generated function loses the argument; calls passing
                                         it fail
parameter-made-required     request   !  calls that leave it out now fail
parameter-made-optional     request   .  existing calls still work
request-body-added          request   .  an optional body argument; existing calls still work
required-request-body-added request   !  the generated function now requires a body argument
request-body-removed        request   !  the generated function loses its body argument
request-body-made-required  request   !  calls that send no body now fail
request-body-made-optional  request   .  existing calls still work
media-type-changed          request   !  the generated function sends a different content type
media-type-changed          response  !  the generated client parses a different content type
status-added                response  .  a newly documented response; existing handling still works
success-status-removed      response  !  the client stops parsing this success response (parsed is
                                         None)
error-status-removed        response  .  errors are still raised by HTTP status; only the documented
                                         body goes
property-added              request   .  an optional field; existing calls still work
property-added              response  .  a new field; existing code ignores it
required-property-added     request   !  a new required field: calls without it are rejected
required-property-added     response  .  a new field; existing code ignores it
property-removed            request   !  the generated model loses the field; code setting it fails
property-removed            response  !  the generated model loses the field; code reading it fails
made-required               request   !  calls that leave the field out are now rejected
made-required               response  .  the field is now always present
made-optional               request   .  existing calls still work
made-optional               response  !  the field may now be UNSET; code reading it unconditionally
                                         breaks
type-widened                request   .  the server accepts every value it accepted before
type-widened                response  !  the server may return values of a type existing code does
                                         not expect
type-narrowed               request   !  values of the dropped type are now rejected
type-narrowed               response  .  every returned value still fits the old type
type-changed                request   !  values valid before are now rejected
type-changed                response  !  returned values no longer have the type existing code
                                         expects
format-changed              request   !  the generated Python type changes (e.g. str <-> datetime)
format-changed              response  !  the generated Python type changes (e.g. str <-> datetime)
made-nullable               request   .  the server also accepts null; existing calls still work
made-nullable               response  !  clients can now get None where they expected a value
made-non-nullable           request   !  calls that send null (None) are now rejected
made-non-nullable           response  .  the field no longer comes back null; code handling None
                                         still works
enum-values-added           request   .  the server accepts more values
enum-values-added           response  !  generated clients check enums while parsing (check_*() /
                                         Enum classes) and reject the new value
enum-values-removed         request   !  calls that send a removed value are rejected
enum-values-removed         response  .  the server returns fewer values; code handling them all
                                         still works
enum-added                  request   !  values outside the new list are rejected
enum-added                  response  .  returned values are now limited to a known list
enum-removed                request   .  the server accepts any value
enum-removed                response  !  values outside the old list may come back
variant-added               request   .  the server accepts one more shape
variant-added               response  !  the client may receive a shape it cannot parse
variant-removed             request   !  calls sending the removed shape are rejected
variant-removed             response  .  the server returns fewer shapes
composition-changed         request   !  the generated type switches between a union and a single
                                         type
composition-changed         response  !  the generated type switches between a union and a single
                                         type
"""


def _parse_verdicts(table: str) -> dict[tuple[ChangeKind, Side], tuple[bool, str]]:
    verdicts: dict[tuple[ChangeKind, Side], tuple[bool, str]] = {}
    key: tuple[ChangeKind, Side] | None = None
    for line in table.strip("\n").splitlines():
        if line.startswith(" ") and key is not None:
            breaking, reason = verdicts[key]
            verdicts[key] = (breaking, f"{reason} {line.strip()}")
            continue
        kind, side, flag, reason = line.split(maxsplit=3)
        key = (ChangeKind(kind), _SIDES[side])
        verdicts[key] = (flag == "!", reason)
    return verdicts


_VERDICTS = _parse_verdicts(_VERDICT_TABLE)


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


class _Differ:
    def __init__(self, old: _Spec, new: _Spec) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._active: set[tuple[frozenset[str], frozenset[str]]] = set()
        self._op = ""

    def emit(self, kind: ChangeKind, side: Side, location: str, detail: str) -> None:
        breaking, reason = _VERDICTS[(kind, side)]
        self.changes.append(Change(kind, self._op, location, detail, breaking, reason))

    def run(self) -> None:
        prefixes = {self.old.server_prefix(), self.new.server_prefix()}
        old_ops = self.old.operations(prefixes, loose=False)
        new_ops = self.new.operations(prefixes, loose=False)
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
            before, after = old_ops.get(key), new_ops.get(key)
            if after is None and before is not None:
                self._op = before.label
                self.emit(K.OPERATION_REMOVED, "operation", "operation", "operation removed")
            elif before is None and after is not None:
                self._op = after.label
                self.emit(K.OPERATION_ADDED, "operation", "operation", "operation added")
            elif before is not None and after is not None:
                self._op = after.label
                self.operation(before, after)

    def operation(self, before: _Op, after: _Op) -> None:
        if before.operation_id != after.operation_id:
            detail = f"operationId {before.operation_id} -> {after.operation_id}"
            self.emit(K.OPERATION_ID_CHANGED, "operation", "operation", detail)
        if before.tag != after.tag:
            self.emit(K.TAG_CHANGED, "operation", "tags", f"first tag {before.tag} -> {after.tag}")
        for old_name, new_name in zip(before.path_params, after.path_params, strict=True):
            if old_name != new_name:
                detail = f"path parameter {{{old_name}}} renamed to {{{new_name}}}"
                self.emit(K.PATH_PARAMETER_RENAMED, "operation", "path", detail)
        self.parameters(before, after)
        self.request_body(before, after)
        self.responses(before, after)

    def parameters(self, before: _Op, after: _Op) -> None:
        old_params, new_params = self.old.parameters(before), self.new.parameters(after)
        for key, (name, _) in old_params.items():
            if key in new_params:
                continue
            self.emit(K.PARAMETER_REMOVED, "request", f"{key[0]} parameter {name}", "removed")
        for key, (name, param) in new_params.items():
            where = f"{key[0]} parameter {name}"
            required = param.get("required") is True or key[0] == "path"
            if key not in old_params:
                kind = K.REQUIRED_PARAMETER_ADDED if required else K.PARAMETER_ADDED
                self.emit(kind, "request", where, "added (required)" if required else "added")
                continue
            was = old_params[key][1].get("required") is True or key[0] == "path"
            if was != required:
                kind = K.PARAMETER_MADE_REQUIRED if required else K.PARAMETER_MADE_OPTIONAL
                self.emit(kind, "request", where, "made required" if required else "made optional")
            old_schema = _param_schema(old_params[key][1])
            self.schema(old_schema, _param_schema(param), where, "", "request")

    def request_body(self, before: _Op, after: _Op) -> None:
        old_body, new_body = self.old.request_body(before), self.new.request_body(after)
        where = "request body"
        if old_body is None and new_body is None:
            return
        if old_body is None or new_body is None:
            if new_body is None:
                self.emit(K.REQUEST_BODY_REMOVED, "request", where, "removed")
            elif new_body.get("required") is True:
                self.emit(K.REQUIRED_REQUEST_BODY_ADDED, "request", where, "added (required)")
            else:
                self.emit(K.REQUEST_BODY_ADDED, "request", where, "added")
            return
        was, now = old_body.get("required") is True, new_body.get("required") is True
        if was != now:
            kind = K.REQUEST_BODY_MADE_REQUIRED if now else K.REQUEST_BODY_MADE_OPTIONAL
            self.emit(kind, "request", where, "made required" if now else "made optional")
        self.content(old_body, new_body, where, "request")

    def responses(self, before: _Op, after: _Op) -> None:
        old_res, new_res = self.old.responses(before), self.new.responses(after)
        for code in sorted(old_res.keys() | new_res.keys()):
            where = f"response {code}"
            if code not in new_res:
                success = code.startswith("2")
                kind = K.SUCCESS_STATUS_REMOVED if success else K.ERROR_STATUS_REMOVED
                self.emit(kind, "response", where, f"status {code} removed")
            elif code not in old_res:
                self.emit(K.STATUS_ADDED, "response", where, f"status {code} added")
            else:
                self.content(old_res[code], new_res[code], where, "response")

    def content(self, old: dict[str, Any], new: dict[str, Any], where: str, side: Side) -> None:
        (old_type, old_schema), (new_type, new_schema) = _media(old), _media(new)
        if old_type and new_type and old_type != new_type:
            self.emit(K.MEDIA_TYPE_CHANGED, side, where, f"media type {old_type} -> {new_type}")
        self.schema(old_schema, new_schema, where, "", side)

    def schema(self, old: Any, new: Any, where: str, pointer: str, side: Side) -> None:
        a, b = _shape(self.old, old), _shape(self.new, new)
        guard = (a.refs, b.refs)
        # Recursive schemas: stop when this pair of $refs is already being compared higher up.
        depth = pointer.count(".") + pointer.count("[") + pointer.count("<")
        if ((a.refs or b.refs) and guard in self._active) or depth > _MAX_DEPTH:
            return
        self._active.add(guard)
        try:
            self._compare(a, b, where, pointer, side)
        finally:
            self._active.discard(guard)

    def _compare(self, a: _Shape, b: _Shape, where: str, pointer: str, side: Side) -> None:
        loc = f"{where}: {pointer}" if pointer else where
        if a.is_any or b.is_any:
            # A schema appears or disappears: one change, not one per property inside it.
            if a.is_any != b.is_any:
                kind = K.TYPE_NARROWED if a.is_any else K.TYPE_WIDENED
                self.emit(kind, side, loc, f"schema {_describe(a)} -> {_describe(b)}")
            return
        if bool(a.variants) != bool(b.variants):
            # A union became a single type or the reverse: the generated type is a new one.
            detail = f"{len(a.variants) or 1} alternative(s) -> {len(b.variants) or 1}"
            self.emit(K.COMPOSITION_CHANGED, side, loc, detail)
            return
        if a.nullable != b.nullable:
            kind = K.MADE_NULLABLE if b.nullable else K.MADE_NON_NULLABLE
            self.emit(kind, side, loc, "made nullable" if b.nullable else "made non-nullable")
        if a.types != b.types:
            if _covers(b.types, a.types):
                kind = K.TYPE_WIDENED
            elif _covers(a.types, b.types):
                kind = K.TYPE_NARROWED
            else:
                kind = K.TYPE_CHANGED
            self.emit(kind, side, loc, f"type {_type_text(a.types)} -> {_type_text(b.types)}")
            if a.types and b.types and not a.types & b.types:
                return  # a different kind of value: its insides are not comparable
        if a.fmt != b.fmt and {a.fmt, b.fmt} & _TYPED_FORMATS:
            self.emit(K.FORMAT_CHANGED, side, loc, f"format {a.fmt} -> {b.fmt}")
        self._enums(a, b, loc, side)
        self._variants(a, b, where, pointer, loc, side)
        for name in [n for n in a.properties if n not in b.properties]:
            self.emit(K.PROPERTY_REMOVED, side, _at(where, pointer, name), "property removed")
        for name, sub in b.properties.items():
            at = _at(where, pointer, name)
            if name not in a.properties:
                required = name in b.required
                kind = K.REQUIRED_PROPERTY_ADDED if required else K.PROPERTY_ADDED
                self.emit(
                    kind, side, at, f"property added ({'required' if required else 'optional'})"
                )
                continue
            if (name in a.required) != (name in b.required):
                now = name in b.required
                kind = K.MADE_REQUIRED if now else K.MADE_OPTIONAL
                self.emit(kind, side, at, "made required" if now else "no longer required")
            self.schema(a.properties[name], sub, where, _join(pointer, name), side)
        if a.items is not None or b.items is not None:
            self.schema(a.items, b.items, where, f"{pointer}[]", side)
        if a.additional is not None and b.additional is not None:
            self.schema(a.additional, b.additional, where, _join(pointer, "*"), side)

    def _enums(self, a: _Shape, b: _Shape, loc: str, side: Side) -> None:
        if a.enum is None and b.enum is None:
            return
        if a.enum is None and b.enum is not None:
            detail = f"now limited to {_values_text(b.enum.values())}"
            self.emit(K.ENUM_ADDED, side, loc, detail)
        elif b.enum is None and a.enum is not None:
            self.emit(K.ENUM_REMOVED, side, loc, "no longer limited to a list of values")
        elif a.enum is not None and b.enum is not None:
            added = [v for k, v in b.enum.items() if k not in a.enum]
            removed = [v for k, v in a.enum.items() if k not in b.enum]
            if added:
                self.emit(
                    K.ENUM_VALUES_ADDED, side, loc, f"enum values added: {_values_text(added)}"
                )
            if removed:
                detail = f"enum values removed: {_values_text(removed)}"
                self.emit(K.ENUM_VALUES_REMOVED, side, loc, detail)

    def _variants(
        self, a: _Shape, b: _Shape, where: str, pointer: str, loc: str, side: Side
    ) -> None:
        if not a.variants or not b.variants:
            return
        # $ref'd alternatives pair up by name, so reordering them is no change; inline ones
        # pair up by position.
        old_keyed, new_keyed = _keyed(a.variants), _keyed(b.variants)
        for key, variant in new_keyed.items():
            label = f"{pointer}<{key}>"
            if key in old_keyed:
                self.schema(old_keyed[key], variant, where, label, side)
            else:
                self.emit(K.VARIANT_ADDED, side, loc, f"alternative {key} added")
        for key in [k for k in old_keyed if k not in new_keyed]:
            self.emit(K.VARIANT_REMOVED, side, loc, f"alternative {key} removed")


def _keyed(variants: tuple[Any, ...]) -> dict[str, Any]:
    keyed: dict[str, Any] = {}
    for index, variant in enumerate(variants):
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        keyed[str(ref).rsplit("/", 1)[-1] if isinstance(ref, str) else f"#{index + 1}"] = variant
    return keyed


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    return _media(param)[1]


def _join(pointer: str, name: str) -> str:
    return f"{pointer}.{name}" if pointer else name


def _at(where: str, pointer: str, name: str) -> str:
    return f"{where}: {_join(pointer, name)}"


def _version(spec: dict[str, Any]) -> str:
    info = spec.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """Compare two OpenAPI 3.x documents (as loaded by :func:`load_spec`).

    Raises:
        SpecError: either document is not OpenAPI 3.x or has an unresolvable ``$ref``.
    """
    differ = _Differ(_Spec(old, "old spec"), _Spec(new, "new spec"))
    differ.run()
    return Report(differ.changes, _version(old), _version(new))


# --------------------------------------------------------------------------- rendering


def _render(report: Report, *, markdown: bool) -> str:
    changes = report.changes
    removed = [c for c in changes if c.kind is K.OPERATION_REMOVED]
    added = [c for c in changes if c.kind is K.OPERATION_ADDED]
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        if change.kind not in (K.OPERATION_REMOVED, K.OPERATION_ADDED):
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


# --------------------------------------------------------------------------- coverage


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


def _is_typed(spec: _Spec, schema: Any, depth: int = 0) -> bool:
    """Whether a schema says anything about the data (not missing, ``{}`` or "Any type")."""
    node, _ = spec.resolve(schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return False
    for key in ("allOf", "oneOf", "anyOf"):
        members = node.get(key)
        if isinstance(members, list) and any(_is_typed(spec, m, depth + 1) for m in members):
            return True
    shape = _plain_shape(node)
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
    mine, theirs = _Spec(ours, "our spec"), _Spec(upstream, "upstream spec")
    prefixes = {mine.server_prefix(), theirs.server_prefix()}
    our_ops = mine.operations(prefixes, loose=True)
    their_ops = theirs.operations(prefixes, loose=True)
    report = CoverageReport(upstream_total=len(their_ops))
    for key, their_op in their_ops.items():
        our_op = our_ops.get(key)
        if our_op is None:
            report.missing.append(their_op.label)
            continue
        report.covered.append(their_op.label)
        for where, our_schema, their_schema in _bodies(mine, our_op, theirs, their_op):
            we_type, they_type = _is_typed(mine, our_schema), _is_typed(theirs, their_schema)
            if we_type and not they_type:
                report.typed_by_ours.append((our_op.label, where))
            elif they_type and not we_type:
                report.typed_by_upstream_only.append((our_op.label, where))
    report.ours_only = [op.label for key, op in our_ops.items() if key not in their_ops]
    return report


def _bodies(mine: _Spec, our_op: _Op, theirs: _Spec, their_op: _Op) -> list[tuple[str, Any, Any]]:
    """The request body and each success response, as (where, our schema, their schema)."""
    pairs = [
        (
            "request body",
            _media(mine.request_body(our_op))[1],
            _media(theirs.request_body(their_op))[1],
        )
    ]
    our_res, their_res = mine.responses(our_op), theirs.responses(their_op)
    their_success = sorted(c for c in their_res if c.startswith("2"))
    for code in sorted(c for c in our_res if c.startswith("2")):
        # Ours may document 201 where upstream says 200; compare with upstream's first success.
        other = their_res.get(code) or (their_res[their_success[0]] if their_success else None)
        pairs.append((f"response {code}", _media(our_res[code])[1], _media(other)[1]))
    return pairs


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
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
        print(f"spec_diff: error: {_one_line(str(exc))}", file=sys.stderr)
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
