"""Close-shaped error bodies, and the translation of schema errors into them.

Close answers errors in two shapes (see ``_types``): a simple ``{"error": "..."}`` and the
validation envelope ``{"errors": [...], "field-errors": {...}}``, where an error inside a
list item nests under the list's key by index::

    {"errors": [], "field-errors": {"contacts": {"errors": {"0": {"errors": [],
        "field-errors": {"name": "This field is required."}}}}}}

The messages follow the wording of Close's open-source validation library, so a client
that matches on them behaves as it would against the real API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from jsonschema import ValidationError  # type: ignore[import-untyped, unused-ignore]

from . import _limits
from ._types import ApiError, BadRequest, SimpleError, ValidationFailed

UNAUTHORIZED: Final = "Unauthorized"
INVALID_JSON: Final = "The request contains invalid JSON."
NOT_A_DICT: Final = "JSON data must be a dict."
# Close's documentation lists 415 for an unsupported format, while its REST framework
# answers this text with a 400. We follow the documented status: a client can then tell
# "you sent the wrong format" from "your data is invalid" by status alone.
UNSUPPORTED_MEDIA: Final = "Please send valid JSON with a 'Content-Type: application/json' header."
ROUTE_NOT_FOUND: Final = "The requested URL was not found on the server."
METHOD_NOT_ALLOWED: Final = "The method is not allowed for the requested URL."
BODY_TOO_LARGE: Final = "The request body is too large."
TOO_DEEP: Final = "The request body is nested too deeply."
RESPONSE_TOO_LARGE: Final = (
    f"The answer would be larger than the emulator's limit of "
    f"{_limits.MAX_RESPONSE_BYTES // (1024 * 1024)} MiB: ask for fewer objects (_limit) "
    "or fields (_fields)."
)
INTERNAL: Final = (
    "The emulator could not handle this request. This is a bug in closeext.emulator; "
    "the details are in its log."
)

REQUIRED: Final = "This field is required."
_PY_TYPES: Final = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "array": "list",
    "object": "dict",
}


def route_not_found() -> ApiError:
    return SimpleError(404, ROUTE_NOT_FOUND)


def method_not_allowed() -> ApiError:
    return SimpleError(405, METHOD_NOT_ALLOWED)


def unauthorized() -> ApiError:
    return SimpleError(401, UNAUTHORIZED)


def unsupported_media_type() -> ApiError:
    return SimpleError(415, UNSUPPORTED_MEDIA)


def type_message(types: Any) -> str:
    """``Value must be of str type.`` for a JSON type or a list of them (null is dropped)."""
    names = [types] if isinstance(types, str) else list(types)
    shown = [_PY_TYPES.get(t, t) for t in names if t != "null"] or ["null"]
    return f"Value must be of {' or '.join(shown)} type."


def _format_message(fmt: Any) -> str:
    if fmt in ("date", "date-time", "time"):
        return "Invalid ISO 8601 datetime."
    if fmt in ("email", "idn-email"):
        return "Invalid email address."
    if fmt in ("uri", "url", "iri"):
        return "Invalid URL."
    return "Invalid input."


def message_for(error: ValidationError) -> str:
    """The Close wording for one schema error (``required`` is placed by the caller)."""
    keyword, bound = error.validator, error.validator_value
    if keyword == "type":
        return type_message(bound)
    if keyword in ("enum", "const"):
        return "Not a valid choice."
    if keyword == "maxLength":
        return f"The value must be no longer than {bound} characters."
    if keyword == "minLength":
        return REQUIRED if bound == 1 else f"The value must be at least {bound} characters long."
    if keyword == "maximum":
        return f"The value must not be larger than {bound}."
    if keyword == "exclusiveMaximum":
        return f"The value must be smaller than {bound}."
    if keyword == "minimum":
        return f"The value must be at least {bound}."
    if keyword == "exclusiveMinimum":
        return f"The value must be larger than {bound}."
    if keyword == "minItems":
        return (
            "List must not be empty." if bound == 1 else f"List must have at least {bound} items."
        )
    if keyword == "maxItems":
        return "List is too long."
    if keyword == "uniqueItems":
        return "List items must be unique."
    if keyword == "format":
        return _format_message(bound)
    if keyword in ("anyOf", "oneOf") and error.context:
        return _alternatives_message(error)
    return "Invalid input."


def _alternatives_message(error: ValidationError) -> str:
    # For a nullable field written as anyOf [X, null], the useful message is X's.
    depth = len(error.absolute_path)
    same_place = [e for e in error.context or () if len(e.absolute_path) == depth]
    if same_place and all(e.validator == "type" for e in same_place):
        types: list[str] = []
        for e in same_place:
            bound = e.validator_value
            types.extend([bound] if isinstance(bound, str) else bound)
        return type_message(list(dict.fromkeys(types)))
    if error.validator == "oneOf" and not same_place:
        return "Invalid input."
    candidates = [e for e in same_place if e.validator not in ("type", "required")]
    return message_for(candidates[0]) if candidates else "Invalid input."


def _additional_keys(error: ValidationError) -> list[str]:
    instance = error.instance
    if not isinstance(instance, Mapping):
        return []
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    declared = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    return [
        key
        for key in instance
        if key not in declared and not any(re.search(p, key) for p in patterns)
    ]


def _new_container(list_level: bool) -> dict[str, Any]:
    return {"errors": {}} if list_level else {"errors": [], "field-errors": {}}


def _place(container: dict[str, Any], path: list[Any], message: str) -> None:
    """Put ``message`` at ``path`` inside a Close error envelope, keeping the first per field."""
    if not path:
        errors = container["errors"]
        if isinstance(errors, list) and message not in errors:
            errors.append(message)
        return
    slots = container["field-errors"] if "field-errors" in container else container["errors"]
    key = str(path[0])
    if len(path) == 1:
        slots.setdefault(key, message)
        return
    child = slots.get(key)
    if isinstance(child, str):
        return
    if child is None:
        child = slots[key] = _new_container(isinstance(path[1], int))
    _place(child, path[1:], message)


def at_path(path: list[Any], message: str) -> ApiError:
    """A validation error holding one ``message`` at ``path`` (keys and list indexes)."""
    envelope: dict[str, Any] = {"errors": [], "field-errors": {}}
    _place(envelope, list(path), message)
    return ValidationFailed(envelope["errors"], envelope["field-errors"])


def validation_error(errors: Iterable[ValidationError], *, wants_object: bool) -> ApiError:
    """Turn a body's schema errors into the Close error a client would receive."""
    envelope: dict[str, Any] = {"errors": [], "field-errors": {}}
    for error in errors:
        path = list(error.absolute_path)
        if not path and error.validator == "type" and wants_object:
            return BadRequest(NOT_A_DICT)
        if error.validator == "required" and isinstance(error.instance, Mapping):
            for name in error.validator_value:
                if name not in error.instance:
                    _place(envelope, [*path, name], REQUIRED)
            continue
        if error.validator in ("additionalProperties", "unevaluatedProperties"):
            for name in _additional_keys(error):
                _place(envelope, [*path, name], "Unknown field.")
            continue
        _place(envelope, path, message_for(error))
    if not envelope["errors"] and not envelope["field-errors"]:
        envelope["errors"].append("Invalid request.")
    return ValidationFailed(envelope["errors"], envelope["field-errors"])


# --- query and header parameters -----------------------------------------------------
# Close's framework words pagination problems in the simple shape; other parameters get
# the validation envelope keyed by the parameter's name.


def param_type_error(name: str, kind: str, raw: str) -> ApiError:
    if name in ("_limit", "_skip") and kind == "integer":
        return BadRequest(f'{name} must be an integer (got "{raw}" instead).')
    return ValidationFailed([], {name: type_message(kind)})


def param_missing(name: str) -> ApiError:
    return ValidationFailed([], {name: REQUIRED})


def param_schema_error(name: str, raw: str, error: ValidationError) -> ApiError:
    keyword, bound = error.validator, error.validator_value
    if name == "_limit" and keyword == "maximum":
        return BadRequest(
            "The limit you set is larger than the maximum limit for this resource "
            f"(max_limit = {bound})."
        )
    if name == "_skip" and keyword == "maximum":
        return BadRequest(
            "The skip you set is larger than the maximum skip for this resource "
            f"(max_skip = {bound})."
        )
    if name in ("_limit", "_skip") and keyword in ("minimum", "exclusiveMinimum"):
        positive = bound >= 1 or keyword == "exclusiveMinimum"
        what = "a positive" if positive else "a non-negative"
        return BadRequest(f'{name} must be {what} integer (got "{raw}" instead).')
    if error.validator == "type":
        return ValidationFailed([], {name: type_message(bound)})
    return ValidationFailed([], {name: message_for(error)})
