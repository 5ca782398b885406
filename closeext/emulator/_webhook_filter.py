"""Close's webhook filter language: parsed once when a subscription is saved, run per event.

A filter is a JSON tree (Close's "Webhook Filters" page)::

    {"type": "field_accessor", "field": "changed_fields",
     "filter": {"type": "contains", "value": "status_id"}}

* comparisons on the current value: ``equals`` / ``not_equals`` (the whole value, JSON
  equality: ``true`` is not ``1``), ``is_null`` / ``non_null``, ``contains`` (an element of
  an array, or a substring of a string);
* logic: ``and`` / ``or`` over ``filters``, ``not`` over ``filter``;
* navigation: ``field_accessor`` moves to the value of ``field`` in an object (a missing
  field, or a value that is not an object, gives null), ``any_array_value`` matches when
  some element of an array matches ``filter``.

The root value is the event itself, as ``/event/`` renders it. :func:`compile_filter`
refuses anything else with :class:`FilterError`, whose message says where and why, so a
subscription never stores a filter it could not run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

__all__ = ["FilterError", "Predicate", "compile_filter", "json_equal"]

#: A compiled filter: does it match this JSON value?
Predicate = Callable[[Any], bool]

#: Nesting beyond this is refused; Close publishes no bound [unverified], the request
#: body's own depth limit comes first in practice.
MAX_DEPTH: Final = 32

_KEYS: Final[Mapping[str, frozenset[str]]] = {
    "equals": frozenset({"type", "value"}),
    "not_equals": frozenset({"type", "value"}),
    "contains": frozenset({"type", "value"}),
    "is_null": frozenset({"type"}),
    "non_null": frozenset({"type"}),
    "and": frozenset({"type", "filters"}),
    "or": frozenset({"type", "filters"}),
    "not": frozenset({"type", "filter"}),
    "any_array_value": frozenset({"type", "filter"}),
    "field_accessor": frozenset({"type", "field", "filter"}),
}


class FilterError(ValueError):
    """A filter the language does not define; the message names the offending node."""


def json_equal(left: Any, right: Any) -> bool:
    """Equality of two JSON values, where booleans are never numbers (``true`` != ``1``)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left is right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(json_equal, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(json_equal(v, right[k]) for k, v in left.items())
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    return type(left) is type(right) and bool(left == right)


def _contains(current: Any, wanted: Any) -> bool:
    if isinstance(current, list):
        return any(json_equal(item, wanted) for item in current)
    if isinstance(current, str) and isinstance(wanted, str):
        return wanted in current
    return False


def compile_filter(node: Any, where: str = "filter", depth: int = 0) -> Predicate:
    """The predicate of one filter tree; :class:`FilterError` if it is not one."""
    if depth > MAX_DEPTH:
        raise FilterError(f"{where}: filters are nested too deeply (at most {MAX_DEPTH}).")
    if not isinstance(node, Mapping):
        raise FilterError(f"{where}: a filter must be an object with a type.")
    kind = node.get("type")
    allowed = _KEYS.get(kind) if isinstance(kind, str) else None
    if allowed is None:
        known = ", ".join(_KEYS)
        raise FilterError(f"{where}: unknown filter type {kind!r} (known: {known}).")
    missing = sorted(allowed - set(node))
    if missing:
        raise FilterError(f"{where}: a {kind} filter needs {', '.join(missing)}.")
    unknown = sorted(set(node) - allowed)
    if unknown:
        raise FilterError(f"{where}: a {kind} filter takes no {', '.join(unknown)}.")

    if kind in ("equals", "not_equals", "contains"):
        value = node["value"]
        if kind == "equals":
            return lambda current: json_equal(current, value)
        if kind == "not_equals":
            return lambda current: not json_equal(current, value)
        return lambda current: _contains(current, value)
    if kind == "is_null":
        return lambda current: current is None
    if kind == "non_null":
        return lambda current: current is not None
    if kind in ("and", "or"):
        parts = node["filters"]
        if not isinstance(parts, list) or not parts:
            raise FilterError(f"{where}: an {kind} filter needs a non-empty list of filters.")
        compiled = [
            compile_filter(part, f"{where}.filters[{index}]", depth + 1)
            for index, part in enumerate(parts)
        ]
        if kind == "and":
            return lambda current: all(test(current) for test in compiled)
        return lambda current: any(test(current) for test in compiled)
    inner = compile_filter(node["filter"], f"{where}.filter", depth + 1)
    if kind == "not":
        return lambda current: not inner(current)
    if kind == "any_array_value":
        return lambda current: isinstance(current, list) and any(map(inner, current))
    field = node["field"]
    if not isinstance(field, str) or not field:
        raise FilterError(f"{where}: field_accessor needs a field name.")

    def accessed(current: Any) -> bool:
        value = current.get(field) if isinstance(current, Mapping) else None
        return inner(value)

    return accessed
