"""Reading custom field values off records, typed by their field definitions.

Close returns custom field values under ``custom.<field id>`` keys, as plain JSON. This
module reads them back as Python values:

* :func:`read_value` reads one field, converted per its :class:`~closeext._fields.FieldDef`
  (``date`` → :class:`datetime.date`, ``number`` → ``int``/``float``, …);
* :func:`read_values` reads every field of a record's object type through a
  :class:`~closeext._fields.FieldRegistry`;
* :func:`object_type_of` infers a record's :class:`ObjectType` from its id.

Records may be dicts or generated models (whose ``from_dict`` keeps ``custom.*`` keys in
``additional_properties``).

Pure: standard library only, like :mod:`closeext._fields`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any, Literal

from ._associations import ObjectType
from ._fields import (
    _STRING_TYPES,
    FieldDef,
    FieldRegistry,
    FieldType,
    field_key,
    is_field_id,
)
from ._helper_errors import AmbiguousFieldName, InvalidFieldValue, UnknownField

__all__ = ["object_type_of", "read_value", "read_values"]


def _custom_values(record: object) -> Mapping[str, Any]:
    """The mapping that holds ``custom.*`` keys: the dict itself, or a generated model's
    ``additional_properties`` (where its ``from_dict`` puts keys the spec cannot name)."""
    if isinstance(record, Mapping):
        return record
    extra = getattr(record, "additional_properties", None)
    if isinstance(extra, Mapping):
        return extra
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, Mapping):
            return data
    raise TypeError(f"Cannot read custom fields from a {type(record).__name__}")


def _attr(record: object, name: str) -> object:
    if isinstance(record, Mapping):
        return record.get(name)
    value = getattr(record, name, None)
    # Generated models use an UNSET sentinel for absent optional attributes.
    return value if isinstance(value, str) else None


_RECORD_PREFIXES = {
    "lead_": ObjectType.lead(),
    "cont_": ObjectType.contact(),
    "oppo_": ObjectType.opportunity(),
}


def object_type_of(record: object) -> ObjectType | None:
    """Infer the object type of a record from its id (and type id), or ``None``."""
    record_id = _attr(record, "id")
    if not isinstance(record_id, str):
        return None
    for prefix, target in _RECORD_PREFIXES.items():
        if record_id.startswith(prefix):
            return target
    for prefix, key, build in (
        ("custobj_", "custom_object_type_id", ObjectType.custom_object_type),
        ("acti_", "custom_activity_type_id", ObjectType.custom_activity_type),
    ):
        type_id = _attr(record, key)
        if record_id.startswith(prefix) and isinstance(type_id, str):
            try:
                return build(type_id)
            except ValueError:
                return None
    return None


def _to_number(field: FieldDef, value: object) -> int | float:
    number: int | float
    if isinstance(value, bool):
        raise InvalidFieldValue(field=field.label, reason="expected a number", value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        number = value
    elif isinstance(value, str):
        try:
            number = int(value) if re.fullmatch(r"[+-]?\d+", value.strip()) else float(value)
        except ValueError:
            raise InvalidFieldValue(
                field=field.label, reason="expected a number", value=value
            ) from None
        if isinstance(number, int):
            return number
    else:
        raise InvalidFieldValue(field=field.label, reason="expected a number", value=value)
    if not math.isfinite(number):
        raise InvalidFieldValue(field=field.label, reason="expected a finite number", value=value)
    return int(number) if number.is_integer() else number


def _convert(field: FieldDef, value: object) -> object:
    kind = field.type
    if kind == FieldType.NUMBER:
        return _to_number(field, value)
    if kind in (FieldType.DATE, FieldType.DATETIME):
        if not isinstance(value, str):
            raise InvalidFieldValue(
                field=field.label, reason=f"expected an ISO {kind}", value=value
            )
        try:
            if kind == FieldType.DATE:
                return dt.date.fromisoformat(value)
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidFieldValue(
                field=field.label, reason=f"expected an ISO {kind}", value=value
            ) from None
        # Some Close objects return naive UTC timestamps; never hand out a naive datetime.
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if kind in _STRING_TYPES:
        if not isinstance(value, str):
            raise InvalidFieldValue(field=field.label, reason="expected a string", value=value)
        return value
    return value  # hidden and unknown types: as stored


def _resolve_for_read(
    record: object,
    field: FieldDef | str,
    registry: FieldRegistry | None,
    object_type: ObjectType | str | None,
) -> FieldDef | str:
    if isinstance(field, FieldDef):
        return field
    if registry is not None:
        target = object_type if object_type is not None else object_type_of(record)
        if target is None:
            raise TypeError("object_type= is needed: it cannot be inferred from this record")
        return registry.resolve(target, field)
    if is_field_id(field):
        return field
    raise UnknownField(
        field=field,
        hint="Field names need registry= (and object_type= unless the record shows it).",
    )


def read_value(
    record: object,
    field: FieldDef | str,
    *,
    registry: FieldRegistry | None = None,
    object_type: ObjectType | str | None = None,
) -> Any:
    """Read one custom field value off a record (a dict, or a generated model).

    With a :class:`FieldDef` (given, or resolved through ``registry`` from a name or id),
    the value comes back typed: ``date`` → :class:`datetime.date`, ``datetime`` → an
    aware :class:`datetime.datetime` (naive input is taken as UTC), ``number`` → ``int``
    when integral else ``float`` (JSON already parsed it as a float, so ``Decimal`` would
    pretend to a precision that was never there), ``user``/``contact``/``custom_object``
    → id strings. A multi-value field always gives a list (``[]`` when absent); a
    single-value field gives ``None`` when absent. With a bare id and no registry the
    stored JSON value is returned unconverted.

    Raises:
        InvalidFieldValue: the stored value does not fit the field's type.
    """
    resolved = _resolve_for_read(record, field, registry, object_type)
    values = _custom_values(record)
    if isinstance(resolved, str):
        return values.get(field_key(resolved))
    raw = values.get(resolved.key)
    if resolved.accepts_multiple_values:
        if raw is None:
            return []
        items = raw if isinstance(raw, list) else [raw]
        return [_convert(resolved, item) for item in items]
    if raw is None:
        return None
    # hidden fields hold any JSON (lists included); unknown types are passed through.
    if isinstance(raw, list) and not resolved.holds_any_json:
        raise InvalidFieldValue(
            field=resolved.label, reason="a list on a single-value field", value=raw
        )
    return _convert(resolved, raw)


def read_values(
    record: object,
    registry: FieldRegistry,
    object_type: ObjectType | str | None = None,
    *,
    key: Literal["name", "id"] = "name",
) -> dict[str, Any]:
    """Every custom field of the object type, read off ``record`` with :func:`read_value`.

    Keys are field names (or ids with ``key="id"``); absent fields appear as ``None`` or
    ``[]``. Values for ids the registry does not know (a field created since it loaded) are
    left out. ``object_type`` defaults to the one the record's id shows.

    Raises:
        AmbiguousFieldName: two fields share a name; use ``key="id"``.
    """
    target = object_type if object_type is not None else object_type_of(record)
    if target is None:
        raise TypeError("object_type= is needed: it cannot be inferred from this record")
    fields = registry.fields(target)
    owners: dict[str, list[str]] = {}
    for field in fields:
        owners.setdefault(field.id if key == "id" else field.name, []).append(field.id)
    for name, ids in owners.items():
        if len(ids) > 1:
            raise AmbiguousFieldName(
                name=name, object_type=str(ObjectType.coerce(target)), field_ids=ids
            )
    return {(f.id if key == "id" else f.name): read_value(record, f) for f in fields}
