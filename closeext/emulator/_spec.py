"""The pinned OpenAPI spec, loaded once per process and compiled for the request pipeline.

Everything the pipeline needs per request is computed here, at start-up: a segment tree
that routes ``(method, path)`` to an :class:`Operation` with dictionary look-ups, and for
each operation its parameters and a compiled JSON Schema validator for its request body.
Nothing in this module runs per request except :meth:`Router.match`.

The spec is found next to this file when installed from a wheel (the build copies it
there) and in the repository's ``spec/`` directory otherwise.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote, urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped, unused-ignore]
from jsonschema.protocols import Validator  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._fastcheck import fast_check

SPEC_FILENAME: Final = "close.openapi.yaml"
_SPEC_URI: Final = "urn:closeext:close-openapi"
_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DEFAULT_BASE_PATH: Final = "/api/v1"

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_spec_path() -> Path:
    """Where the pinned spec lives: package data in a wheel, else the repository's ``spec/``."""
    packaged = Path(__file__).resolve().parents[1] / "_data" / SPEC_FILENAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / SPEC_FILENAME


# --- formats --------------------------------------------------------------------------
# Our own checkers for the formats Close's fields use, so that validation does not depend
# on which optional packages jsonschema happens to find installed.

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII
)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")


def _check_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_RE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATETIME_RE.match(value):
        return False
    normalized = value.upper().replace("Z", "+00:00")
    # RFC 3339 allows a leap second; Python's datetime does not, so check it as :59.
    if normalized[17:19] == "60":
        normalized = normalized[:17] + "59" + normalized[19:]
    try:
        datetime.fromisoformat(normalized)
    except ValueError:
        return False
    return True


def _check_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL_RE.match(value))


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("date")(_check_date)
    checker.checks("date-time")(_check_datetime)
    checker.checks("email")(_check_email)
    return checker


# --- compiled structures -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Param:
    """One declared path, query or header parameter.

    ``kind`` is the JSON type a raw string is coerced to before validation
    (``"string"`` when the schema names no single type); ``item_kind`` is the same for
    array items. ``validator`` is ``None`` when the schema constrains nothing.
    """

    name: str
    location: str
    required: bool
    kind: str
    item_kind: str
    explode: bool
    validator: Validator | None
    schema: Mapping[str, Any]
    is_valid: Callable[[Any], bool] | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, with everything the pipeline checks before the handler."""

    operation_id: str
    method: str
    template: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    header_params: tuple[Param, ...]
    has_body: bool
    body_required: bool
    body_validator: Validator | None
    body_wants_object: bool
    #: The one 2xx status the operation declares (the first, should there be several).
    success_status: int = 200
    #: Whether that answer has a JSON body (a 204 has none).
    success_has_body: bool = True
    #: The success answer's JSON schema with its ``$ref``s inlined, or ``None``.
    response_schema: Mapping[str, Any] | None = None
    #: The ``maximum`` of the ``_limit`` parameter: the page-size cap of a list operation.
    max_limit: int | None = None
    tag: str = ""

    def query_param(self, name: str) -> Param | None:
        """The declared query parameter ``name``, if any."""
        return next((p for p in self.query_params if p.name == name), None)


@dataclass(slots=True)
class Route:
    """All operations sharing one path template, keyed by upper-case method."""

    template: str
    operations: dict[str, Operation] = field(default_factory=dict)
    allow: str = ""


@dataclass(slots=True)
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    param: _Node | None = None
    resource: Route | None = None


class Router:
    """Routes a path (relative to the base path) to a :class:`Route` and its params.

    Paths are split into segments and walked down a tree. A literal segment wins over a
    parameter, as OpenAPI prescribes, so ``/lead/merge/`` never reaches ``/lead/{id}/``.
    """

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, template: str, operation: Operation) -> None:
        node = self._root
        for segment in template[1:].split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                if node.param is None:
                    node.param = _Node()
                node = node.param
            else:
                node = node.literals.setdefault(segment, _Node())
        if node.resource is None:
            node.resource = Route(template)
        node.resource.operations[operation.method] = operation

    def finish(self) -> None:
        """Precompute the ``Allow`` header of every resource."""
        order = {m.upper(): i for i, m in enumerate(_METHODS)}
        stack = [self._root]
        while stack:
            node = stack.pop()
            stack.extend(node.literals.values())
            if node.param is not None:
                stack.append(node.param)
            if node.resource is not None:
                methods = set(node.resource.operations)
                if "GET" in methods:
                    methods.add("HEAD")
                node.resource.allow = ", ".join(sorted(methods, key=order.__getitem__))

    def match(self, path: str) -> tuple[Route, list[str]] | None:
        """Match ``path`` (starting with ``/``); path segments are percent-decoded here."""
        segments = path[1:].split("/")
        if "%" in path:
            segments = [unquote(s) for s in segments]
        values: list[str] = []
        resource = self._walk(self._root, segments, 0, values)
        return None if resource is None else (resource, values)

    def _walk(self, node: _Node, segments: list[str], i: int, values: list[str]) -> Route | None:
        if i == len(segments):
            return node.resource
        segment = segments[i]
        child = node.literals.get(segment)
        if child is not None:
            found = self._walk(child, segments, i + 1, values)
            if found is not None:
                return found
        if node.param is not None and segment:
            values.append(segment)
            found = self._walk(node.param, segments, i + 1, values)
            if found is not None:
                return found
            values.pop()
        return None


@dataclass(frozen=True, slots=True)
class CompiledSpec:
    """The spec, compiled: base path, router, operations by id, and the source document.

    ``document`` is the parsed YAML shared by every app in the process: treat it as
    read-only.
    """

    path: Path
    base_path: str
    router: Router
    operations: Mapping[str, Operation]
    document: Mapping[str, Any]


# --- compilation ---------------------------------------------------------------------


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


class _Compiler:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self.formats = _format_checker()

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s of non-schema objects (parameters, request bodies)."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node and seen < 32:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref!r} in the spec")
            node = self.schema_at(ref[2:])
            seen += 1
        return node

    def validator(self, pointer: str) -> Validator:
        """A validator for the schema at ``pointer``, with its local ``$ref``s inlined.

        Inlining spares a registry look-up per ``$ref`` on every request; a reference
        that leads back into itself stays a ``$ref``, made absolute so that it resolves
        from anywhere.
        """
        schema = self.inline(self.schema_at(pointer), ())
        return Draft202012Validator(schema, registry=self.registry, format_checker=self.formats)

    def schema_at(self, pointer: str) -> Any:
        """The node at a JSON pointer (without the leading ``#/``) into the document."""
        target: Any = self.document
        for part in pointer.split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            target = target[int(key)] if isinstance(target, list) else target[key]
        return target

    def inline(self, node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self.inline(item, stack) for item in node]
        if not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            siblings = {k: self.inline(v, stack) for k, v in node.items() if k != "$ref"}
            if ref in stack:
                target: Any = {"$ref": _SPEC_URI + ref}
            else:
                target = self.inline(self.schema_at(ref[2:]), (*stack, ref))
            if not siblings:
                return target
            return {"allOf": [target, siblings]}
        return {key: self.inline(value, stack) for key, value in node.items()}

    def kind(self, schema: Any) -> str:
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return "string"
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = [t for t in declared if t != "null"]
            declared = declared[0] if len(declared) == 1 else None
        if isinstance(declared, str):
            return declared
        for key in ("anyOf", "oneOf"):
            options = [self.kind(s) for s in schema.get(key, ())]
            options = [k for k in options if k != "null"]
            if len(set(options)) == 1:
                return options[0]
        return "string"

    def param(self, raw: Mapping[str, Any], pointer: str) -> Param:
        schema = raw.get("schema", {})
        kind = self.kind(schema)
        resolved = self.resolve(schema)
        item_kind = "string"
        if kind == "array" and isinstance(resolved, Mapping):
            item_kind = self.kind(resolved.get("items", {}))
        location = raw["in"]
        style_default = "form" if location == "query" else "simple"
        explode = bool(raw.get("explode", raw.get("style", style_default) == "form"))
        constrains = (
            isinstance(resolved, Mapping) and bool(resolved) and resolved != {"type": "string"}
        )
        validator = self.validator(pointer + "/schema") if constrains else None
        return Param(
            name=raw["name"] if location != "header" else str(raw["name"]).lower(),
            location=location,
            required=bool(raw.get("required", location == "path")),
            kind=kind,
            item_kind=item_kind,
            explode=explode,
            validator=validator,
            schema=resolved if isinstance(resolved, Mapping) else {},
            is_valid=None if validator is None else (fast_check(resolved) or validator.is_valid),
        )

    def operation(self, template: str, method: str, path_item: Mapping[str, Any]) -> Operation:
        raw = path_item[method]
        op_pointer = _pointer("paths", template, method)
        params: dict[tuple[str, str], Param] = {}
        # Path-level parameters first, then operation-level ones override them by (in, name).
        for level, base in ((path_item, _pointer("paths", template)), (raw, op_pointer)):
            for i, entry in enumerate(level.get("parameters", ())):
                resolved = self.resolve(entry)
                pointer = f"{base}/parameters/{i}"
                ref = entry.get("$ref") if isinstance(entry, Mapping) else None
                if isinstance(ref, str):
                    pointer = ref[2:]
                if resolved.get("in") not in ("path", "query", "header"):
                    continue
                params[(resolved["in"], resolved["name"])] = self.param(resolved, pointer)
        path_names = re.findall(r"{([^}]+)}", template)
        path_params = tuple(
            params.get(("path", n)) or Param(n, "path", True, "string", "string", False, None, {})
            for n in path_names
        )
        body_validator: Validator | None = None
        body_required = False
        wants_object = False
        has_body = "requestBody" in raw
        if has_body:
            body_pointer = op_pointer + "/requestBody"
            body = self.resolve(raw["requestBody"])
            ref = raw["requestBody"].get("$ref")
            if isinstance(ref, str):
                body_pointer = ref[2:]
            body_required = bool(body.get("required", False))
            content = body.get("content", {})
            media = next((m for m in content if _is_json(m)), None)
            if media is not None and "schema" in content[media]:
                schema_pointer = f"{body_pointer}/content/{_pointer(media)}/schema"
                body_validator = self.validator(schema_pointer)
                wants_object = self.kind(content[media]["schema"]) == "object"
        success_status, success_has_body, response_schema = self.success(op_pointer, raw)
        query_params = tuple(p for p in params.values() if p.location == "query")
        limit = next((p for p in query_params if p.name == "_limit"), None)
        maximum = limit.schema.get("maximum") if limit is not None else None
        tags = raw.get("tags") or ("",)
        return Operation(
            operation_id=str(raw.get("operationId") or f"{method} {template}"),
            method=method.upper(),
            template=template,
            path_params=path_params,
            query_params=query_params,
            header_params=tuple(p for p in params.values() if p.location == "header"),
            has_body=has_body,
            body_required=body_required,
            body_validator=body_validator,
            body_wants_object=wants_object,
            success_status=success_status,
            success_has_body=success_has_body,
            response_schema=response_schema,
            max_limit=maximum if isinstance(maximum, int) else None,
            tag=str(tags[0]),
        )

    def success(
        self, op_pointer: str, raw: Mapping[str, Any]
    ) -> tuple[int, bool, Mapping[str, Any] | None]:
        """The declared 2xx status, whether it has a JSON body, and that body's schema."""
        responses = raw.get("responses") or {}
        codes = sorted(str(code) for code in responses if str(code).startswith("2"))
        if not codes:
            return 200, True, None
        code = codes[0]
        answer = self.resolve(responses[code])
        content = answer.get("content") or {}
        media = next((m for m in content if _is_json(m)), None)
        if media is None:
            return int(code), False, None
        schema = self.inline(content[media].get("schema", {}), ())
        return int(code), True, schema if isinstance(schema, Mapping) else None


def _is_json(media_type: str) -> bool:
    media_type = media_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _base_path(document: Mapping[str, Any]) -> str:
    servers = document.get("servers") or ()
    if servers and isinstance(servers[0], Mapping) and servers[0].get("url"):
        path = urlsplit(str(servers[0]["url"])).path.rstrip("/")
        return path
    return DEFAULT_BASE_PATH


def compile_document(document: Mapping[str, Any], path: Path) -> CompiledSpec:
    """Compile a parsed spec. Raises ``ValueError`` on a spec the pipeline cannot serve."""
    if not isinstance(document, Mapping) or not isinstance(document.get("paths"), Mapping):
        raise ValueError(f"{path} is not an OpenAPI document with paths")
    compiler = _Compiler(document)
    router = Router()
    operations: dict[str, Operation] = {}
    for template, path_item in document["paths"].items():
        item = compiler.resolve(path_item)
        for method in _METHODS:
            if method not in item:
                continue
            operation = compiler.operation(template, method, item)
            if operation.operation_id in operations:
                raise ValueError(f"duplicate operationId {operation.operation_id!r} in {path}")
            operations[operation.operation_id] = operation
            router.add(template, operation)
    router.finish()
    return CompiledSpec(
        path=path,
        base_path=_base_path(document),
        router=router,
        operations=operations,
        document=document,
    )


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> CompiledSpec:
    # mtime and size are part of the cache key so that an edited spec is re-read, while
    # repeated create_app() calls on an unchanged file share one parse and one compile.
    del mtime_ns, size
    with open(path, "rb") as handle:
        document = yaml.load(handle, Loader=_Loader)
    return compile_document(document, Path(path))


def load_spec(path: str | os.PathLike[str] | None = None) -> CompiledSpec:
    """Load and compile the spec at ``path`` (default: the pinned spec), cached per process."""
    resolved = Path(path) if path is not None else default_spec_path()
    try:
        stat = resolved.stat()
    except OSError as exc:
        raise FileNotFoundError(f"OpenAPI spec not found at {resolved}") from exc
    return _load(str(resolved.resolve()), stat.st_mtime_ns, stat.st_size)
