"""Decoding JSON bodies: msgspec when it is installed, the standard library otherwise.

A page of 100 leads is ~140 kB of JSON; ``json.loads`` spends about half a millisecond on
it, msgspec about half of that, which is most of what separates a typed list call from a
raw one (bench section 1). msgspec is a dependency of closeext, but nothing needs it: when
it cannot be imported the standard library decodes everything.

The result never depends on which decoder ran. msgspec gives the same values as
``json.loads`` (integers of any size included: orjson, as fast, silently turns integers
beyond 64 bits into floats, which no fallback could notice), and refuses some input the
standard library accepts (``NaN`` and ``Infinity``, numbers beyond the float range, a UTF-8
BOM, UTF-16/32 bytes, lone surrogates); such input is handed to ``json.loads``, so it
decodes, or fails, exactly as it would without msgspec.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]

_fast: Callable[[bytes], Any] | None
_fast_error: type[Exception]
try:
    import msgspec
except ImportError:  # pragma: no cover - tests hide msgspec by clearing _fast instead
    _fast, _fast_error = None, ValueError
else:
    # A Decoder without a type gives plain dicts, lists, str, int, float, bool and None.
    _fast, _fast_error = msgspec.json.Decoder().decode, msgspec.DecodeError


def loads(content: bytes) -> Any:
    """Decode a JSON body as ``json.loads`` does (same values, same errors), faster."""
    if _fast is not None:
        try:
            return _fast(content)
        except _fast_error:
            pass  # maybe valid for the standard library (see the module docstring)
    return json.loads(content)
