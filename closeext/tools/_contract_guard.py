"""What keeps a ``contract.py`` run with ``--allow-writes`` to its own objects.

:class:`WriteGuard` holds the schemathesis hooks: before each request it refuses writes in
a read-only run, replaces ids the run did not create with ones that cannot exist, and
prefixes every name with the run's prefix; after each answer it records what a create
made and how to delete it (from the spec's links to delete operations).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._spec_walk import Spec, SpecOperation, walk

# QUERY is the safe, body-carrying method schemathesis probes with (RFC draft).
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "QUERY"})
# Body properties that name an object, in the order tried when a create has none.
NAME_KEYS = ("name", "label", "note")
NOT_CREATED = "closeextContractNotCreated"
# Close makes a lead of its own for a contact or an opportunity created without one.
PARENT_KEY, PARENT_PREFIX = "lead_id", "lead_"
_ID_PREFIX = re.compile(r"^([a-z]+_)")
_ID_VALUE = re.compile(r"^[a-z]+_[A-Za-z0-9]+$")


class RefusedWrite(RuntimeError):
    """A read-only run was about to send a request that could change something."""


@dataclasses.dataclass(frozen=True)
class Created:
    """An object the run created, and the request that deletes it."""

    operation: str
    path: str


class WriteGuard:
    """Schemathesis hooks that keep a run to its own objects and remember what it made.

    ``make_parent`` makes (once) a lead of the run's own. A create that could name a lead
    but names none is given that one: Close would otherwise make an "Untitled" lead for
    it, which nothing could recognise as the run's afterwards.
    """

    def __init__(
        self,
        spec: Spec,
        *,
        prefix: str,
        allow_writes: bool,
        make_parent: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.spec = spec
        self.prefix = prefix
        self.allow_writes = allow_writes
        self.make_parent = make_parent
        self.by_label = {op.label: op for op in spec.operations.values()}
        self.creates = {op.operation_id for op in spec.operations.values() if spec.delete_links(op)}
        self.own_ids: set[str] = set()
        self.foreign_ids: set[str] = set()
        self.created: list[Created] = []
        self.problems: list[str] = []
        self._parent: str | None = None

    # --- before a request ------------------------------------------------------------

    def before_call(self, context: Any, case: Any, kwargs: Any) -> None:
        method = str(case.method).upper()
        if method in SAFE_METHODS:
            return
        if not self.allow_writes:
            raise RefusedWrite(f"refusing {method} {case.path}: the run is read-only")
        for name, value in list(case.path_parameters.items()):
            if str(value) not in self.own_ids:
                case.path_parameters[name] = _not_created(value)
        if isinstance(case.body, dict | list):
            self._replace_foreign(case.body)
        op = self.by_label.get(f"{method} {case.path}")
        if isinstance(case.body, dict):
            self._prefix_names(case.body)
            if op is not None and method == "POST" and op.operation_id in self.creates:
                self._complete_create(case.body, op)

    def _replace_foreign(self, node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, str) and value in self.foreign_ids:
                node[key] = _not_created(value)
            elif isinstance(value, dict | list):
                self._replace_foreign(value)

    def _prefix_names(self, body: dict[str, Any]) -> None:
        for key in NAME_KEYS:
            value = body.get(key)
            if isinstance(value, str) and not value.startswith(self.prefix):
                body[key] = f"{self.prefix} {value}"

    def _complete_create(self, body: dict[str, Any], op: SpecOperation) -> None:
        """Name what a create makes, and hang it under the run's own lead."""
        properties = self.spec.properties(op.body_schema)
        if not any(isinstance(body.get(key), str) for key in NAME_KEYS):
            for key in NAME_KEYS:
                if key in properties and "string" in _types(self.spec.deref(properties[key])):
                    body[key] = self.prefix
                    break
        if PARENT_KEY in properties and body.get(PARENT_KEY) is None:
            if self._parent is None:
                self._parent = self.make_parent()
            if self._parent is not None:
                body[PARENT_KEY] = self._parent

    # --- after a response ------------------------------------------------------------

    def after_call(self, context: Any, case: Any, response: Any) -> None:
        try:
            answer = response.json()
        except ValueError:
            answer = None
        method = str(case.method).upper()
        op = self.by_label.get(f"{method} {case.path}")
        if op is not None and method == "POST" and 200 <= response.status_code < 300:
            self.record_created(op, case.path_parameters, case.body, answer)
        # Ids the run did not make belong to the account: writes must not name them.
        for key, value in walk(answer):
            if _is_id(key, value) and value not in self.own_ids:
                self.foreign_ids.add(value)

    def record_created(
        self, op: SpecOperation, path_params: Mapping[str, Any], body: Any, answer: Any
    ) -> None:
        """Remember how to delete what ``op`` just made (nothing if it makes nothing)."""
        links = self.spec.delete_links(op)
        if len(links) > 1:
            # e.g. one delete per association kind: keep the one whose path names a value
            # the request sent (`object_type: contact` -> .../association/contact/).
            sent = (
                {v for v in body.values() if isinstance(v, str)}
                if isinstance(body, dict)
                else set()
            )
            named = [
                link
                for link in links
                if sent & set(self.spec.operations[link.target].path.strip("/").split("/"))
            ]
            links = named or links
        for link in links:
            values: dict[str, str] = {}
            for name, expression in link.parameters.items():
                value = _evaluate(expression, path_params, body, answer)
                if value is None:
                    self.problems.append(
                        f"{op.operation_id} made an object, but {expression} has no value, "
                        "so it cannot be deleted"
                    )
                    return
                values[name] = value
                if expression.startswith("$response."):
                    self.own_ids.add(value)
                    self.foreign_ids.discard(value)
            path = self.spec.operations[link.target].path
            for name, value in values.items():
                path = path.replace("{" + name + "}", value)
            self.created.append(Created(op.operation_id, path))


def _is_id(key: str, value: Any) -> bool:
    return (
        (key == "id" or key.endswith("_id"))
        and isinstance(value, str)
        and bool(_ID_VALUE.match(value))
    )


def _types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    if isinstance(kind, list):
        return set(kind)
    return {kind} if isinstance(kind, str) else {"string"}


def _not_created(value: Any) -> str:
    """An id of the same kind as ``value`` that no server can hold."""
    match = _ID_PREFIX.match(str(value))
    return (match.group(1) if match else "") + NOT_CREATED


def _evaluate(
    expression: str, path_params: Mapping[str, Any], body: Any, answer: Any
) -> str | None:
    """A link's runtime expression against one request and its answer."""
    source: Any
    if expression.startswith("$request.path."):
        value = path_params.get(expression.removeprefix("$request.path."))
        return None if value is None else str(value)
    if expression.startswith("$response.body#"):
        source = answer
    elif expression.startswith("$request.body#"):
        source = body
    else:
        return None
    for part in expression.partition("#")[2].strip("/").split("/"):
        if not isinstance(source, dict) or part not in source:
            return None
        source = source[part]
    return source if isinstance(source, str) else None
