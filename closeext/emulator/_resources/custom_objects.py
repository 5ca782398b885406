"""Custom Object instances: ``/custom_object/``. They belong to one lead and one type.

Required fields of the type (and required shared associations) are enforced on create and
on update; the type's ``editable_with_roles`` limits who may write; listing needs
``lead_id``, as in Close.
"""

from __future__ import annotations

from .._engine import Family, Ref
from .._records import CustomObject, custom_object_target
from .._types import ApiRequest, SimpleError
from ._support import role_allows, typed_target


def _authorize(req: ApiRequest, obj: CustomObject | None) -> None:
    type_id = (
        obj.custom_object_type_id if obj is not None else req.body.get("custom_object_type_id")
    )
    custom_type = req.org.custom_object_types.get(type_id) if isinstance(type_id, str) else None
    if custom_type is not None and not role_allows(req.user, custom_type.editable_with_roles):
        raise SimpleError(
            403, f'Your role is not allowed to edit objects of type "{custom_type.name}".'
        )


CUSTOM_OBJECTS = Family(
    name="custom_object",
    plural="custom_objects",
    collection="custom_objects",
    record=CustomObject,
    model="CustomObject",
    refs={"custom_object_type_id": Ref("custom_object_types")},
    immutable=("custom_object_type_id", "lead_id"),
    authorize=_authorize,
    target=typed_target("custom_object_type_id", custom_object_target),
    requires_custom=lambda obj: True,
)
