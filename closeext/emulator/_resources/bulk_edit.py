"""Bulk edits (``/bulk_action/edit/``): a lead status or a custom field over the selected leads.

The query always selects leads. ``set_lead_status`` changes each lead's status through the
lead family's own update, so it records the ``LeadStatusChange`` a ``PUT /lead/`` records.
The custom field types edit the field on the objects of the selected leads the field
belongs to [inferred from the type names; unverified]:

* ``set_custom_field`` / ``clear_custom_field``: the lead itself;
* ``…_contact_custom_field``: every contact of the lead;
* ``…_opportunity_custom_field``: every opportunity of the lead;
* ``…_custom_object_custom_field``: every instance, on the lead, of the Custom Object Type
  the field belongs to;
* ``…_activity_custom_field``: every custom activity, on the lead, of the Custom Activity
  Type the field belongs to.

Each object is written through its family's own update (custom value rules, roles, events).
An object whose write is refused (a required field, a role) is skipped [unverified: Close
may report it]. The ``global`` (shared field) types are refused: which objects of a lead
they write is not documented.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, Final

from .. import _custom_values as cv
from .._organization import COLLECTIONS, Organization
from .._types import ApiError, ApiRequest, BadRequest
from ._bulk_engine import Actor, BulkAction, Kind, family

#: The field kind of each edit type's infix (``set_<infix>custom_field``).
_FIELD_KINDS: Final = {
    "": "lead",
    "contact_": "contact",
    "opportunity_": "opportunity",
    "custom_object_": "custom_object",
    "activity_": "activity",
}
#: Field kind -> (the collection of the lead's objects it edits, their family).
_OBJECTS: Final = {
    "lead": ("leads", "lead"),
    "contact": ("contacts", "contact"),
    "opportunity": ("opportunities", "opportunity"),
    "custom_object": ("custom_objects", "custom_object"),
    "activity": ("custom_activities", "custom_activity"),
}


def field_kind(edit_type: str) -> str | None:
    """The field kind a custom field edit type writes (``None``: ``set_lead_status``)."""
    if edit_type == "set_lead_status":
        return None
    infix = edit_type.removeprefix("set_").removeprefix("clear_").removesuffix("custom_field")
    if infix == "global_":
        raise BadRequest(
            f"Bulk edit: {edit_type} is not emulated (which objects of a lead a shared field "
            "edit writes is not documented); edit it per object type instead."
        )
    return _FIELD_KINDS[infix]


def _target_of(org: Organization, kind: str, field_id: str) -> str | None:
    """The custom field target ``field_id`` applies to, for a field of ``kind``."""
    if kind in ("lead", "contact", "opportunity"):
        return kind if cv.binding(org, kind, field_id) is not None else None
    found = org.custom_fields.get(field_id)
    if found is None or found.kind != kind or found.target is None:
        return None  # shared fields on custom types: see the module docstring
    return found.target


def _resolve(req: ApiRequest, action: BulkAction, kind: str) -> cv.Binding:
    body, org = req.body, req.org
    ref = body.get("custom_field_id") or body.get("custom_field_name")
    if not ref:
        raise BadRequest(f"Bulk edit: {action.type} needs custom_field_id or custom_field_name.")
    candidates = (
        [ref]
        if "custom_field_id" in body
        else [f.id for f in org.custom_fields.values() if f.name == ref]
    )
    for field_id in candidates:
        target = _target_of(org, kind, field_id)
        if target is not None:
            bound = cv.binding(org, target, field_id)
            assert bound is not None
            action.custom_field_id = field_id
            return bound
    raise BadRequest(f'Bulk edit: the {kind} Custom Field "{ref}" does not exist.')


def _value_body(action: BulkAction) -> dict[str, Any]:
    """The custom key and value one object's write makes, as an update body says it."""
    key = f"custom.{action.custom_field_id}"
    if (action.type or "").startswith("clear_"):
        return {key: None}
    operation = action.custom_field_operation or "replace"
    value = (
        action.custom_field_values
        if action.custom_field_values is not None
        else action.custom_field_value
    )
    if operation == "replace":
        return {key: value}
    return {f"{key}.{operation}": value}


def _applied(ctx: cv.ValueContext, current: Mapping[str, Any], action: BulkAction) -> Any:
    """The stored values after the edit (``.add`` / ``.remove`` of a list: one atom at a time)."""
    ((key, raw),) = _value_body(action).items()
    atoms = raw if key.endswith((".add", ".remove")) and isinstance(raw, list) else [raw]
    values = dict(current)
    errors: dict[str, Any] = {}
    for atom in atoms:
        values = cv.apply(ctx, values, {key: atom}, errors)
    if errors:
        raise BadRequest(f"Bulk edit: {next(iter(errors.values()))}")
    return values


def _prepare(req: ApiRequest, action: BulkAction) -> None:
    """Keep the edit's fields and refuse what it could never do, before it starts."""
    body, org = req.body, req.org
    action.type = body["type"]
    action.lead_status_id = body.get("lead_status_id")
    action.custom_field_value = body.get("custom_field_value")
    action.custom_field_values = body.get("custom_field_values")
    action.custom_field_operation = body.get("custom_field_operation")
    # The fields that go with each type are the create schema's (BulkEditActionCreate):
    # one that does not go with ``type`` is refused before this, never kept and echoed.
    kind = field_kind(action.type)
    if kind is None:
        if not action.lead_status_id:
            raise BadRequest("Bulk edit: set_lead_status needs lead_status_id.")
        if action.lead_status_id not in org.lead_statuses:
            raise BadRequest("Bulk edit: lead_status_id does not name a lead status.")
        return
    bound = _resolve(req, action, kind)
    if action.type.startswith("clear_"):
        return
    # A set carries exactly one of custom_field_value / custom_field_values (the schema's
    # oneOf), so only the field's kind is left to check.
    multi_only = (action.custom_field_operation or "replace") != "replace"
    if (multi_only or "custom_field_values" in body) and not bound.multi:
        raise BadRequest(
            "Bulk edit: custom_field_values and custom_field_operation add / remove "
            "work only on multi-value fields."
        )
    # Check the value as a write would, on an object with no values.
    target = _target_of(org, kind, bound.field.id) or kind
    _applied(cv.ValueContext(org, target, None, req.user), {}, action)


def _apply(acting: Actor, action: BulkAction, lead_id: str) -> None:
    org = acting.org
    lead = org.leads.get(lead_id)
    if lead is None:
        return  # deleted meanwhile
    kind = field_kind(action.type or "")
    if kind is None:
        if action.lead_status_id in org.lead_statuses:  # deleted meanwhile: leave the lead
            _write(acting, "lead", lead, {"status_id": action.lead_status_id})
        return
    collection, family_name = _OBJECTS[kind]
    objects = (
        [lead]
        if collection == "leads"
        else [org.collection(collection)[i] for i in COLLECTIONS[collection].children(lead)]
    )
    key = f"custom.{action.custom_field_id}"
    target_family = acting.bound[family_name].family
    for record in objects:
        assert target_family.target is not None
        target, _ = target_family.target(record)
        field_id = action.custom_field_id or ""
        if cv.binding(org, target, field_id) is None:
            continue  # an instance of another custom type, or the field is gone
        ctx = cv.ValueContext(org, target, lead.id, acting.req.user)
        try:
            values = _applied(ctx, record.custom, action)
        except BadRequest:
            continue  # the field changed meanwhile and no longer takes the value
        if values == record.custom:
            continue
        shown = cv.serialize(ctx, values).get(f"custom.{field_id}")
        _write(acting, family_name, record, {key: shown})


def _write(acting: Actor, family_name: str, record: Any, body: Mapping[str, Any]) -> None:
    # Refused for this object (a required field, a role): skipped [unverified].
    with contextlib.suppress(ApiError):
        acting.bound[family_name].change(acting.req, record, body)


def _field_name(org: Organization, action: BulkAction) -> str | None:
    """The name of the field the edit writes (it was resolved to an id by the create)."""
    found = org.custom_fields.get(action.custom_field_id or "")
    return None if found is None else str(found.name)


EDIT = Kind(
    name="edit",
    # custom_field_name is resolved to custom_field_id by the create, and shown from it
    family=family(
        "edit",
        "BulkEditAction",
        claims=frozenset({"custom_field_name"}),
        computed={"custom_field_name": _field_name},
    ),
    prepare=_prepare,
    apply=_apply,
)
