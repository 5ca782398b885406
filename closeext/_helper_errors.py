"""Errors raised by the pure custom field helpers, before anything is sent to Close.

The tree (``CloseError`` lives here, the root of every closeext error, so that these pure
modules need nothing but the standard library; ``closeext._errors`` re-uses it)::

    CloseError
     ├── ConfigurationError          a client built with a missing or malformed key or URL
     └── FieldError                  any misuse the helpers catch locally (also a ValueError)
          ├── InvalidFieldKey        a custom field id or ``custom.…`` key of the wrong shape
          ├── InvalidObjectType      a target that is not lead/contact/opportunity/actitype/cotype
          ├── InvalidSchema          a custom field schema JSON the registry cannot read
          ├── MissingSchema          the registry has no schema (and no loader) for a target
          ├── UnknownField           a field name or id the registry does not know
          ├── AmbiguousFieldName     a name shared by several fields on one object type
          ├── InvalidFieldValue      a value of the wrong type or outside ``choices``
          └── InvalidOperation       an operation the field does not support
               └── ConflictingUpdate two operations on one field in one update

Field errors also derive from :class:`ValueError` so that code catching bad input
generically keeps working; this module deliberately does not import ``closeext._errors``
(the pure modules must not depend on the HTTP layer). Messages never contain credentials:
the helpers never see one.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousFieldName",
    "CloseError",
    "ConfigurationError",
    "ConflictingUpdate",
    "FieldError",
    "InvalidFieldKey",
    "InvalidFieldValue",
    "InvalidObjectType",
    "InvalidOperation",
    "InvalidSchema",
    "MissingSchema",
    "UnknownField",
]

# Values can be long (a textarea) or personal; messages show only a bounded prefix.
_MAX_VALUE_REPR = 80


def short_repr(value: object) -> str:
    """``repr(value)`` cut to a length fit for an error message."""
    text = repr(value)
    if len(text) > _MAX_VALUE_REPR:
        return text[: _MAX_VALUE_REPR - 3] + "..."
    return text


class CloseError(Exception):
    """Base class of every error closeext raises on purpose."""


class ConfigurationError(CloseError):
    """A client was built with a missing or malformed API key or base URL."""


class FieldError(CloseError, ValueError):
    """Base class of every error raised by the custom field helpers."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidFieldKey(FieldError):
    """A custom field id or body key does not have the shape Close uses (``cf_…``)."""


class InvalidObjectType(FieldError):
    """A string or value cannot name an object type custom fields attach to."""


class InvalidSchema(FieldError):
    """A custom field schema (``{"fields": [...]}``) is not readable."""


class MissingSchema(FieldError):
    """The registry was given no schema and no loader for the object type asked about."""


class UnknownField(FieldError):
    """No custom field with this name or id exists on the object type.

    ``suggestions`` holds the closest known names, best first.
    """

    def __init__(
        self,
        *,
        field: str,
        object_type: str | None = None,
        suggestions: Sequence[str] = (),
        hint: str | None = None,
    ) -> None:
        self.field = field
        self.object_type = object_type
        self.suggestions = tuple(suggestions)
        where = f" on {object_type}" if object_type else ""
        message = f"Unknown custom field {field!r}{where}."
        if self.suggestions:
            message += " Did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += " " + hint
        super().__init__(message)


class AmbiguousFieldName(FieldError):
    """Several custom fields on one object type share the name; use an id instead."""

    def __init__(self, *, name: str, object_type: str, field_ids: Sequence[str]) -> None:
        self.name = name
        self.object_type = object_type
        self.field_ids = tuple(field_ids)
        super().__init__(
            f"Custom field name {name!r} is ambiguous on {object_type}: "
            f"{len(self.field_ids)} fields share it ({', '.join(self.field_ids)}). "
            "Refer to the field by id instead."
        )


class InvalidFieldValue(FieldError):
    """A value does not fit the field's type, its ``choices`` or its cardinality.

    ``field`` names what was written: ``custom field 'Industry' (cf_…)`` or ``attribute
    'name'``.
    """

    def __init__(self, *, field: str, reason: str, value: object = None) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"Invalid value {short_repr(value)} for {field}: {reason}")


class InvalidOperation(FieldError):
    """The operation does not apply (e.g. ``.add`` on a single-value field)."""


class ConflictingUpdate(InvalidOperation):
    """One update touches a field twice in ways whose outcome depends on Close's key order."""
