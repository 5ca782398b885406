"""Custom fields: body keys, definitions and the name → id registry.

Close stores custom field values on records under ``custom.<field id>`` keys, with ids
nobody can read (``cf_v6S0…``). This module turns those into something usable:

* :func:`field_key`, :func:`add_key`, :func:`remove_key` and :func:`parse_field_key`
  write and read the keys (``custom.cf_…``, ``custom.cf_….add``, ``custom.cf_….remove``);
* :class:`FieldDef` is one field definition, read leniently from Close's JSON;
* :class:`FieldRegistry` maps names to definitions per :class:`ObjectType`, from the JSON
  of ``GET /custom_field_schema/<object type>/`` (which lists regular *and* shared fields).

Reading typed values off records lives in :mod:`closeext._values`.

Name lookup is exact and case-sensitive. A case-insensitive fallback was rejected on
purpose: if someone later creates a field whose name matches exactly, the same code would
silently start writing to a different field. Near misses are offered in the error instead.

Pure: standard library only. Nothing here performs I/O; the registry's ``loader`` is
whatever callable the caller provides.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from ._associations import ObjectType
from ._helper_errors import (
    AmbiguousFieldName,
    InvalidFieldKey,
    InvalidSchema,
    MissingSchema,
    UnknownField,
)

__all__ = [
    "FieldDef",
    "FieldRegistry",
    "FieldType",
    "ObjectType",
    "SchemaJSON",
    "SchemaLoader",
    "SchemaMap",
    "SupportsToDict",
    "add_key",
    "body_is_idempotent",
    "field_key",
    "is_field_id",
    "parse_field_key",
    "remove_key",
]

# Ids are `cf_` + base62 today; before May 2021 some had a type prefix such as `lcf_`.
_FIELD_ID = re.compile(r"[a-z]*cf_[A-Za-z0-9]+")
_KEY = re.compile(r"custom\.([a-z]*cf_[A-Za-z0-9]+)(?:\.(add|remove))?")

FieldOp = Literal["add", "remove"]


class FieldType(enum.StrEnum):
    """The custom field types Close documents. Unknown types are kept as plain strings."""

    TEXT = "text"
    TEXTAREA = "textarea"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    CHOICES = "choices"
    USER = "user"
    CONTACT = "contact"
    CUSTOM_OBJECT = "custom_object"
    HIDDEN = "hidden"


_KNOWN_TYPES = frozenset(FieldType)
# Types whose values are one string each (ids for user/contact/custom_object).
_STRING_TYPES = _KNOWN_TYPES - {
    FieldType.NUMBER,
    FieldType.DATE,
    FieldType.DATETIME,
    FieldType.HIDDEN,
}
# Types with a defined value shape; hidden and unknown types hold any JSON.
_TYPED_VALUES = _STRING_TYPES | {FieldType.NUMBER, FieldType.DATE, FieldType.DATETIME}


# -- keys ------------------------------------------------------------------------------


def is_field_id(value: object) -> bool:
    """Whether ``value`` looks like a custom field id (``cf_…``, or legacy ``lcf_…``)."""
    return isinstance(value, str) and _FIELD_ID.fullmatch(value) is not None


def _checked_id(field_id: str) -> str:
    if not is_field_id(field_id):
        hint = ""
        if isinstance(field_id, str) and field_id.startswith("custom."):
            hint = " (pass the field id, not the body key)"
        raise InvalidFieldKey(f"{field_id!r} is not a custom field id (cf_…){hint}")
    return field_id


def field_key(field_id: str) -> str:
    """The body key that sets or reads a field: ``custom.cf_…``."""
    return f"custom.{_checked_id(field_id)}"


def add_key(field_id: str) -> str:
    """The body key that appends one value to a multi-value field: ``custom.cf_….add``."""
    return f"custom.{_checked_id(field_id)}.add"


def remove_key(field_id: str) -> str:
    """The body key that removes one value from a multi-value field."""
    return f"custom.{_checked_id(field_id)}.remove"


def parse_field_key(key: str) -> tuple[str, FieldOp | None] | None:
    """Split ``custom.cf_…[.add|.remove]`` into ``(field_id, op)``.

    Returns ``None`` for any other key, including ordinary attributes (``name``) and the
    deprecated ``custom.<Field Name>`` form, so it can be run over every key of a record.
    """
    match = _KEY.fullmatch(key) if isinstance(key, str) else None
    if match is None:
        return None
    op = match.group(2)
    return match.group(1), ("add" if op == "add" else "remove" if op == "remove" else None)


def body_is_idempotent(body: Mapping[str, Any]) -> bool:
    """False when ``body`` holds ``.add``/``.remove`` keys, which must not be replayed.

    Sending such a body twice can append a value twice, so a retry layer should resend
    it only when the first attempt surely never reached Close.
    """
    return not any((parsed := parse_field_key(k)) and parsed[1] for k in body)


# -- definitions -----------------------------------------------------------------------


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class FieldDef:
    """One custom field definition. ``choices`` is ``None`` when the JSON did not list them
    (Close leaves them out of some listings), which disables choice checks."""

    id: str
    name: str
    type: str
    accepts_multiple_values: bool = False
    choices: tuple[str, ...] | None = None
    is_shared: bool = False
    required: bool = False
    referenced_custom_type_id: str | None = None
    description: str | None = None
    editable_with_roles: tuple[str, ...] = ()
    custom_activity_type_id: str | None = None
    custom_object_type_id: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldDef:
        """Read a field object as Close returns it; unknown keys are ignored.

        Raises:
            InvalidSchema: if ``data`` is not an object with a custom field ``id``.
        """
        if not isinstance(data, Mapping):
            raise InvalidSchema(f"A custom field must be a JSON object, got {data!r:.60}")
        field_id = data.get("id")
        if not isinstance(field_id, str) or not is_field_id(field_id):
            raise InvalidSchema(f"Custom field without a valid id: {field_id!r:.60}")
        raw_type = data.get("type")
        field_type: str = raw_type if isinstance(raw_type, str) else ""
        if field_type in _KNOWN_TYPES:
            field_type = FieldType(field_type)
        choices = data.get("choices")
        roles = data.get("editable_with_roles")
        return cls(
            id=field_id,
            name=data["name"] if isinstance(data.get("name"), str) else "",
            type=field_type,
            accepts_multiple_values=data.get("accepts_multiple_values") is True,
            choices=(
                tuple(c for c in choices if isinstance(c, str))
                if isinstance(choices, list)
                else None
            ),
            is_shared=data.get("is_shared") is True,
            required=data.get("required") is True,
            referenced_custom_type_id=_opt_str(data.get("referenced_custom_type_id")),
            description=_opt_str(data.get("description")),
            editable_with_roles=(
                tuple(r for r in roles if isinstance(r, str)) if isinstance(roles, list) else ()
            ),
            custom_activity_type_id=_opt_str(data.get("custom_activity_type_id")),
            custom_object_type_id=_opt_str(data.get("custom_object_type_id")),
        )

    @property
    def key(self) -> str:
        """``custom.<id>``."""
        return field_key(self.id)

    @property
    def holds_any_json(self) -> bool:
        """True for ``hidden`` fields and types this version does not know: any JSON value,
        lists included, is stored and returned as is."""
        return self.type not in _TYPED_VALUES

    @property
    def label(self) -> str:
        """How errors name the field: ``custom field 'Industry' (cf_…)``."""
        return f"custom field {self.name!r} ({self.id})" if self.name else f"custom field {self.id}"


# -- registry --------------------------------------------------------------------------


class SupportsToDict(Protocol):
    """A generated model: ``to_dict()`` gives its JSON."""

    def to_dict(self) -> dict[str, Any]: ...


SchemaJSON = Mapping[str, Any] | list[Any] | SupportsToDict
"""``{"fields": [...]}`` as the schema endpoint returns it, or the generated model of it
(``{"data": [...]}`` or a bare list of field objects are read too)."""

SchemaLoader = Callable[[ObjectType], SchemaJSON]
"""Returns the JSON of ``GET /custom_field_schema/<object_type.schema_path>/``."""

# Keys are ObjectType or str (both are accepted); Mapping is invariant in its key type, so
# any narrower annotation would reject a plain dict[ObjectType, ...] or a mixed literal.
SchemaMap = Mapping[Any, SchemaJSON]
"""``{ObjectType | str: schema JSON}``."""


@dataclass(frozen=True, slots=True)
class _Schema:
    fields: tuple[FieldDef, ...]
    by_id: Mapping[str, FieldDef]
    by_name: Mapping[str, tuple[FieldDef, ...]]


def _parse_schema(object_type: ObjectType, schema: object) -> _Schema:
    # Accept the schema endpoint's {"fields": [...]}, the list endpoints' {"data": [...]}
    # and a bare list, so any of Close's field listings can seed a registry.
    to_dict = getattr(schema, "to_dict", None)
    if callable(to_dict):  # a generated CustomFieldSchema model
        schema = to_dict()
    entries: object = schema
    if isinstance(schema, Mapping):
        entries = schema.get("fields", schema.get("data"))
    if not isinstance(entries, list):
        raise InvalidSchema(
            f"Custom field schema for {object_type} must be {{'fields': [...]}}, "
            f"got {type(schema).__name__}"
        )
    fields: list[FieldDef] = []
    by_id: dict[str, FieldDef] = {}
    by_name: dict[str, list[FieldDef]] = {}
    for entry in entries:
        field = FieldDef.from_json(entry)
        if field.id in by_id:
            continue
        fields.append(field)
        by_id[field.id] = field
        by_name.setdefault(field.name, []).append(field)
    return _Schema(
        fields=tuple(fields),
        by_id=by_id,
        by_name={name: tuple(defs) for name, defs in by_name.items()},
    )


class FieldRegistry:
    """Custom field definitions per object type, looked up by name or id.

    Seed it with schemas, a loader, or both::

        registry = FieldRegistry({ObjectType.lead(): lead_schema_json})
        registry = FieldRegistry(loader=lambda t: fetch(f"custom_field_schema/{t.schema_path}/"))

    A loader is called at most once per object type until :meth:`refresh` (concurrent
    first lookups may both call it; the results are equal, so no lock). Given schemas are
    used until refreshed; after that the loader (if any) supplies them. Loaders are
    synchronous: async code fetches the schema itself and hands it to :meth:`set_schema`.
    Errors a loader raises propagate unchanged and nothing is cached, so the next lookup
    tries again.
    """

    def __init__(
        self,
        schemas: SchemaMap | None = None,
        *,
        loader: SchemaLoader | None = None,
    ) -> None:
        self._loader = loader
        self._static: dict[ObjectType, _Schema] = {}
        for object_type, schema in (schemas or {}).items():
            target = ObjectType.coerce(object_type)
            self._static[target] = _parse_schema(target, schema)
        self._cache: dict[ObjectType, _Schema] = dict(self._static)

    def set_schema(self, object_type: ObjectType | str, schema: SchemaJSON) -> None:
        """Replace the definitions of one object type with ``schema``."""
        target = ObjectType.coerce(object_type)
        parsed = _parse_schema(target, schema)
        self._static[target] = parsed
        self._cache[target] = parsed

    def refresh(self, object_type: ObjectType | str | None = None) -> None:
        """Forget loaded definitions (of one object type, or all) so the loader runs again.

        Without a loader, schemas passed in are kept: there is nothing to reload them from.
        """
        targets = list(self._cache) if object_type is None else [ObjectType.coerce(object_type)]
        for target in targets:
            self._cache.pop(target, None)
            if self._loader is None and target in self._static:
                self._cache[target] = self._static[target]
            elif self._loader is not None:
                self._static.pop(target, None)

    def _schema(self, object_type: ObjectType | str) -> _Schema:
        target = ObjectType.coerce(object_type)
        cached = self._cache.get(target)
        if cached is not None:
            return cached
        if self._loader is None:
            raise MissingSchema(
                f"The registry has no custom field schema for {target} and no loader"
            )
        parsed = _parse_schema(target, self._loader(target))
        self._cache[target] = parsed
        return parsed

    def fields(self, object_type: ObjectType | str) -> tuple[FieldDef, ...]:
        """Every field on the object type, shared ones included, in schema order."""
        return self._schema(object_type).fields

    def resolve(self, object_type: ObjectType | str, name_or_id: str) -> FieldDef:
        """The field called ``name_or_id`` (exact name) or with that id on the object type.

        Raises:
            AmbiguousFieldName: several fields carry the name.
            UnknownField: nothing matches; the error lists close names.
        """
        if not isinstance(name_or_id, str):
            raise InvalidFieldKey(f"A field is named by a string, got {name_or_id!r:.60}")
        target = ObjectType.coerce(object_type)
        schema = self._schema(target)
        by_id = schema.by_id.get(name_or_id)
        if by_id is not None:
            return by_id
        named = schema.by_name.get(name_or_id, ())
        if len(named) == 1:
            return named[0]
        if named:
            raise AmbiguousFieldName(
                name=name_or_id, object_type=str(target), field_ids=[f.id for f in named]
            )
        raise UnknownField(
            field=name_or_id,
            object_type=str(target),
            suggestions=_suggest(name_or_id, schema.by_name),
            hint="Pass the field id, not the body key."
            if name_or_id.startswith("custom.")
            else None,
        )


def _suggest(wanted: str, names: Iterable[str]) -> list[str]:
    known = [n for n in names if n]
    folded = wanted.casefold()
    same_case = [n for n in known if n.casefold() == folded]
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    return list(dict.fromkeys(same_case + close))[:3]
