"""Query, header and path parameters: parsing, coercion from text, and validation.

Parameters arrive as text; each is coerced to the JSON type its schema declares (an
integer, a boolean, a list...) and then checked. Simple scalar schemas, which are most of
them, are checked by a plain-Python predicate compiled once (:func:`fast_check`); the
JSON Schema validator only words the error when the answer is no.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl

from . import _errors

if TYPE_CHECKING:
    from jsonschema import ValidationError  # type: ignore[import-untyped, unused-ignore]

    from ._spec import Operation, Param

_INTEGER_RE = re.compile(r"^-?\d+$", re.ASCII)
_NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$", re.ASCII)
_BOOLEANS: Final = {"true": True, "false": False}


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


def _check_value(param: Param, raw_values: list[str]) -> Any:
    """The parameter's value coerced to its declared type, once it passed its schema."""
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
    return instance


def check_params(params: tuple[Param, ...], supplied: Mapping[str, list[str]]) -> dict[str, Any]:
    """Validate the declared parameters and return them typed, keyed by name.

    Only parameters that were sent appear; handlers read them from here and never parse
    the raw query again.
    """
    typed: dict[str, Any] = {}
    for param in params:
        raw_values = supplied.get(param.name)
        if raw_values is None:
            if param.required:
                raise _errors.param_missing(param.name)
            continue
        typed[param.name] = _check_value(param, raw_values)
    return typed


def check_header_params(operation: Operation, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    """Validate the declared headers; their typed values by lower-case name."""
    supplied: dict[str, list[str]] = {}
    for name, value in headers:
        supplied.setdefault(name.decode("latin-1"), []).append(value.decode("latin-1"))
    return check_params(operation.header_params, supplied)


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
