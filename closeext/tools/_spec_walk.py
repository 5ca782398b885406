"""Walking the spec the way the scripts that send real requests need it.

``emulator_coverage.py`` builds one valid request per operation from it, and
``contract.py`` uses it to keep a live run to its own objects. Both read the same
things: each operation's parameters and body schema, the links from a create to the
operations that read and delete what it made, and which ids a schema asks for (a
``pattern`` naming a prefix such as ``^lead_``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped, unused-ignore]
import yaml

_METHODS = ("get", "put", "post", "delete", "patch")
# A pattern that starts with a literal type prefix, e.g. '^lead_[A-Za-z0-9]+$' or
# '^(role_[A-Za-z0-9]+|admin|...)$'.
_ID_PATTERN = re.compile(r"^\^\(?([a-z]+_)\[")


class SpecWalkError(Exception):
    """The spec cannot be followed (a ``$ref`` cycle); the reason is the message."""


@dataclasses.dataclass(frozen=True)
class Link:
    """An OpenAPI link from a response to another operation."""

    target: str
    parameters: Mapping[str, str]


@dataclasses.dataclass(frozen=True)
class SpecOperation:
    """What the scripts need to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, Any]
    required_query: Mapping[str, Any]
    query_params: Mapping[str, Any]
    body_schema: Any
    links: tuple[Link, ...]
    #: The security schemes the operation itself names (empty: the spec's defaults).
    security: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


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
                raise SpecWalkError(f"$ref cycle at {node['$ref']}")
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
            security=frozenset(name for entry in op.get("security", []) for name in entry),
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


def walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair in a JSON answer, at any depth."""
    if isinstance(node, dict):
        for name, value in node.items():
            yield str(name), value
            yield from walk(value, str(name))
    elif isinstance(node, list):
        for item in node:
            yield from walk(item, key)
