"""Does the emulator answer every operation of the spec? One real, valid request each.

    python scripts/emulator_coverage.py [--format text|markdown]

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
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped, unused-ignore]
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "close.openapi.yaml"
API_KEY = "coverage_key_0001"
_METHODS = ("get", "put", "post", "delete", "patch")
# A pattern that starts with a literal type prefix, e.g. '^lead_[A-Za-z0-9]+$' or
# '^(role_[A-Za-z0-9]+|admin|...)$'.
_ID_PATTERN = re.compile(r"^\^\(?([a-z]+_)\[")
_ID_VALUE = re.compile(r"^([a-z]+_)[A-Za-z0-9]+$")
_TEXT = "closeext coverage"
_SAMPLES_BY_FORMAT = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "email": "coverage@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
}


class CoverageError(Exception):
    """Valid data for an operation could not be built (the reason is the message)."""


class CreateFailed(CoverageError):
    """A create that another request needed was not answered with 2xx."""

    def __init__(self, operation_id: str, exchange: Exchange) -> None:
        super().__init__(f"{operation_id} answered {exchange.status}: {_short(exchange)}")
        self.operation_id = operation_id
        self.exchange = exchange


@dataclasses.dataclass(frozen=True)
class Link:
    """An OpenAPI link from a response to another operation."""

    target: str
    parameters: Mapping[str, str]


@dataclasses.dataclass(frozen=True)
class SpecOperation:
    """What this script needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, Any]
    required_query: Mapping[str, Any]
    query_params: Mapping[str, Any]
    body_schema: Any
    links: tuple[Link, ...]

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclasses.dataclass
class Exchange:
    """One request sent and what came back."""

    path_params: dict[str, str]
    body: Any
    status: int
    answer: Any


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


class Spec:
    """The spec's operations, with ``$ref`` resolution against the whole document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, SpecOperation] = {}
        for path, item in document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method in item:
                    operation = self._operation(path, method, item[method], shared)
                    self.operations[operation.operation_id] = operation

    @classmethod
    def from_path(cls, path: Path) -> Spec:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def by_label(self, label: str) -> SpecOperation | None:
        """The operation labelled like schemathesis labels it, e.g. ``GET /lead/``."""
        return next((op for op in self.operations.values() if op.label == label), None)

    def merged(self, schema: Any) -> dict[str, Any]:
        """``schema`` with its ``allOf`` parts folded in (properties and required)."""
        merged: dict[str, Any] = dict(self.deref(schema))
        for part in merged.pop("allOf", []):
            part = self.merged(part)
            merged["properties"] = {**part.get("properties", {}), **merged.get("properties", {})}
            merged["required"] = [*part.get("required", []), *merged.get("required", [])]
            for key, value in part.items():
                merged.setdefault(key, value)
        return merged

    def properties(self, schema: Any) -> dict[str, Any]:
        """The top-level properties a body schema declares (empty for no schema)."""
        return dict(self.merged(schema or {}).get("properties", {}))

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            seen += 1
            if seen > 50:
                raise CoverageError(f"$ref cycle at {node['$ref']}")
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(
        self, path: str, method: str, op: Mapping[str, Any], shared: Sequence[Any]
    ) -> SpecOperation:
        params = [self.deref(p) for p in [*shared, *op.get("parameters", [])]]
        body_schema = None
        if "requestBody" in op:
            content: Mapping[str, Any] = self.deref(op["requestBody"]).get("content", {})
            media: Mapping[str, Any] = content.get("application/json") or next(
                iter(content.values()), {}
            )
            body_schema = media.get("schema")
        links = []
        for response in op.get("responses", {}).values():
            for link in (self.deref(response).get("links") or {}).values():
                link = self.deref(link)
                if "operationId" in link:
                    links.append(Link(link["operationId"], dict(link.get("parameters", {}))))
        return SpecOperation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            path_params={p["name"]: p.get("schema", {}) for p in params if p["in"] == "path"},
            required_query={
                p["name"]: p.get("schema", {})
                for p in params
                if p["in"] == "query" and p.get("required")
            },
            query_params={p["name"]: p.get("schema", {}) for p in params if p["in"] == "query"},
            body_schema=body_schema,
            links=tuple(links),
        )

    def delete_links(self, op: SpecOperation) -> list[Link]:
        """The links from ``op``'s answer to the operation that deletes what it made."""
        return [
            link
            for link in op.links
            if link.target in self.operations and self.operations[link.target].method == "DELETE"
        ]

    def producers(self) -> dict[str, list[str]]:
        """Id prefix -> the creates that make such ids, read from their links to deletes."""
        found: dict[str, list[str]] = {}
        for op in self.operations.values():
            for link in self.delete_links(op):
                target = self.operations[link.target]
                for name, expression in link.parameters.items():
                    prefix = self.id_prefix(target.path_params.get(name, {}))
                    if prefix and expression == "$response.body#/id":
                        found.setdefault(prefix, []).append(op.operation_id)
        return found

    def validator(self, schema: Any) -> Any:
        # Refs in the spec are '#/components/...': resolve them against a root that
        # carries the spec's components next to the schema being checked.
        root = {"allOf": [schema], "components": self.document.get("components", {})}
        return jsonschema.Draft202012Validator(root)

    def id_prefix(self, schema: Any) -> str | None:
        schema = self.deref(schema)
        pattern = schema.get("pattern") if isinstance(schema, Mapping) else None
        match = _ID_PATTERN.match(pattern) if isinstance(pattern, str) else None
        return match.group(1) if match else None


class Builder:
    """Sends one valid request per operation, creating whatever each one needs first."""

    def __init__(self, spec: Spec, client: httpx.Client) -> None:
        self.spec = spec
        self.client = client
        self.producers = spec.producers()
        self.linked_from: dict[str, list[tuple[str, Link]]] = {}
        for op in spec.operations.values():
            for link in op.links:
                self.linked_from.setdefault(link.target, []).append((op.operation_id, link))
        self.creates = {source for sources in self.linked_from.values() for source, _ in sources}
        self.cache: dict[tuple[str, tuple[tuple[str, Any], ...]], Exchange] = {}
        self.seen_ids: dict[str, list[str]] = {}
        self._harvested = False
        self._counter = 0

    # --- requests ---------------------------------------------------------------------

    def send(self, op: SpecOperation, *, fresh: bool, variant: Mapping[str, Any]) -> Exchange:
        path_params = self._path_params(op, fresh=fresh)
        query = {
            name: self._value(schema, fresh=fresh) for name, schema in op.required_query.items()
        }
        body = None
        if op.body_schema is not None:
            body = self._body(op.body_schema, fresh=fresh, variant=variant)
        url = op.path.lstrip("/")
        for name, value in path_params.items():
            url = url.replace("{" + name + "}", str(value))
        response = self.client.request(
            op.method, url, params={k: str(v) for k, v in query.items()}, json=body
        )
        try:
            answer = response.json() if response.content else None
        except ValueError:
            answer = response.text
        self._remember_ids(answer)
        return Exchange(path_params, body, response.status_code, answer)

    def create(self, operation_id: str, *, fresh: bool, variant: Mapping[str, Any]) -> Exchange:
        variant = self._canonical(operation_id, variant)
        key = (operation_id, tuple(sorted(variant.items())))
        if not fresh and key in self.cache:
            return self.cache[key]
        exchange = self.send(self.spec.operations[operation_id], fresh=fresh, variant=variant)
        if not 200 <= exchange.status < 300:
            raise CreateFailed(operation_id, exchange)
        if not fresh:
            self.cache[key] = exchange
        return exchange

    # --- values -----------------------------------------------------------------------

    def _path_params(self, op: SpecOperation, *, fresh: bool) -> dict[str, str]:
        values: dict[str, str] = {}
        # A create that links here says exactly which object fits (and how to make it).
        for source, link in self.linked_from.get(op.operation_id, []):
            if not set(op.path_params) & set(link.parameters):
                continue
            variant = self._variant_for(source, op)
            exchange = self.create(source, fresh=fresh, variant=variant)
            for name, expression in link.parameters.items():
                if name in op.path_params and name not in values:
                    values[name] = str(_evaluate(expression, exchange))
            break
        for name, schema in op.path_params.items():
            if name not in values:
                values[name] = str(self._value(schema, fresh=fresh))
        return values

    def _canonical(self, operation_id: str, variant: Mapping[str, Any]) -> dict[str, Any]:
        """``variant`` with the default of every required enum property spelled out.

        So the row for a create and a row that asked for the default value explicitly
        share one object instead of making a second, conflicting one.
        """
        schema = self.spec.merged(self.spec.operations[operation_id].body_schema or {})
        canonical = dict(variant)
        for name in schema.get("required", []):
            prop = self.spec.merged(schema.get("properties", {}).get(name, {}))
            if prop.get("enum") and name not in canonical:
                canonical[name] = self._value(prop, fresh=False)
        return canonical

    def _variant_for(self, source: str, target: SpecOperation) -> dict[str, Any]:
        """Body values of ``source`` that name a segment of the target's path.

        An association created with ``object_type: contact`` is the one that
        ``.../association/contact/`` reads; the link alone cannot say so.
        """
        schema = self.spec.deref(self.spec.operations[source].body_schema or {})
        segments = set(target.path.strip("/").split("/"))
        variant = {}
        for name, prop in (schema.get("properties") or {}).items():
            prop = self.spec.deref(prop)
            for value in prop.get("enum", []):
                if value in segments:
                    variant[name] = value
        return variant

    def need_id(self, prefix: str, *, fresh: bool) -> str:
        for producer in self.producers.get(prefix, []):
            exchange = self.create(producer, fresh=fresh, variant={})
            value = exchange.answer.get("id") if isinstance(exchange.answer, dict) else None
            if isinstance(value, str):
                return value
        if not self._harvested:
            self._harvest()
        if self.seen_ids.get(prefix):
            return self.seen_ids[prefix][0]
        raise CoverageError(f"no operation creates or lists an id with prefix {prefix!r}")

    def _harvest(self) -> None:
        """Read the ids no operation creates (users, the organization) from list answers."""
        self._harvested = True
        for op in self.spec.operations.values():
            if op.method == "GET" and not op.path_params and not op.required_query:
                self.send(op, fresh=False, variant={})

    def _remember_ids(self, answer: Any) -> None:
        for key, value in _walk(answer):
            if (key == "id" or key.endswith("_id")) and isinstance(value, str):
                match = _ID_VALUE.match(value)
                if match:
                    self.seen_ids.setdefault(match.group(1), []).append(value)

    def _body(self, schema: Any, *, fresh: bool, variant: Mapping[str, Any]) -> Any:
        body = self._value(schema, fresh=fresh)
        if isinstance(body, dict):
            body.update(variant)
        validator = self.spec.validator(schema)
        # Fill in what conditional subschemas require, until nothing more is asked.
        for _ in range(10):
            missing = [e for e in validator.iter_errors(body) if e.validator == "required"]
            if not missing:
                break
            for error in missing:
                target = _at(body, error.absolute_path)
                props = self._properties_at(schema, list(error.absolute_path))
                for name in error.validator_value:
                    if isinstance(target, dict) and name not in target and name in props:
                        target[name] = self._value(props[name], fresh=fresh)
        return body

    def _properties_at(self, schema: Any, path: list[Any]) -> dict[str, Any]:
        node = self.spec.deref(schema)
        for part in path:
            node = self.spec.merged(node)
            if isinstance(part, int):
                node = self.spec.deref(node.get("items", {}))
            else:
                node = self.spec.deref(node.get("properties", {}).get(part, {}))
        return dict(self.spec.merged(node).get("properties", {}))

    def _value(self, schema: Any, *, fresh: bool) -> Any:
        schema = self.spec.merged(schema)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        for key in ("oneOf", "anyOf"):
            options = [self.spec.deref(o) for o in schema.get(key, [])]
            options = [o for o in options if o.get("type") != "null"] or options
            if options:
                return self._value(options[0], fresh=fresh)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            props = schema.get("properties", {})
            return {
                name: self._value(props.get(name, {}), fresh=fresh)
                for name in schema.get("required", [])
            }
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self._value(schema.get("items", {}), fresh=fresh) for _ in range(count)]
        if kind == "string":
            return self._string(schema, fresh=fresh)
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
            return max(low, 0) if "maximum" not in schema else min(max(low, 0), schema["maximum"])
        if kind == "boolean":
            return False
        return None

    def _string(self, schema: Mapping[str, Any], *, fresh: bool) -> str:
        prefix = self.spec.id_prefix(schema)
        if prefix is not None:
            return self.need_id(prefix, fresh=fresh)
        if schema.get("format") in _SAMPLES_BY_FORMAT:
            return _SAMPLES_BY_FORMAT[schema["format"]]
        # Numbered, so that names and labels that must be unique are.
        self._counter += 1
        text = f"{_TEXT} {self._counter}".ljust(int(schema.get("minLength", 0)), "x")
        return text[: int(schema.get("maxLength", len(text)))]


def _short(exchange: Exchange) -> str:
    text = str(exchange.answer)
    return text if len(text) <= 160 else text[:157] + "..."


def _walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, value in node.items():
            yield str(name), value
            yield from _walk(value, str(name))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key)


def _at(node: Any, path: Sequence[Any]) -> Any:
    for part in path:
        node = node[part]
    return node


def _pointer(document: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def _evaluate(expression: str, exchange: Exchange) -> Any:
    """An OpenAPI runtime expression, for the forms the spec's links use."""
    try:
        if expression.startswith("$response.body#"):
            return _pointer(exchange.answer, expression.partition("#")[2])
        if expression.startswith("$request.body#"):
            return _pointer(exchange.body, expression.partition("#")[2])
        if expression.startswith("$request.path."):
            return exchange.path_params[expression.removeprefix("$request.path.")]
    except (KeyError, IndexError, TypeError, ValueError):
        raise CoverageError(f"link expression {expression} has no value") from None
    raise CoverageError(f"unsupported link expression {expression}")


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
    except CoverageError as exc:
        return Row(op.operation_id, op.label, has_handler, None, f"not sent: {exc}")
    except httpx.HTTPError as exc:
        return Row(op.operation_id, op.label, has_handler, None, f"no answer: {exc}")
    note = "ok" if 200 <= exchange.status < 300 else _short(exchange)
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=["text", "markdown"], default="text")
    args = parser.parse_args(argv)
    rows = check_operations(handlers=handlers)
    out(render(rows, args.format))
    return 0 if rows and all(row.answered for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
