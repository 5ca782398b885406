"""The update builder: one record update as Close's JSON body, checked before it is sent.

Close writes custom fields through flat body keys, and the easy mistakes are silent:
sending a list replaces a multi-value field's whole value, ``.add``/``.remove`` only work
on multi-value fields, and two keys for one field (``custom.cf_x`` and ``custom.cf_x.add``)
are applied in an order nobody promises. :class:`Update` makes each intent explicit::

    body = (
        Update(registry=registry, object_type=ObjectType.lead())
        .set("Industry", "Software")
        .add("Tags", "vip")
        .unset("Churn date")
        .set_attrs(name="Acme")
        .build()
    )
    # {"name": "Acme", "custom.cf_…": "Software", "custom.cf_….add": "vip", "custom.cf_…": None}

With a registry (or :class:`FieldDef` arguments) every value is checked against its field:
type, ``choices``, single vs multi value, and ``.add``/``.remove`` only on multi-value
fields. Without one only what needs no definition is checked: id syntax, JSON-ability,
aware datetimes, one ``.add`` per field, and no set+add conflicts.

Pure: standard library only.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Protocol, Self, TypeVar

from ._associations import ObjectType
from ._fields import (
    FieldDef,
    FieldRegistry,
    FieldType,
    add_key,
    body_is_idempotent,
    field_key,
    is_field_id,
    remove_key,
)
from ._helper_errors import (
    ConflictingUpdate,
    InvalidFieldValue,
    InvalidOperation,
    UnknownField,
    short_repr,
)

__all__ = ["Update"]

_M_co = TypeVar("_M_co", covariant=True)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ID_PREFIX: dict[str, str] = {FieldType.CONTACT: "cont_", FieldType.CUSTOM_OBJECT: "custobj_"}


class _ModelClass(Protocol[_M_co]):
    """A generated request model class: anything with ``from_dict(dict) -> instance``."""

    def from_dict(self, src_dict: dict[str, Any], /) -> _M_co: ...


def _to_json(value: object, where: str) -> Any:
    """``value`` as JSON-ready data: dates and datetimes as ISO text, Decimals as numbers."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float | Decimal):
        # Decimal.is_finite also covers signalling NaN, which float() would choke on.
        finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
        if not finite:
            raise InvalidFieldValue(field=where, reason="JSON has no NaN or infinity", value=value)
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        return value
    if isinstance(value, dt.datetime):
        # A naive datetime would be read in whatever zone Close assumes; make it explicit.
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidFieldValue(
                field=where, reason="a datetime needs a timezone (tzinfo)", value=value
            )
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise InvalidFieldValue(field=where, reason="JSON object keys must be strings")
        return {k: _to_json(v, where) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_json(v, where) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # a generated model nested in an ordinary attribute
        return _to_json(to_dict(), where)
    raise InvalidFieldValue(
        field=where, reason=f"a {type(value).__name__} cannot be sent as JSON", value=value
    )


def _check_item(field: FieldDef, value: object) -> None:
    """Refuse one value that ``field`` would not accept (one element of a multi-value)."""

    def bad(reason: str) -> InvalidFieldValue:
        return InvalidFieldValue(field=field.label, reason=reason, value=value)

    kind = field.type
    if kind in (FieldType.TEXT, FieldType.TEXTAREA, FieldType.USER, FieldType.CHOICES):
        if not isinstance(value, str) or (kind == FieldType.USER and not value):
            raise bad("expected a string" if kind != FieldType.USER else "expected a user id")
        if kind == FieldType.CHOICES and field.choices is not None and value not in field.choices:
            raise bad("not one of its choices " + short_repr(list(field.choices)))
    elif kind == FieldType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise bad("expected a number")
    elif kind == FieldType.DATE:
        # datetime is a subclass of date; sending one would put a time on a date field.
        if isinstance(value, dt.datetime) or not _is_iso_date(value):
            raise bad("expected a datetime.date or 'YYYY-MM-DD'")
    elif kind == FieldType.DATETIME:
        if not _is_aware_datetime(value):
            raise bad("expected an aware datetime or ISO text with an offset")
    elif kind in _ID_PREFIX:
        prefix = _ID_PREFIX[kind]
        if not isinstance(value, str) or not value.startswith(prefix):
            raise bad(f"expected an id starting with {prefix}")


def _is_iso_date(value: object) -> bool:
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_aware_datetime(value: object) -> bool:
    if isinstance(value, str):
        if "T" not in value and " " not in value:
            return False
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return False
    return isinstance(value, dt.datetime) and value.utcoffset() is not None


class Update:
    """A chainable builder for one record's update body. Each method returns ``self``.

    Fields are named by id (``cf_…``), by :class:`FieldDef`, or by name when the builder
    has a ``registry`` and an ``object_type``. Setting a field twice keeps the last value;
    every other clash on one field is refused with :class:`ConflictingUpdate`.
    """

    def __init__(
        self,
        *,
        registry: FieldRegistry | None = None,
        object_type: ObjectType | str | None = None,
    ) -> None:
        if registry is not None and object_type is None:
            raise TypeError("Update(registry=...) also needs object_type=")
        self._registry = registry
        self._object_type = None if object_type is None else ObjectType.coerce(object_type)
        self._attrs: dict[str, Any] = {}
        self._custom: dict[str, Any] = {}

    # -- custom fields -----------------------------------------------------------------

    def set(self, field: FieldDef | str, value: object) -> Self:
        """Replace the field's value; ``None`` unsets it. Multi-value fields take a list.

        A list on a multi-value field replaces the *whole* value; to append one value use
        :meth:`add`.
        """
        if value is None:
            return self.unset(field)
        field_id, definition = self._resolve(field)
        if definition is not None:
            if definition.accepts_multiple_values:
                if not isinstance(value, list | tuple):
                    raise InvalidFieldValue(
                        field=definition.label,
                        reason="a multi-value field takes a list (the whole new value); "
                        "use .add() to append one value",
                        value=value,
                    )
                for item in value:
                    _check_item(definition, item)
            elif not definition.holds_any_json and isinstance(
                value, list | tuple | set | frozenset
            ):
                raise InvalidFieldValue(
                    field=definition.label, reason="a list on a single-value field", value=value
                )
            else:
                _check_item(definition, value)
        self._store_whole(field_id, _to_json(value, self._where(field_id, definition)))
        return self

    def unset(self, field: FieldDef | str) -> Self:
        """Clear the field (sends ``null``; Close then leaves the key out of the record)."""
        field_id, _ = self._resolve(field)
        self._store_whole(field_id, None)
        return self

    def add(self, field: FieldDef | str, value: object) -> Self:
        """Append one value to a multi-value field (``custom.cf_….add``)."""
        self._incremental("add", field, value)
        return self

    def remove(self, field: FieldDef | str, value: object) -> Self:
        """Remove one value from a multi-value field (``custom.cf_….remove``)."""
        self._incremental("remove", field, value)
        return self

    # -- ordinary attributes -----------------------------------------------------------

    def set_attr(self, name: str, value: object) -> Self:
        """Set an ordinary attribute (``name``, ``status_id``, ``description``, …)."""
        if not isinstance(name, str) or not name:
            raise InvalidOperation(f"An attribute name must be a non-empty string: {name!r}")
        if name == "custom" or name.startswith("custom."):
            raise InvalidOperation(
                f"{name!r} is a custom field key; use .set/.unset/.add/.remove instead"
            )
        self._attrs[name] = _to_json(value, f"attribute {name!r}")
        return self

    def set_attrs(self, **attributes: object) -> Self:
        """:meth:`set_attr` for each keyword argument."""
        for name, value in attributes.items():
            self.set_attr(name, value)
        return self

    # -- output ------------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        """The request body: ordinary attributes first, then custom keys in call order."""
        return copy.deepcopy({**self._attrs, **self._custom})

    def to_model(self, model_cls: _ModelClass[_M_co]) -> _M_co:
        """Fill a generated request model via its ``from_dict``.

        Custom keys are not properties of the spec's models, so they land in the model's
        ``additional_properties`` and come back out of its ``to_dict``.
        """
        return model_cls.from_dict(self.build())

    @property
    def is_idempotent(self) -> bool:
        """False when the body holds ``.add``/``.remove`` keys (unsafe to replay)."""
        return body_is_idempotent(self._custom)

    def __len__(self) -> int:
        return len(self._attrs) + len(self._custom)

    def __repr__(self) -> str:
        return f"Update({sorted(self._attrs) + list(self._custom)!r})"

    # -- internals ---------------------------------------------------------------------

    def _resolve(self, field: FieldDef | str) -> tuple[str, FieldDef | None]:
        if isinstance(field, FieldDef):
            return field.id, field
        if self._registry is not None and self._object_type is not None:
            definition = self._registry.resolve(self._object_type, field)
            return definition.id, definition
        if is_field_id(field):
            return field, None
        hint = "Field names need Update(registry=..., object_type=...)."
        if isinstance(field, str) and field.startswith("custom."):
            hint = "Pass the field id, not the body key."
        raise UnknownField(field=str(field), hint=hint)

    @staticmethod
    def _where(field_id: str, definition: FieldDef | None) -> str:
        return definition.label if definition is not None else f"custom field {field_id}"

    def _store_whole(self, field_id: str, value: Any) -> None:
        for key in (add_key(field_id), remove_key(field_id)):
            if key in self._custom:
                raise ConflictingUpdate(
                    f"{field_key(field_id)} cannot be set in an update that also has {key}: "
                    "Close applies the keys in no promised order"
                )
        # Re-insert so the body shows the last call's position.
        self._custom.pop(field_key(field_id), None)
        self._custom[field_key(field_id)] = value

    def _incremental(self, op: str, field: FieldDef | str, value: object) -> None:
        field_id, definition = self._resolve(field)
        where = self._where(field_id, definition)
        if definition is not None and not definition.accepts_multiple_values:
            raise InvalidOperation(
                f".{op}() needs a multi-value field; {where} holds one value, use .set()"
            )
        if value is None or isinstance(value, list | tuple | set | frozenset):
            raise InvalidOperation(
                f".{op}() takes exactly one value for {where}, got {short_repr(value)}; "
                "to write several, set the full list"
            )
        if definition is not None:
            _check_item(definition, value)
        encoded = _to_json(value, where)
        key = add_key(field_id) if op == "add" else remove_key(field_id)
        other = remove_key(field_id) if op == "add" else add_key(field_id)
        if field_key(field_id) in self._custom:
            raise ConflictingUpdate(
                f"{key} cannot join {field_key(field_id)} in one update: "
                "Close applies the keys in no promised order"
            )
        if key in self._custom:
            raise ConflictingUpdate(
                f"{key} already holds {short_repr(self._custom[key])}: a body has one value "
                "per key; set the full list or send another update"
            )
        if other in self._custom and self._custom[other] == encoded:
            raise ConflictingUpdate(
                f"Adding and removing {short_repr(value)} on {where} in one update has no "
                "defined outcome"
            )
        self._custom[key] = encoded
