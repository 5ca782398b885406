"""A plain-Python test for the simple scalar schemas most parameters use.

Checking ``{"type": "integer", "minimum": 0}`` with a JSON Schema validator costs far more
than the request it guards; :func:`fast_check` compiles such a schema once into a small
predicate that answers exactly as the validator would. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

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
