"""Query, header and path parameters: parsing, coercion from text, and validation.

Parameters arrive as text; each is coerced to the JSON type its schema declares (an
integer, a boolean, a list...) and then checked. Simple scalar schemas, which are most of
them, are checked by a plain-Python predicate compiled once (:func:`fast_check`); the
JSON Schema validator only words the error when the answer is no.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl

from . import _errors

if TYPE_CHECKING:
    from jsonschema import ValidationError  # type: ignore[import-untyped, unused-ignore]

    from ._spec import Operation, Param

_INTEGER_RE = re.compile(r"^-?\d+$", re.ASCII)
_NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$", re.ASCII)
_BOOLEANS: Final = {"true": True, "false": False}


_SIMPLE_KEYWORDS = frozenset(
    {"type", "pattern", "enum", "minimum", "maximum", "minLength", "maxLength"}
    | {"description", "title", "example", "examples", "default", "deprecated"}
)
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def fast_check(schema: Any) -> Callable[[Any], bool] | None:
    """A plain-Python test for the simple scalar schemas parameters use, or ``None``.

    It answers exactly as the JSON Schema validator would, for a fraction of the cost;
    the validator is still used to word the error when the answer is no.
    """
    if not isinstance(schema, Mapping) or not set(schema) <= _SIMPLE_KEYWORDS:
        return None
    declared = schema.get("type")
    if declared not in _PY_TYPES:
        return None
    types = _PY_TYPES[declared]
    numeric = declared in ("integer", "number")
    whole = declared == "integer"
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    enum = list(schema["enum"]) if "enum" in schema else None
    low, high = schema.get("minimum"), schema.get("maximum")
    shortest, longest = schema.get("minLength"), schema.get("maxLength")

    def check(value: Any) -> bool:
        wrong_type = not isinstance(value, types) or (numeric and isinstance(value, bool))
        # JSON Schema counts 2.0 as an integer.
        if wrong_type and not (whole and isinstance(value, float) and value.is_integer()):
            return False
        if enum is not None and value not in enum:
            return False
        if numeric and low is not None and value < low:
            return False
        if numeric and high is not None and value > high:
            return False
        if isinstance(value, str):
            if pattern is not None and not pattern.search(value):
                return False
            # JSON Schema counts code points, as len() does.
            if shortest is not None and len(value) < shortest:
                return False
            if longest is not None and len(value) > longest:
                return False
        return True

    return check


def parse_query(query_string: bytes) -> dict[str, list[str]]:
    if not query_string:
        return {}
    parsed: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True):
        parsed.setdefault(name, []).append(value)
    return parsed


def flatten_query(query: dict[str, list[str]]) -> dict[str, str]:
    # Handlers get one string per name; a repeated name is joined with commas, which is
    # how Close spells lists in a query (``id__in=a,b``).
    return {
        name: values[0] if len(values) == 1 else ",".join(values) for name, values in query.items()
    }


def _coerce(kind: str, raw: str) -> tuple[bool, Any]:
    if kind == "integer":
        return (True, int(raw)) if _INTEGER_RE.match(raw) else (False, None)
    if kind == "number":
        return (True, float(raw)) if _NUMBER_RE.match(raw) else (False, None)
    if kind == "boolean":
        value = _BOOLEANS.get(raw)
        return (value is not None, value)
    return True, raw


def _check_value(param: Param, raw_values: list[str]) -> None:
    if param.kind == "array":
        items = raw_values if param.explode else raw_values[-1].split(",")
        coerced: list[Any] = []
        for item in items:
            ok, value = _coerce(param.item_kind, item)
            if not ok:
                raise _errors.param_type_error(param.name, param.item_kind, item)
            coerced.append(value)
        instance: Any = coerced
        raw = ",".join(raw_values)
    else:
        raw = raw_values[-1]
        ok, instance = _coerce(param.kind, raw)
        if not ok:
            raise _errors.param_type_error(param.name, param.kind, raw)
    if param.is_valid is not None and not param.is_valid(instance):
        assert param.validator is not None
        error: ValidationError | None = next(param.validator.iter_errors(instance), None)
        if error is not None:
            raise _errors.param_schema_error(param.name, raw, error)


def check_params(params: tuple[Param, ...], supplied: Mapping[str, list[str]]) -> None:
    for param in params:
        raw_values = supplied.get(param.name)
        if raw_values is None:
            if param.required:
                raise _errors.param_missing(param.name)
            continue
        _check_value(param, raw_values)


def check_header_params(operation: Operation, headers: list[tuple[bytes, bytes]]) -> None:
    supplied: dict[str, list[str]] = {}
    for name, value in headers:
        supplied.setdefault(name.decode("latin-1"), []).append(value.decode("latin-1"))
    check_params(operation.header_params, supplied)


def check_path_params(operation: Operation, values: list[str]) -> dict[str, str]:
    params = {}
    for param, value in zip(operation.path_params, values, strict=True):
        if param.is_valid is not None:
            ok, instance = _coerce(param.kind, value)
            # A path that names something that cannot exist is simply not found.
            if not ok or not param.is_valid(instance):
                raise _errors.route_not_found()
        params[param.name] = value
    return params
