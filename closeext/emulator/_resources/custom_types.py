"""Custom Object Types (``/custom_object_type/``) and Custom Activity Types (``/custom_activity/``).

Both are named containers of custom fields with the same attributes, so one set of
handlers serves both, configured by a ``TypeFamily`` row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import _custom_values as cv
from .._organization import Organization
from .._records import CustomType, custom_activity_target, custom_object_target, new_id
from .._types import ApiRequest, ApiResponse, BadRequest, Handler
from ._common import (
    MISSING,
    Body,
    audit,
    check_roles,
    created,
    everything,
    get_or_404,
    no_content,
    path_id,
    single,
)
from .custom_fields import serialize_field


@dataclass(frozen=True, slots=True)
class TypeFamily:
    """One of the two custom type families."""

    singular: str  # operationId stem
    plural: str
    collection: str  # attribute of Organization
    path: str  # URL path stem for Location headers
    path_param: str
    model: str
    instances: str  # what the instances are called, for the delete refusal
    target: Callable[[str], str]
    has_plural_name: bool


OBJECT_TYPES = TypeFamily(
    "custom_object_type",
    "custom_object_types",
    "custom_object_types",
    "custom_object_type",
    "custom_object_type_id",
    "CustomObjectType",
    "custom objects",
    custom_object_target,
    True,
)
ACTIVITY_TYPES = TypeFamily(
    "custom_activity_type",
    "custom_activity_types",
    "custom_activity_types",
    "custom_activity",
    "custom_activity_type_id",
    "CustomActivityType",
    "custom activities",
    custom_activity_target,
    False,
)


def _type_fields(org: Organization, target: str) -> list[dict[str, Any]]:
    """The type's fields in display order, with per-type settings of shared fields."""
    fields = []
    for field_id in org.schemas.get(target, {}):
        bound = cv.binding(org, target, field_id)
        if bound is None:
            continue
        entry = serialize_field(org, bound.field)
        del entry["choices"]  # Close leaves them out here; fetch the field for them
        entry["required"] = bound.required
        entry["editable_with_roles"] = list(bound.editable_with_roles)
        fields.append(entry)
    return fields


def serialize_type(
    org: Organization, family: TypeFamily, custom_type: CustomType
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": custom_type.id,
        "name": custom_type.name,
        "description": custom_type.description,
        "api_create_only": custom_type.api_create_only,
        "editable_with_roles": list(custom_type.editable_with_roles),
        "is_archived": custom_type.is_archived,
        "fields": _type_fields(org, family.target(custom_type.id)),
        **audit(org, custom_type),
    }
    if family.has_plural_name:
        out["name_plural"] = custom_type.name_plural
        out["back_reference_fields"] = [
            {key: value for key, value in serialize_field(org, f).items() if key != "choices"}
            for f in org.custom_fields.values()
            if f.type == "custom_object" and f.referenced_custom_type_id == custom_type.id
        ]
    return out


def _attributes(
    org: Organization, family: TypeFamily, body: Body, creating: bool
) -> dict[str, Any]:
    attrs = {
        "name": body.string("name", required=creating, non_empty=True),
        "name_plural": (
            body.string("name_plural", required=creating, non_empty=True)
            if family.has_plural_name
            else MISSING
        ),
        "description": body.string("description", nullable=True),
        "api_create_only": body.boolean("api_create_only"),
        "editable_with_roles": check_roles(org, body, "editable_with_roles"),
        "is_archived": body.boolean("is_archived"),
    }
    return {key: value for key, value in attrs.items() if value is not MISSING}


def _reorder(org: Organization, target: str, body: Body) -> list[str] | None:
    """Optional field order on PUT (display only): ``fields: [{"id": …}, …]``."""
    items = body.dict_list("fields")
    if items is MISSING:
        return None
    current = org.schemas.get(target, {})
    wanted = [item.get("id") for item in items]
    if not all(isinstance(fid, str) and fid in current for fid in wanted):
        body.fail("fields", "Every listed field must belong to this type.")
        return None
    listed = set(wanted)
    return list(dict.fromkeys(wanted)) + [fid for fid in current if fid not in listed]


def _handlers(family: TypeFamily) -> dict[str, Handler]:
    def find(req: ApiRequest) -> CustomType:
        types: dict[str, CustomType] = getattr(req.org, family.collection)
        return get_or_404(types, path_id(req, family.path_param), family.model)

    def list_types(req: ApiRequest) -> ApiResponse:
        types: dict[str, CustomType] = getattr(req.org, family.collection)
        return everything(types.values(), req, lambda t: serialize_type(req.org, family, t))

    def create_type(req: ApiRequest) -> ApiResponse:
        org = req.org
        body = Body(req.body)
        attrs = _attributes(org, family, body, creating=True)
        body.raise_errors()
        custom_type = CustomType(
            **org.stamp(req.user.id, new_id("cotype_" if family.has_plural_name else "actitype_")),
            name=attrs["name"],
            name_plural=attrs.get("name_plural"),
            description=attrs.get("description"),
            api_create_only=attrs.get("api_create_only", False),
            editable_with_roles=attrs.get("editable_with_roles", []),
            is_archived=attrs.get("is_archived", False),
        )
        getattr(org, family.collection)[custom_type.id] = custom_type
        org.schema(family.target(custom_type.id))
        return created(
            serialize_type(org, family, custom_type), f"/{family.path}/{custom_type.id}/"
        )

    def get_type(req: ApiRequest) -> ApiResponse:
        return single(serialize_type(req.org, family, find(req)), req)

    def update_type(req: ApiRequest) -> ApiResponse:
        custom_type = find(req)
        body = Body(req.body)
        attrs = _attributes(req.org, family, body, creating=False)
        order = _reorder(req.org, family.target(custom_type.id), body)
        body.raise_errors()
        for key, value in attrs.items():
            setattr(custom_type, key, value)
        if order is not None:
            req.org.schemas[family.target(custom_type.id)] = dict.fromkeys(order)
        custom_type.touch(req.user.id)
        return single(serialize_type(req.org, family, custom_type), req)

    def delete_type(req: ApiRequest) -> ApiResponse:
        org = req.org
        custom_type = find(req)
        in_use = org.usage[custom_type.id]
        if in_use > 0:
            raise BadRequest(
                f"This type still has {in_use} {family.instances}; delete them before "
                "deleting the type."
            )
        referencing = [
            f.id
            for f in org.custom_fields.values()
            if f.type == "custom_object" and f.referenced_custom_type_id == custom_type.id
        ]
        if referencing:
            raise BadRequest(
                "This type still has custom fields referencing it "
                f"({', '.join(referencing)}); delete them before deleting the type."
            )
        org.remove_target(family.target(custom_type.id))
        del getattr(org, family.collection)[custom_type.id]
        return no_content()

    return {
        f"list_{family.plural}": list_types,
        f"create_{family.singular}": create_type,
        f"get_{family.singular}": get_type,
        f"update_{family.singular}": update_type,
        f"delete_{family.singular}": delete_type,
    }


HANDLERS: dict[str, Handler] = {**_handlers(OBJECT_TYPES), **_handlers(ACTIVITY_TYPES)}
