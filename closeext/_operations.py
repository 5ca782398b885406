"""From the pure helpers' operation references to generated calls.

The custom field and association helpers name what to call as an :class:`OperationRef`
(an operationId plus path arguments) and build plain JSON bodies. This module turns
those into the generated module to call and its keyword arguments, once for both the
sync and the async client, which then only differ in how they await the call.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

from ._associations import AssociationAction, ObjectType, OperationRef

__all__ = ["PreparedCall", "association_call", "schema_call"]

PreparedCall = tuple[ModuleType, dict[str, Any]]
"""A generated operation module and the keyword arguments to call it with."""


@cache
def _module(operation_id: str) -> ModuleType:
    # The spec tags every schema operation `custom_field_schemas` and every association
    # operation `shared_custom_field_associations`; the generator names modules after both.
    if operation_id.endswith("_custom_field_schema"):
        tag = "custom_field_schemas"
    else:
        tag = "shared_custom_field_associations"
    return importlib.import_module(f"close_api.api.{tag}.{operation_id}")


def _prepared(ref: OperationRef, **kwargs: Any) -> PreparedCall:
    return _module(ref.operation_id), {**ref.kwargs, **kwargs}


def schema_call(target: ObjectType | str) -> PreparedCall:
    """``GET /custom_field_schema/<target>/``: every field, shared ones included, in order."""
    return _prepared(ObjectType.coerce(target).schema_operation("get"))


def association_call(
    action: AssociationAction,
    custom_field_id: str,
    target: ObjectType | str,
    *,
    required: bool | None = None,
    editable_with_roles: Sequence[str] | None = None,
) -> PreparedCall:
    """Associate (``create``), read, update or disassociate a shared field and a target."""
    target = ObjectType.coerce(target)
    ref = target.association_operation(action)
    if action == "create":
        from close_api.models.shared_custom_field_association_create import (
            SharedCustomFieldAssociationCreate,
        )

        body = target.create_body(required=required, editable_with_roles=editable_with_roles)
        return _prepared(
            ref,
            custom_field_id=custom_field_id,
            body=SharedCustomFieldAssociationCreate.from_dict(body),
        )
    if action == "update":
        from close_api.models.shared_custom_field_association_update import (
            SharedCustomFieldAssociationUpdate,
        )

        update = target.update_body(required=required, editable_with_roles=editable_with_roles)
        return _prepared(
            ref,
            custom_field_id=custom_field_id,
            body=SharedCustomFieldAssociationUpdate.from_dict(update),
        )
    return _prepared(ref, custom_field_id=custom_field_id)
