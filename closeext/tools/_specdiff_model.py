"""Reading OpenAPI 3.x documents for ``spec_diff``: loading, ``$ref``s, operations, shapes.

Everything here is about one spec at a time. :class:`Spec` indexes a document's
operations and resolves its local ``$ref``s; :func:`shape_of` folds a schema
(``$ref``, ``allOf`` and null-unions included) into a :class:`Shape` that the change
report and the coverage report compare.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
_PATH_PARAM = re.compile(r"\{([^}/]*)\}")
# OpenAPI says these header parameters are ignored (they are set from other parts of the spec).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# A backstop against pathological nesting; the ref-pair guard stops real recursion long before.
MAX_DEPTH = 64


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
            raise SpecError(f"{file} is not valid YAML: {one_line(str(exc))}") from None
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


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) made one space."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- reading a spec


class Spec:
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

    def operations(self, prefixes: Iterable[str], *, loose: bool) -> dict[tuple[str, str], Op]:
        """Index operations by (method, normalised path); ``loose`` ignores trailing slashes."""
        ordered = sorted({p for p in prefixes if p}, key=len, reverse=True)
        found: dict[tuple[str, str], Op] = {}
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
                    found.setdefault((method, key_path), Op(method, path, node, item))
        return found

    def parameters(self, op: Op) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
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

    def request_body(self, op: Op) -> dict[str, Any] | None:
        body, _ = self.resolve(op.node.get("requestBody"))
        return body if isinstance(body, dict) else None

    def responses(self, op: Op) -> dict[str, dict[str, Any]]:
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


def body_media(holder: dict[str, Any] | None) -> tuple[str | None, Any]:
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
class Op:
    """One operation: its method, its path (prefix stripped) and its spec nodes."""

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
class Shape:
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


def plain_shape(node: dict[str, Any]) -> Shape:
    """The shape of one schema node's own keywords (no ``$ref``, ``allOf`` or unions)."""
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
    return Shape(
        types=frozenset(types),
        nullable=nullable,
        fmt=fmt if isinstance(fmt, str) else None,
        enum=enum,
        properties=properties,
        required=frozenset(str(r) for r in required) if isinstance(required, list) else frozenset(),
        items=items,
        additional=additional,
    )


def _merge(a: Shape, b: Shape) -> Shape:
    """``allOf``: the members' keywords together (types intersect, properties unite)."""
    types = a.types & b.types if a.types and b.types else a.types | b.types
    if a.enum is not None and b.enum is not None:
        enum: dict[str, Any] | None = {k: v for k, v in a.enum.items() if k in b.enum}
    else:
        enum = a.enum if a.enum is not None else b.enum
    return Shape(
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


def shape_of(spec: Spec, node: Any, seen: frozenset[str] = frozenset()) -> Shape:
    """The shape of a schema in ``spec``, ``$ref``s, ``allOf`` and null-unions folded in."""
    node, ref = spec.resolve(node)
    if ref is not None and ref in seen:
        # A schema that is allOf itself; its keywords are already in the merge.
        return Shape(refs=frozenset({ref}))
    seen = seen | {ref} if ref else seen
    if not isinstance(node, dict):
        return Shape(refs=seen)
    shape = plain_shape(node)
    members = node.get("allOf")
    for member in members if isinstance(members, list) else []:
        shape = _merge(shape, shape_of(spec, member, seen))
    for key in ("oneOf", "anyOf"):
        members = node.get(key)
        if not isinstance(members, list) or not members:
            continue
        solid = [m for m in members if not _is_null(spec.resolve(m)[0])]
        shape.nullable = shape.nullable or len(solid) < len(members)
        if len(solid) == 1:
            # `anyOf: [X, {type: null}]` is how 3.1 says "nullable X": compare it as X.
            shape = _merge(shape, shape_of(spec, solid[0], seen))
        else:
            shape.variants = tuple(solid)
        break
    shape.refs = shape.refs | seen
    return shape
