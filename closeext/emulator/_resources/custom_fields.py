"""Custom field definitions of every kind, from one table: ``/custom_field/<kind>/``.

The six families differ only in a few rules (which parent type they hang off, whether
``type`` may change, whether ``required`` means anything), so one set of handlers is built
per row of ``KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._custom_values import FIELD_TYPES, MULTI_VALUE_TYPES
from .._organization import Organization
from .._records import CustomField, custom_activity_target, custom_object_target, new_id
from .._types import ApiRequest, ApiResponse, Handler, NotFound, SimpleError
from ._common import (
    MISSING,
    Body,
    audit,
    check_roles,
    created,
    empty,
    everything,
    get_or_404,
    list_params,
    no_content,
    page,
    path_id,
    single,
)

MAX_LIMIT = 1000
DESCRIPTION_MAX = 280


@dataclass(frozen=True, slots=True)
class Kind:
    """What distinguishes one custom field family from another."""

    name: str
    model: str
    path: str  # URL segment under /custom_field/
    parent_key: str | None = None  # the body key naming the parent custom type
    type_fixed: bool = False  # ``type`` cannot change after creation
    has_required: bool = False
    modern: bool = False  # newer endpoints: 201 + Location on create, 204 on delete
    paginated: bool = True

    def target(self, parent_id: str | None) -> str | None:
        if self.name == "activity" and parent_id:
            return custom_activity_target(parent_id)
        if self.name == "custom_object" and parent_id:
            return custom_object_target(parent_id)
        return None if self.name == "shared" else self.name


KINDS = (
    Kind("lead", "LeadCustomField", "lead"),
    Kind("contact", "ContactCustomField", "contact"),
    Kind("opportunity", "OpportunityCustomField", "opportunity"),
    Kind("activity", "ActivityCustomField", "activity", "custom_activity_type_id", True, True),
    Kind(
        "custom_object",
        "CustomObjectCustomField",
        "custom_object_type",
        "custom_object_type_id",
        type_fixed=True,
        has_required=True,
        modern=True,
    ),
    Kind("shared", "SharedCustomField", "shared", type_fixed=True, paginated=False),
)


def _require_manage_organization(req: ApiRequest) -> None:
    """Defining custom fields needs the ``manage_organization`` permission."""
    role = req.org.roles.get(req.user.role_id)
    if role is None or "manage_organization" not in role.permissions:
        raise SimpleError(
            403,
            "Your role lacks the manage_organization permission needed to change custom fields.",
        )


def serialize_association(custom_field: CustomField, target: str) -> dict[str, Any]:
    """One shared-field association as Close returns it."""
    association = custom_field.associations[target]
    object_type, _, parent_id = target.partition("/")
    out: dict[str, Any] = {
        "object_type": object_type,
        "required": association.required,
        "editable_with_roles": list(association.editable_with_roles),
    }
    if object_type == "custom_activity_type":
        out["custom_activity_type_id"] = parent_id
    elif object_type == "custom_object_type":
        out["custom_object_type_id"] = parent_id
    return out


def serialize_field(org: Organization, custom_field: CustomField) -> dict[str, Any]:
    """A custom field definition of any kind."""
    out: dict[str, Any] = {
        "id": custom_field.id,
        "name": custom_field.name,
        "description": custom_field.description,
        "type": custom_field.type,
        "choices": list(custom_field.choices) if custom_field.choices is not None else None,
        "accepts_multiple_values": custom_field.accepts_multiple_values,
        "editable_with_roles": list(custom_field.editable_with_roles),
        "referenced_custom_type_id": custom_field.referenced_custom_type_id,
        "back_reference_is_visible": custom_field.back_reference_is_visible,
        "is_shared": custom_field.kind == "shared",
        **audit(org, custom_field),
    }
    target = custom_field.target or ""
    if custom_field.kind == "activity":
        out["custom_activity_type_id"] = target.partition("/")[2]
        out["required"] = custom_field.required
    elif custom_field.kind == "custom_object":
        out["custom_object_type_id"] = target.partition("/")[2]
        out["required"] = custom_field.required
    elif custom_field.kind == "shared":
        out["associations"] = [
            serialize_association(custom_field, assoc) for assoc in custom_field.associations
        ]
    return out


# ---------------------------------------------------------------------------------------
# Validation shared by create and update
# ---------------------------------------------------------------------------------------


def _parent(org: Organization, kind: Kind, body: Body, current: CustomField | None) -> Any:
    """The parent custom type id of an activity / custom object field."""
    if kind.parent_key is None:
        return None
    types = org.custom_activity_types if kind.name == "activity" else org.custom_object_types
    current_parent = current.target.partition("/")[2] if current and current.target else None
    raw = body.string(kind.parent_key, required=current is None)
    if raw is MISSING:
        return current_parent
    if current_parent is not None and raw != current_parent:
        return body.fail(kind.parent_key, "Value cannot be changed.")
    if raw not in types:
        return body.fail(kind.parent_key, "Object does not exist.")
    return raw


def _definition(
    org: Organization, kind: Kind, body: Body, current: CustomField | None
) -> dict[str, Any]:
    """The field's attributes after applying ``body`` to ``current`` (or to nothing)."""
    creating = current is None
    name = body.string("name", required=creating, non_empty=True)
    description = body.string("description", nullable=True, max_length=DESCRIPTION_MAX)
    field_type = body.choice("type", sorted(FIELD_TYPES), required=creating)
    changed = current is not None and field_type is not MISSING and field_type != current.type
    if changed and kind.type_fixed:
        field_type = body.fail("type", "Value cannot be changed.")
    final_type = field_type if isinstance(field_type, str) else (current.type if current else "")
    if final_type == "textarea" and kind.name != "activity":
        body.fail("type", "textarea fields are only supported on Custom Activities.")
    multi = body.boolean("accepts_multiple_values")
    final_multi = (
        multi if isinstance(multi, bool) else bool(current and current.accepts_multiple_values)
    )
    if final_multi and final_type not in MULTI_VALUE_TYPES:
        body.fail(
            "accepts_multiple_values",
            "Multiple values are only supported on user, choices, contact and custom_object "
            "fields.",
        )
    choices = body.string_list("choices", nullable=True)
    final_choices = choices if isinstance(choices, list) else (current.choices if current else None)
    if final_type == "choices" and not final_choices and "choices" not in body.errors:
        body.fail("choices", "List must not be empty.")
    referenced = body.string("referenced_custom_type_id", nullable=True)
    final_referenced = (
        referenced
        if referenced is not MISSING
        else (current.referenced_custom_type_id if current else None)
    )
    if final_type == "custom_object" and "referenced_custom_type_id" not in body.errors:
        if not final_referenced:
            body.fail("referenced_custom_type_id", "This field is required.")
        elif final_referenced not in org.custom_object_types:
            body.fail("referenced_custom_type_id", "Object does not exist.")
    attrs = {
        "name": name,
        "description": description,
        "type": field_type,
        "accepts_multiple_values": multi,
        "choices": list(dict.fromkeys(final_choices or [])) if final_type == "choices" else None,
        "referenced_custom_type_id": final_referenced if final_type == "custom_object" else None,
        "back_reference_is_visible": body.boolean("back_reference_is_visible"),
        "required": body.boolean("required") if kind.has_required else MISSING,
        "editable_with_roles": check_roles(org, body, "editable_with_roles")
        if kind.name != "shared"
        else MISSING,
    }
    return {key: value for key, value in attrs.items() if value is not MISSING}


# ---------------------------------------------------------------------------------------
# Handlers, built per kind
# ---------------------------------------------------------------------------------------


def _handlers(kind: Kind) -> dict[str, Handler]:
    def find(req: ApiRequest) -> CustomField:
        found = get_or_404(req.org.custom_fields, path_id(req, "custom_field_id"), kind.model)
        if found.kind != kind.name:
            raise NotFound(kind.model)
        return found

    def list_fields(req: ApiRequest) -> ApiResponse:
        params = list_params(req, MAX_LIMIT) if kind.paginated else None
        parent = req.query.get(kind.parent_key) if kind.parent_key else None
        wanted = kind.target(parent) if parent else None
        items = (
            f
            for f in req.org.custom_fields.values()
            if f.kind == kind.name and (wanted is None or f.target == wanted)
        )
        if params is None:
            return everything(items, req, lambda f: serialize_field(req.org, f))
        return page(items, params, lambda f: serialize_field(req.org, f))

    def create_field(req: ApiRequest) -> ApiResponse:
        _require_manage_organization(req)
        org = req.org
        body = Body(req.body)
        parent = _parent(org, kind, body, None)
        attrs = _definition(org, kind, body, None)
        body.raise_errors()
        custom_field = CustomField(
            **org.stamp(req.user.id, new_id("cf_")),
            kind=kind.name,
            target=kind.target(parent),
            name=attrs["name"],
            description=attrs.get("description"),
            type=attrs["type"],
            choices=attrs.get("choices"),
            accepts_multiple_values=attrs.get("accepts_multiple_values", False),
            editable_with_roles=attrs.get("editable_with_roles", []),
            required=attrs.get("required", False),
            referenced_custom_type_id=attrs.get("referenced_custom_type_id"),
            back_reference_is_visible=attrs.get("back_reference_is_visible", False),
        )
        org.custom_fields[custom_field.id] = custom_field
        if custom_field.target is not None:
            org.schema(custom_field.target)[custom_field.id] = None
        if kind.modern:
            location = f"/custom_field/{kind.path}/{custom_field.id}/"
            return created(serialize_field(org, custom_field), location)
        return single(serialize_field(org, custom_field), req)

    def get_field(req: ApiRequest) -> ApiResponse:
        return single(serialize_field(req.org, find(req)), req)

    def update_field(req: ApiRequest) -> ApiResponse:
        custom_field = find(req)
        _require_manage_organization(req)
        body = Body(req.body)
        _parent(req.org, kind, body, custom_field)
        attrs = _definition(req.org, kind, body, custom_field)
        body.raise_errors()
        custom_field.update(attrs, req.user.id)
        return single(serialize_field(req.org, custom_field), req)

    def delete_field(req: ApiRequest) -> ApiResponse:
        custom_field = find(req)
        _require_manage_organization(req)
        req.org.remove_field(custom_field)
        return no_content() if kind.modern else empty()

    plural = f"{kind.name}_custom_fields"
    singular = f"{kind.name}_custom_field"
    made: dict[str, Callable[[ApiRequest], ApiResponse]] = {
        f"list_{plural}": list_fields,
        f"create_{singular}": create_field,
        f"get_{singular}": get_field,
        f"update_{singular}": update_field,
        f"delete_{singular}": delete_field,
    }
    return made


HANDLERS: dict[str, Handler] = {}
for _kind in KINDS:
    HANDLERS.update(_handlers(_kind))
