"""Custom field values on records: resolve keys, validate per type, write, read.

A record's values live in ``record.custom`` as ``{field_id: StoredValue}``. Which fields
apply depends on the record's *target* (``lead``, ``contact``, ``opportunity``,
``custom_activity_type/<id>``, ``custom_object_type/<id>``): a regular field of that target,
or a shared field with an association to it.

Reading re-validates every stored atom against the field as it is *now*, which is how the
emulator keeps Close's promises without scanning records:

* a deleted field or a dropped shared association hides its values (the stored scope no
  longer matches; tokens are never reused, so re-associating does not resurrect them);
* editing ``choices`` hides values that are no longer valid choices;
* changing a field's ``type`` converts values where that makes sense (``5`` → ``"5"``) and
  hides the rest;
* a ``contact`` or ``custom_object`` value whose target was deleted disappears.

Writes (``apply``) start from the visible value, so hidden data never leaks back.

Decisions where Close's behaviour is undocumented:

* ``.add`` of a value already present and ``.remove`` of a value not present are no-ops;
* ``.add`` / ``.remove`` are also accepted on create (they start from an empty value);
* a scalar sent to a multi-value field is taken as a one-element list, an empty list
  unsets, and duplicates in a list are dropped (first occurrence kept);
* ``hidden`` fields accept any JSON value, lists included, stored as one value;
* a field's exact name is accepted in place of its id (the deprecated ``custom.Name`` form).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ._json import NUMBER_OUT_OF_RANGE, number_in_range
from ._organization import Organization
from ._records import CustomField, StoredValue, User
from ._types import SimpleError

CUSTOM_PREFIX = "custom."
MULTI_VALUE_TYPES = frozenset({"user", "choices", "contact", "custom_object"})
FIELD_TYPES = frozenset(
    {"text", "number", "date", "datetime", "choices", "user", "contact", "custom_object"}
    | {"textarea", "hidden"}
)

_NOT_MULTI = "This field does not accept multiple values."


@dataclass(frozen=True, slots=True)
class Binding:
    """A field as it applies to one target: the per-target settings resolved."""

    field: CustomField
    scope: str
    editable_with_roles: list[str]
    required: bool

    @property
    def multi(self) -> bool:
        return self.field.accepts_multiple_values and self.field.type in MULTI_VALUE_TYPES


@dataclass(frozen=True, slots=True)
class ValueContext:
    """Where values are being read or written: which org, target and lead."""

    org: Organization
    target: str
    lead_id: str | None
    user: User | None = None


class _Invalid(Exception):
    """One atom failed validation; ``str(self)`` is the field-error message."""


def binding(org: Organization, target: str, field_id: str) -> Binding | None:
    """The field ``field_id`` as it applies to ``target``, or ``None`` if it does not."""
    custom_field = org.custom_fields.get(field_id)
    if custom_field is None:
        return None
    if custom_field.kind == "shared":
        association = custom_field.associations.get(target)
        if association is None:
            return None
        # ``required`` on a shared association only means something on custom types.
        required = association.required and target.startswith("custom_")
        return Binding(custom_field, association.token, association.editable_with_roles, required)
    if custom_field.target != target:
        return None
    return Binding(
        custom_field, custom_field.scope, custom_field.editable_with_roles, custom_field.required
    )


def _resolve(org: Organization, target: str, name: str) -> Binding | None:
    found = binding(org, target, name)
    if found is not None:
        return found
    # The deprecated ``custom.<Field Name>`` form: an exact name among the target's fields.
    for field_id in org.schemas.get(target, {}):
        custom_field = org.custom_fields.get(field_id)
        if custom_field is not None and custom_field.name == name:
            return binding(org, target, field_id)
    return None


# ---------------------------------------------------------------------------------------
# Per-type validation of one atom
# ---------------------------------------------------------------------------------------


def _as_number(atom: Any) -> int | float:
    if isinstance(atom, bool):
        raise _Invalid("Value must be a number.")
    number: int | float
    if isinstance(atom, int | float):
        number = atom
    elif isinstance(atom, str):
        text = atom.strip()
        try:
            number = int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                raise _Invalid("Value must be a number.") from None
    else:
        raise _Invalid("Value must be a number.")
    # The same bound as for numbers in a body: "1e400" or 400 digits in a string would
    # otherwise be stored as a number no answer can carry or compute with.
    if not number_in_range(number):
        raise _Invalid(NUMBER_OUT_OF_RANGE)
    return number


def _as_text(atom: Any) -> str:
    if isinstance(atom, str):
        return atom
    if isinstance(atom, int | float) and not isinstance(atom, bool):
        return str(atom)
    raise _Invalid("Value must be a string.")


def _as_date(atom: Any) -> str:
    if isinstance(atom, str):
        try:
            return date.fromisoformat(atom.strip()).isoformat()
        except ValueError:
            try:  # a datetime (e.g. after a type change) keeps its date part
                return datetime.fromisoformat(atom.strip()).date().isoformat()
            except ValueError:
                pass
    raise _Invalid("Invalid ISO 8601 date.")


def _as_datetime(atom: Any) -> str:
    if isinstance(atom, str):
        try:
            moment = datetime.fromisoformat(atom.strip())
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return moment.astimezone(UTC).isoformat()
    raise _Invalid("Invalid ISO 8601 datetime.")


def _choice_set(custom_field: CustomField) -> frozenset[str]:
    return frozenset(custom_field.choices or ())


def _coerce(
    ctx: ValueContext,
    custom_field: CustomField,
    atom: Any,
    *,
    writing: bool,
    choices: frozenset[str] | None = None,
) -> Any:
    """Validate one atom for ``custom_field``; return its stored (canonical) form.

    ``choices``: the field's choices as a set, when the caller checks many atoms of one
    field (built once, so checking m values against n choices costs n + m, not n * m).
    """
    kind = custom_field.type
    if kind == "hidden":
        return atom
    if kind in ("text", "textarea"):
        return _as_text(atom)
    if kind == "number":
        return _as_number(atom)
    if kind == "date":
        return _as_date(atom)
    if kind == "datetime":
        return _as_datetime(atom)
    if not isinstance(atom, str):
        raise _Invalid("Value must be a string.")
    if kind == "choices":
        if atom in (_choice_set(custom_field) if choices is None else choices):
            return atom
        raise _Invalid("Not a valid choice.")
    if kind == "user":
        if atom in ctx.org.users:
            return atom
        if writing:
            for user in ctx.org.users.values():
                if user.full_name == atom:
                    return user.id
        raise _Invalid(f'User "{atom}" is not a member of this organization.')
    if kind == "contact":
        contact = ctx.org.contacts.get(atom)
        if contact is None or contact.lead_id != ctx.lead_id:
            raise _Invalid(f'Contact "{atom}" does not exist on this lead.')
        return atom
    if kind == "custom_object":
        obj = ctx.org.custom_objects.get(atom)
        if obj is None or obj.lead_id != ctx.lead_id:
            raise _Invalid(f'Custom Object "{atom}" does not exist on this lead.')
        if obj.custom_object_type_id != custom_field.referenced_custom_type_id:
            raise _Invalid(f'Custom Object "{atom}" is not of the type this field references.')
        return atom
    raise _Invalid("Unsupported field type.")


def _visible_atoms(ctx: ValueContext, bound: Binding, stored: StoredValue | None) -> list[Any]:
    if stored is None or stored.scope != bound.scope:
        return []
    visible = []
    choices = _choice_set(bound.field) if bound.field.type == "choices" else None
    for atom in stored.atoms:
        try:
            visible.append(_coerce(ctx, bound.field, atom, writing=False, choices=choices))
        except _Invalid:
            continue
    return visible


def _dedupe(atoms: list[Any]) -> list[Any]:
    """``atoms`` without repeats, first occurrence kept, in linear time."""
    try:
        return list(dict.fromkeys(atoms))
    except TypeError:  # an unhashable atom: rare, and then lists are short
        seen: list[Any] = []
        for atom in atoms:
            if atom not in seen:
                seen.append(atom)
        return seen


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------


def is_custom_key(key: str) -> bool:
    """Whether a body key addresses a custom field (``custom.…``)."""
    return key.startswith(CUSTOM_PREFIX)


def apply(
    ctx: ValueContext,
    current: Mapping[str, StoredValue],
    body: Mapping[str, Any],
    field_errors: dict[str, Any],
) -> dict[str, StoredValue]:
    """Apply every ``custom.…`` key of ``body`` to a copy of ``current`` and return it.

    Invalid keys land in ``field_errors`` under the exact key sent; the caller raises once
    everything was checked. A write the acting user's role may not make raises 403 at once.
    """
    values = dict(current)
    for key, raw in body.items():
        if not isinstance(key, str) or not is_custom_key(key):
            continue
        name, op = key[len(CUSTOM_PREFIX) :], "set"
        for suffix in (".add", ".remove"):
            if name.endswith(suffix) and _resolve(ctx.org, ctx.target, name) is None:
                name, op = name[: -len(suffix)], suffix[1:]
                break
        bound = _resolve(ctx.org, ctx.target, name)
        if bound is None:
            field_errors[key] = f'The Custom Field "{name}" does not exist.'
            continue
        _check_role(ctx, bound)
        try:
            _apply_one(ctx, bound, values, op, raw)
        except _Invalid as exc:
            field_errors[key] = str(exc)
    return values


def _check_role(ctx: ValueContext, bound: Binding) -> None:
    roles = bound.editable_with_roles
    if roles and (ctx.user is None or ctx.user.role_id not in roles):
        raise SimpleError(
            403,
            f'Your role is not allowed to edit the Custom Field "{bound.field.name}" '
            f"({bound.field.id}).",
        )


def _apply_one(
    ctx: ValueContext, bound: Binding, values: dict[str, StoredValue], op: str, raw: Any
) -> None:
    field_id = bound.field.id
    if op == "set":
        if raw is None or (isinstance(raw, list) and not raw and bound.field.type != "hidden"):
            values.pop(field_id, None)
            return
        if isinstance(raw, list) and bound.field.type != "hidden":
            if not bound.multi:
                raise _Invalid(_NOT_MULTI)
            choices = _choice_set(bound.field) if bound.field.type == "choices" else None
            atoms = _dedupe(
                [_coerce(ctx, bound.field, atom, writing=True, choices=choices) for atom in raw]
            )
        else:
            atoms = [_coerce(ctx, bound.field, raw, writing=True)]
        values[field_id] = StoredValue(atoms, bound.scope)
        return
    if not bound.multi:
        raise _Invalid(f"{_NOT_MULTI} Use .{op} only on multi-value fields.")
    if raw is None or isinstance(raw, list | dict):
        raise _Invalid(f"Send one value with .{op}.")
    atom = _coerce(ctx, bound.field, raw, writing=True)
    existing = _visible_atoms(ctx, bound, values.get(field_id))
    if op == "add" and atom not in existing:
        existing.append(atom)
    elif op == "remove" and atom in existing:
        existing.remove(atom)
    if existing:
        values[field_id] = StoredValue(existing, bound.scope)
    else:
        values.pop(field_id, None)


def missing_required(ctx: ValueContext, values: Mapping[str, StoredValue]) -> dict[str, str]:
    """Field errors for every required field of the target that has no visible value."""
    errors: dict[str, str] = {}
    for field_id in ctx.org.schemas.get(ctx.target, {}):
        bound = binding(ctx.org, ctx.target, field_id)
        if (
            bound is not None
            and bound.required
            and not _visible_atoms(ctx, bound, values.get(field_id))
        ):
            errors[CUSTOM_PREFIX + field_id] = "This field is required."
    return errors


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


def serialize(ctx: ValueContext, values: Mapping[str, StoredValue]) -> dict[str, Any]:
    """The ``custom.<field_id>`` keys of a response: only fields with a visible value."""
    out: dict[str, Any] = {}
    for field_id, stored in values.items():
        bound = binding(ctx.org, ctx.target, field_id)
        if bound is None:
            continue
        atoms = _visible_atoms(ctx, bound, stored)
        if atoms:
            out[CUSTOM_PREFIX + field_id] = atoms if bound.multi else atoms[0]
    return out


def visible_values(
    ctx: ValueContext, field_id: str, values: Mapping[str, StoredValue]
) -> list[Any]:
    """The visible atoms of one field on one record (empty: no value, or no such field here)."""
    bound = binding(ctx.org, ctx.target, field_id)
    if bound is None:
        return []
    return _visible_atoms(ctx, bound, values.get(field_id))
