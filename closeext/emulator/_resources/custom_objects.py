"""Custom Object instances: ``/custom_object/``. They belong to one lead and one type.

Required fields of the type (and required shared associations) are enforced on create and
on update; listing needs ``lead_id``, as in Close.
"""

from __future__ import annotations

from typing import Any

from .. import _custom_values as cv
from .._organization import Organization
from .._records import CustomObject, CustomType, custom_object_target, new_id
from .._types import ApiRequest, ApiResponse, Handler, SimpleError, ValidationFailed
from ._common import (
    Body,
    audit,
    created,
    get_or_404,
    list_params,
    no_content,
    page,
    path_id,
    role_allows,
    single,
)

MAX_LIMIT = 100


def serialize_custom_object(org: Organization, obj: CustomObject) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": obj.id,
        "name": obj.name,
        "custom_object_type_id": obj.custom_object_type_id,
        "lead_id": obj.lead_id,
        **audit(org, obj),
    }
    ctx = cv.ValueContext(org, custom_object_target(obj.custom_object_type_id), obj.lead_id)
    out.update(cv.serialize(ctx, obj.custom))
    return out


def _check_type_role(req: ApiRequest, custom_type: CustomType) -> None:
    if not role_allows(req.user, custom_type.editable_with_roles):
        raise SimpleError(
            403, f'Your role is not allowed to edit objects of type "{custom_type.name}".'
        )


def list_custom_objects(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    org = req.org
    lead_id = req.query.get("lead_id")
    if not lead_id:
        raise ValidationFailed(field_errors={"lead_id": "This field is required."})
    lead = org.leads.get(lead_id)
    type_id = req.query.get("custom_object_type_id")
    items = (
        org.custom_objects[obj_id]
        for obj_id in (lead.custom_object_ids if lead else {})
        if not type_id or org.custom_objects[obj_id].custom_object_type_id == type_id
    )
    return page(items, params, lambda obj: serialize_custom_object(org, obj))


def create_custom_object(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    type_id = body.string("custom_object_type_id", required=True)
    lead_id = body.string("lead_id", required=True)
    name = body.string("name", required=True, non_empty=True)
    custom_type = org.custom_object_types.get(type_id) if isinstance(type_id, str) else None
    if isinstance(type_id, str) and custom_type is None:
        body.fail("custom_object_type_id", "Object does not exist.")
    if isinstance(lead_id, str) and lead_id not in org.leads:
        body.fail("lead_id", "Object does not exist.")
    if custom_type is None or not isinstance(lead_id, str) or not isinstance(name, str):
        body.raise_errors()
        raise ValidationFailed(errors=["custom_object_type_id, lead_id and name are required."])
    _check_type_role(req, custom_type)
    ctx = cv.ValueContext(org, custom_object_target(custom_type.id), lead_id, req.user)
    values = cv.apply(ctx, {}, body.raw, body.errors)
    for key, message in cv.missing_required(ctx, values).items():
        body.errors.setdefault(key, message)
    body.raise_errors()
    obj = CustomObject(
        **org.stamp(req.user.id, new_id("custobj_")),
        custom_object_type_id=custom_type.id,
        lead_id=lead_id,
        name=name,
        custom=values,
    )
    org.add_custom_object(obj)
    return created(serialize_custom_object(org, obj), f"/custom_object/{obj.id}/")


def get_custom_object(req: ApiRequest) -> ApiResponse:
    obj = get_or_404(req.org.custom_objects, path_id(req, "custom_object_id"), "CustomObject")
    return single(serialize_custom_object(req.org, obj), req)


def update_custom_object(req: ApiRequest) -> ApiResponse:
    org = req.org
    obj = get_or_404(org.custom_objects, path_id(req, "custom_object_id"), "CustomObject")
    _check_type_role(req, org.custom_object_types[obj.custom_object_type_id])
    body = Body(req.body)
    name = body.string("name", non_empty=True)
    for key in ("custom_object_type_id", "lead_id"):
        if key in body and body.raw[key] != getattr(obj, key):
            body.fail(key, "Value cannot be changed.")
    ctx = cv.ValueContext(
        org, custom_object_target(obj.custom_object_type_id), obj.lead_id, req.user
    )
    values = cv.apply(ctx, obj.custom, body.raw, body.errors)
    for key, message in cv.missing_required(ctx, values).items():
        body.errors.setdefault(key, message)
    body.raise_errors()
    if isinstance(name, str):
        obj.name = name
    obj.custom = values
    obj.touch(req.user.id)
    return single(serialize_custom_object(org, obj), req)


def delete_custom_object(req: ApiRequest) -> ApiResponse:
    org = req.org
    obj = get_or_404(org.custom_objects, path_id(req, "custom_object_id"), "CustomObject")
    _check_type_role(req, org.custom_object_types[obj.custom_object_type_id])
    org.delete_custom_object(obj.id)
    return no_content()


HANDLERS: dict[str, Handler] = {
    "list_custom_objects": list_custom_objects,
    "create_custom_object": create_custom_object,
    "get_custom_object": get_custom_object,
    "update_custom_object": update_custom_object,
    "delete_custom_object": delete_custom_object,
}
