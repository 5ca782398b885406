"""Shared custom field associations: ``/custom_field/shared/{id}/association/…``.

An association makes a shared field settable on one object type. ``required`` and
``editable_with_roles`` are per association. Dropping an association hides the values
written under it at once: the association's token was their scope.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._records import Association, CustomField, custom_activity_target, custom_object_target
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound, ValidationFailed

OBJECT_TYPES = ("lead", "contact", "opportunity", "custom_activity_type", "custom_object_type")
#: object type -> (body key / path parameter of its parent type, the parents' collection)
_PARENTS = {
    "custom_activity_type": ("custom_activity_type_id", "custom_activity_types"),
    "custom_object_type": ("custom_object_type_id", "custom_object_types"),
}


def serialize_association(custom_field: CustomField, target: str) -> dict[str, Any]:
    """One shared-field association as Close returns it."""
    association = custom_field.associations[target]
    object_type, _, parent_id = target.partition("/")
    out: dict[str, Any] = {
        "object_type": object_type,
        "required": association.required,
        "editable_with_roles": list(association.editable_with_roles),
    }
    if object_type in _PARENTS:
        out[_PARENTS[object_type][0]] = parent_id
    return out


def _shared_field(req: ApiRequest) -> CustomField:
    found = req.org.custom_fields.get(req.path_params.get("custom_field_id", ""))
    if found is None or found.kind != "shared":
        raise NotFound("SharedCustomField")
    return found


def _target(object_type: str, parent_id: str) -> str:
    if object_type == "custom_activity_type":
        return custom_activity_target(parent_id)
    if object_type == "custom_object_type":
        return custom_object_target(parent_id)
    return object_type


def _roles(req: ApiRequest, body: Mapping[str, Any]) -> list[str] | None:
    if "editable_with_roles" not in body:
        return None
    roles = list(dict.fromkeys(body["editable_with_roles"] or []))
    unknown = [role_id for role_id in roles if role_id not in req.org.roles]
    if unknown:
        raise ValidationFailed(
            field_errors={"editable_with_roles": f"Role does not exist: {', '.join(unknown)}."}
        )
    return roles


def associate_shared_custom_field(req: ApiRequest) -> ApiResponse:
    org = req.org
    custom_field = _shared_field(req)
    body: Mapping[str, Any] = req.body
    object_type = body["object_type"]
    parent_id = ""
    if object_type in _PARENTS:
        key, collection = _PARENTS[object_type]
        parent_id = body[key]
        if parent_id not in org.collection(collection):
            raise ValidationFailed(field_errors={key: "Object does not exist."})
    roles = _roles(req, body)
    target = _target(object_type, parent_id)
    if target in custom_field.associations:
        raise BadRequest(f"This Shared Custom Field is already associated with {target}.")
    custom_field.associations[target] = Association(
        target=target, required=bool(body.get("required", False)), editable_with_roles=roles or []
    )
    org.schema(target)[custom_field.id] = None
    custom_field.touch(req.user.id)
    location = f"/api/v1/custom_field/shared/{custom_field.id}/association/{target}/"
    return ApiResponse(
        body=serialize_association(custom_field, target), headers={"Location": location}
    )


def _handlers(object_type: str) -> dict[str, Handler]:
    parent_key = _PARENTS[object_type][0] if object_type in _PARENTS else None

    def find(req: ApiRequest) -> tuple[CustomField, str]:
        custom_field = _shared_field(req)
        target = _target(object_type, req.path_params.get(parent_key, "") if parent_key else "")
        if target not in custom_field.associations:
            raise NotFound("SharedCustomFieldAssociation")
        return custom_field, target

    def get_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        return ApiResponse(body=serialize_association(custom_field, target))

    def update_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        roles = _roles(req, req.body)
        association = custom_field.associations[target]
        if roles is not None:
            association.editable_with_roles = roles
        if "required" in req.body:
            association.required = req.body["required"]
        custom_field.touch(req.user.id)
        return ApiResponse(body=serialize_association(custom_field, target))

    def delete_association(req: ApiRequest) -> ApiResponse:
        custom_field, target = find(req)
        del custom_field.associations[target]
        req.org.schemas.get(target, {}).pop(custom_field.id, None)
        custom_field.touch(req.user.id)
        return ApiResponse()

    name = f"shared_custom_field_{object_type}_association"
    return {
        f"get_{name}": get_association,
        f"update_{name}": update_association,
        f"delete_{name}": delete_association,
    }


HANDLERS: dict[str, Handler] = {"associate_shared_custom_field": associate_shared_custom_field}
for _object_type in OBJECT_TYPES:
    HANDLERS.update(_handlers(_object_type))
