"""Parse a request body and refuse, before anything is stored, what could not be answered.

JSON can spell values Python holds but cannot send back (``1e400`` parses to ``inf``,
which ``json`` refuses to encode), and values so large that arithmetic on them fails
(``10**400`` cents has no float). Stored, such a value would break every later answer
holding it. Huge collections cost every organization time, since handlers run on the one
event loop. So every body is parsed and then walked once, linearly, against the limits
of :mod:`._limits`; the first value beyond one is refused with a Close-shaped 400 that
names where it is.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final

from . import _errors, _limits
from ._types import ApiError, BadRequest

NUMBER_OUT_OF_RANGE: Final = (
    f"Number out of range: numbers must be finite and between -{_limits.MAX_NUMBER} "
    f"and {_limits.MAX_NUMBER}."
)
TOO_MANY_ITEMS: Final = f"List is too long (at most {_limits.MAX_LIST_ITEMS} items)."
TOO_MANY_OBJECTS: Final = f"List is too long (at most {_limits.MAX_LIST_OBJECTS} objects)."
TOO_MANY_VALUES: Final = (
    f"The request body holds too many values (at most {_limits.MAX_JSON_VALUES})."
)


#: JSON text as the emulator sends it: compact, and ASCII as Close's framework sends (which
#: also keeps a lone surrogate that arrived in a request from breaking the answer's
#: encoding). The pipeline and the render cache both use it, so cached bytes are exactly
#: what the pipeline would have written.
dumps = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode


def encode(value: Any) -> bytes:
    """``value`` as the bytes of a JSON answer."""
    return dumps(value).encode()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(raw: bytes) -> Any:
    """The JSON value of ``raw``, checked against every limit; else a Close-shaped 400."""
    try:
        value = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise BadRequest(_errors.INVALID_JSON) from None
    check_value(value)
    return value


def number_in_range(number: int | float) -> bool:
    """Whether a number can be stored, computed with and sent back as JSON."""
    if isinstance(number, float) and not math.isfinite(number):
        return False
    return -_limits.MAX_NUMBER <= number <= _limits.MAX_NUMBER


def _refuse(path: list[str | int], message: str) -> ApiError:
    return _errors.at_path(path, message) if path else BadRequest(message)


def check_value(value: Any) -> None:
    """Raise a Close-shaped 400 for the first part of ``value`` beyond a limit.

    One pass, iterative (no recursion however deep the value), stopping at the first
    problem, so even a body at the size limit costs a few milliseconds.
    """
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    seen = 0
    while stack:
        item, path = stack.pop()
        seen += 1
        if seen > _limits.MAX_JSON_VALUES:
            raise BadRequest(TOO_MANY_VALUES)
        kind = type(item)
        if kind is int or kind is float:
            if not number_in_range(item):
                raise _refuse(path, NUMBER_OUT_OF_RANGE)
        elif kind is list or kind is dict:
            if len(path) >= _limits.MAX_JSON_DEPTH:
                raise BadRequest(_errors.TOO_DEEP)
            if kind is list:
                if len(item) > _limits.MAX_LIST_ITEMS:
                    raise _refuse(path, TOO_MANY_ITEMS)
                if len(item) > _limits.MAX_LIST_OBJECTS and any(type(i) is dict for i in item):
                    raise _refuse(path, TOO_MANY_OBJECTS)
                children: Any = enumerate(item)
            else:
                children = item.items()
            # Each child is a value too: refuse before queueing a huge object's children.
            if seen + len(stack) + len(item) > _limits.MAX_JSON_VALUES:
                raise BadRequest(TOO_MANY_VALUES)
            # Reversed, so that the first problem in document order is the one named.
            stack.extend((child, [*path, key]) for key, child in reversed(list(children)))
