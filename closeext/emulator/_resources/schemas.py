"""Custom field schemas: ``/custom_field_schema/<object type>/``.

A schema lists every field settable on one object type, regular and shared, in display
order. ``PUT`` only reorders: listed ids come first, the others keep their relative order.
"""

from __future__ import annotations

from typing import Any

from .._organization import Organization
from .._records import custom_activity_target, custom_object_target
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from ._common import get_or_404, path_id, single
from .custom_fields import serialize_field

_SCHEMAS = {
    # schema name → (path parameter, parent collection, parent model, target builder)
    "lead": None,
    "contact": None,
    "opportunity": None,
    "activity": (
        "custom_activity_type_id",
        "custom_activity_types",
        "CustomActivityType",
        custom_activity_target,
    ),
    "custom_object": (
        "custom_object_type_id",
        "custom_object_types",
        "CustomObjectType",
        custom_object_target,
    ),
}


def schema_fields(org: Organization, target: str) -> list[dict[str, Any]]:
    """The serialized fields of ``target`` in display order."""
    return [
        serialize_field(org, org.custom_fields[field_id])
        for field_id in org.schemas.get(target, {})
        if field_id in org.custom_fields
    ]


def _handlers(name: str) -> dict[str, Handler]:
    spec = _SCHEMAS[name]

    def target_of(req: ApiRequest) -> str:
        if spec is None:
            return name
        param, collection, model, build = spec
        parent = get_or_404(getattr(req.org, collection), path_id(req, param), model)
        return str(build(parent.id))

    def get_schema(req: ApiRequest) -> ApiResponse:
        return single({"fields": schema_fields(req.org, target_of(req))}, req)

    def reorder_schema(req: ApiRequest) -> ApiResponse:
        target = target_of(req)
        body = req.body if isinstance(req.body, dict) else {}
        items = body.get("fields")
        if not isinstance(items, list):
            raise ValidationFailed(field_errors={"fields": "This field is required."})
        current = req.org.schema(target)
        wanted: list[str] = []
        for item in items:
            field_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(field_id, str) or field_id not in current:
                raise ValidationFailed(
                    field_errors={"fields": f"Custom field {field_id!r} is not in this schema."}
                )
            if field_id not in wanted:
                wanted.append(field_id)
        rest = [field_id for field_id in current if field_id not in set(wanted)]
        req.org.schemas[target] = dict.fromkeys(wanted + rest)
        return single({"fields": schema_fields(req.org, target)}, req)

    return {
        f"get_{name}_custom_field_schema": get_schema,
        f"reorder_{name}_custom_field_schema": reorder_schema,
    }


HANDLERS: dict[str, Handler] = {}
for _name in _SCHEMAS:
    HANDLERS.update(_handlers(_name))
