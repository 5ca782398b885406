"""Shared custom field associations: ``/custom_field/shared/{id}/association/…``.

An association makes a shared field settable on one object type. ``required`` and
``editable_with_roles`` are per association. Dropping an association hides the values
written under it at once: the association's token was their scope.
"""

from __future__ import annotations

from typing import Any

from .._records import Association, CustomField, custom_activity_target, custom_object_target
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound
from ._common import Body, check_roles, created, get_or_404, no_content, path_id, single
from .custom_fields import serialize_association

OBJECT_TYPES = ("lead", "contact", "opportunity", "custom_activity_type", "custom_object_type")
_PARENTS = {
    "custom_activity_type": ("custom_activity_type_id", "custom_activity_types"),
    "custom_object_type": ("custom_object_type_id", "custom_object_types"),
}


def _shared_field(req: ApiRequest) -> CustomField:
    found = get_or_404(req.org.custom_fields, path_id(req, "custom_field_id"), "SharedCustomField")
    if found.kind != "shared":
        raise NotFound("SharedCustomField")
    return found


def _target(object_type: str, parent_id: str) -> str:
    if object_type == "custom_activity_type":
        return custom_activity_target(parent_id)
    if object_type == "custom_object_type":
        return custom_object_target(parent_id)
    return object_type


def _location(custom_field: CustomField, target: str) -> str:
    return f"/custom_field/shared/{custom_field.id}/association/{target}/"


def associate_shared_custom_field(req: ApiRequest) -> ApiResponse:
    org = req.org
    custom_field = _shared_field(req)
    body = Body(req.body)
    object_type = body.choice("object_type", OBJECT_TYPES, required=True)
    roles = check_roles(org, body, "editable_with_roles")
    required = body.boolean("required")
    parent_id = ""
    if object_type in _PARENTS:
        key, collection = _PARENTS[object_type]
        raw = body.string(key, required=True)
        if isinstance(raw, str) and raw not in getattr(org, collection):
            body.fail(key, "Object does not exist.")
        parent_id = raw if isinstance(raw, str) else ""
    body.raise_errors()
    target = _target(str(object_type), parent_id)
    if target in custom_field.associations:
        raise BadRequest(f"This Shared Custom Field is already associated with {target}.")
    custom_field.associations[target] = Association(
        target=target,
        required=required if isinstance(required, bool) else False,
        editable_with_roles=roles if isinstance(roles, list) else [],
    )
    org.schema(target)[custom_field.id] = None
    custom_field.touch(req.user.id)
    return created(serialize_association(custom_field, target), _location(custom_field, target))


def _handlers(object_type: str) -> dict[str, Handler]:
    parent_key = _PARENTS[object_type][0] if object_type in _PARENTS else None

    def find(req: ApiRequest) -> tuple[CustomField, str]:
        custom_field = _shared_field(req)
        target = _target(object_type, path_id(req, parent_key) if parent_key else "")
        if target not in custom_field.associations:
            raise NotFound("SharedCustomFieldAssociation")
        return custom_field, target

    def get_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        return single(serialize_association(custom_field, target), req)

    def update_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        body = Body(req.body)
        roles = check_roles(req.org, body, "editable_with_roles")
        required = body.boolean("required")
        body.raise_errors()
        association = custom_field.associations[target]
        if isinstance(roles, list):
            association.editable_with_roles = roles
        if isinstance(required, bool):
            association.required = required
        custom_field.touch(req.user.id)
        return single(serialize_association(custom_field, target), req)

    def delete_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        del custom_field.associations[target]
        req.org.schemas.get(target, {}).pop(custom_field.id, None)
        custom_field.touch(req.user.id)
        return no_content()

    name = f"shared_custom_field_{object_type}_association"
    made: dict[str, Any] = {
        f"get_{name}": get_association,
        f"update_{name}": update_association,
        f"delete_{name}": delete_association,
    }
    return made


HANDLERS: dict[str, Handler] = {"associate_shared_custom_field": associate_shared_custom_field}
for _object_type in OBJECT_TYPES:
    HANDLERS.update(_handlers(_object_type))
