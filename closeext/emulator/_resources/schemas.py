"""Custom field schemas: ``/custom_field_schema/<object type>/``.

A schema lists every field settable on one object type, regular and shared, in display
order. ``PUT`` only reorders: listed ids come first, the others keep their relative order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._engine import Bound
from .._records import custom_activity_target, custom_object_target
from .._types import ApiRequest, ApiResponse, Handler, NotFound, ValidationFailed

#: schema name -> (path parameter, parent collection, parent model, target builder)
_SCHEMAS: dict[str, tuple[str, str, str, Callable[[str], str]] | None] = {
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


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """The get and reorder handlers of every schema."""

    def schema_fields(req: ApiRequest, target: str) -> list[dict[str, Any]]:
        org = req.org
        return [
            families[f"{org.custom_fields[fid].kind}_custom_field"].renderer.render(
                org, org.custom_fields[fid]
            )
            for fid in org.schemas.get(target, {})
            if fid in org.custom_fields
        ]

    def handlers(name: str) -> dict[str, Handler]:
        parent = _SCHEMAS[name]

        def target_of(req: ApiRequest) -> str:
            if parent is None:
                return name
            param, collection, model, build = parent
            parent_id = req.path_params.get(param, "")
            if parent_id not in req.org.collection(collection):
                raise NotFound(model)
            return build(parent_id)

        def get_schema(req: ApiRequest) -> ApiResponse:
            return ApiResponse(body={"fields": schema_fields(req, target_of(req))})

        def reorder_schema(req: ApiRequest) -> ApiResponse:
            target = target_of(req)
            current = req.org.schema(target)
            wanted: list[str] = []
            for item in req.body["fields"]:
                field_id = item["id"]
                if field_id not in current:
                    raise ValidationFailed(
                        field_errors={"fields": f"Custom field {field_id!r} is not in this schema."}
                    )
                if field_id not in wanted:
                    wanted.append(field_id)
            listed = set(wanted)
            req.org.schemas[target] = dict.fromkeys(
                wanted + [f for f in current if f not in listed]
            )
            return ApiResponse(body={"fields": schema_fields(req, target)})

        return {
            f"get_{name}_custom_field_schema": get_schema,
            f"reorder_{name}_custom_field_schema": reorder_schema,
        }

    made: dict[str, Handler] = {}
    for name in _SCHEMAS:
        made.update(handlers(name))
    return made
