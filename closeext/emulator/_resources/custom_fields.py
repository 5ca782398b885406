"""Custom field definitions of every kind: ``/custom_field/<kind>/``.

Six families share one collection and one set of rules; a :class:`Kind` row says what sets
them apart (the custom type they hang off, whether ``type`` may change, whether ``required``
means anything). Defining fields needs the ``manage_organization`` permission. A field's
*target* — the object type its values live on — follows from its kind and parent type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._custom_values import MULTI_VALUE_TYPES
from .._engine import Family, Write
from .._organization import Organization
from .._records import CustomField, custom_activity_target, custom_object_target
from .._render import OMIT
from .._types import ApiRequest
from ._support import check_role_ids, require_manage_organization
from .associations import serialize_association


@dataclass(frozen=True, slots=True)
class Kind:
    """What distinguishes one custom field family from another."""

    name: str
    model: str
    parent_key: str | None = None  # the body key naming the parent custom type
    parents: str = ""  # the organization collection of that parent
    target_of: Callable[[str], str] | None = None
    type_fixed: bool = False  # ``type`` cannot change after creation

    def target(self, parent_id: str | None) -> str | None:
        if self.target_of is not None:
            return self.target_of(parent_id) if parent_id else None
        return None if self.name == "shared" else self.name


KINDS = (
    Kind("lead", "LeadCustomField"),
    Kind("contact", "ContactCustomField"),
    Kind("opportunity", "OpportunityCustomField"),
    Kind(
        "activity",
        "ActivityCustomField",
        "custom_activity_type_id",
        "custom_activity_types",
        custom_activity_target,
        type_fixed=True,
    ),
    Kind(
        "custom_object",
        "CustomObjectCustomField",
        "custom_object_type_id",
        "custom_object_types",
        custom_object_target,
        type_fixed=True,
    ),
    Kind("shared", "SharedCustomField", type_fixed=True),
)

_MULTI_ONLY = (
    "Multiple values are only supported on user, choices, contact and custom_object fields."
)


def _parent(kind: Kind, write: Write) -> None:
    """Activity and custom object fields hang off one custom type, fixed at creation."""
    if kind.parent_key is None or kind.parent_key not in write.body:
        return
    given = write.body[kind.parent_key]
    current = write.current.target.partition("/")[2] if write.current is not None else None
    if current is not None and given != current:
        write.fail(kind.parent_key, "Value cannot be changed.")
    elif given not in write.org.collection(kind.parents):
        write.fail(kind.parent_key, "Object does not exist.")
    elif current is None:
        write.attrs["target"] = kind.target(given)


def _definition(kind: Kind, write: Write) -> None:
    """The rules that need the field's final state (the spec checks each value alone)."""
    current = write.current
    if current is not None and kind.type_fixed and write.value("type") != current.type:
        write.fail("type", "Value cannot be changed.")
    final_type = write.value("type")
    if write.value("accepts_multiple_values") and final_type not in MULTI_VALUE_TYPES:
        write.fail("accepts_multiple_values", _MULTI_ONLY)
    choices = write.value("choices")
    if final_type == "choices":
        if not choices:
            # Not sent at all (a field changing to choices keeps no earlier list): required.
            missing = "choices" not in write.body
            write.fail(
                "choices", "This field is required." if missing else "List must not be empty."
            )
        write.attrs["choices"] = list(dict.fromkeys(choices or []))
    elif choices is not None:
        write.attrs["choices"] = None
    referenced = write.value("referenced_custom_type_id")
    if final_type == "custom_object":
        if not referenced:
            write.fail("referenced_custom_type_id", "This field is required.")
        elif referenced not in write.org.custom_object_types:
            write.fail("referenced_custom_type_id", "Object does not exist.")
    elif referenced is not None:
        write.attrs["referenced_custom_type_id"] = None


def _family(kind: Kind) -> Family:
    def check(write: Write) -> None:
        if write.current is None:
            write.attrs["kind"] = kind.name
            write.attrs.setdefault("target", kind.target(None))
        _parent(kind, write)
        _definition(kind, write)
        if kind.name != "shared":
            check_role_ids(write)

    def authorize(req: ApiRequest, record: Any) -> None:
        require_manage_organization(req.org, req.user, "custom fields")

    def after(write: Write, custom_field: CustomField, created: bool) -> None:
        if created and custom_field.target is not None:
            write.org.schema(custom_field.target)[custom_field.id] = None

    def parent_id(org: Organization, custom_field: CustomField) -> Any:
        if custom_field.kind != kind.name or kind.parent_key is None:
            return OMIT
        return (custom_field.target or "").partition("/")[2]

    def required(org: Organization, custom_field: CustomField) -> Any:
        return custom_field.required if kind.parent_key is not None else OMIT

    computed: dict[str, Any] = {
        "choices": lambda org, f: list(f.choices) if f.choices is not None else None,
        "is_shared": lambda org, f: f.kind == "shared",
    }
    if kind.name == "shared":
        computed["associations"] = lambda org, f: [
            serialize_association(f, target) for target in f.associations
        ]
    else:
        computed["required"] = required
        computed["associations"] = lambda org, f: OMIT
        for key in ("custom_activity_type_id", "custom_object_type_id"):
            own = key == kind.parent_key
            computed[key] = parent_id if own else (lambda org, f: OMIT)
    return Family(
        name=f"{kind.name}_custom_field",
        plural=f"{kind.name}_custom_fields",
        collection="custom_fields",
        record=CustomField,
        model=kind.model,
        defaults={
            "description": None,
            "choices": None,
            "accepts_multiple_values": False,
            "editable_with_roles": [],
            "required": False,
            "referenced_custom_type_id": None,
            "back_reference_is_visible": False,
        },
        claims=frozenset({"editable_with_roles", *([kind.parent_key] if kind.parent_key else [])}),
        belongs=lambda custom_field: custom_field.kind == kind.name,
        authorize=authorize,
        check=check,
        after=after,
        after_delete=lambda org, custom_field: org.remove_field(custom_field),
        computed=computed,
        derived=(
            {kind.parent_key: lambda org, f, parent_id: f.target == kind.target(parent_id)}
            if kind.parent_key is not None
            else {}
        ),
    )


CUSTOM_FIELDS = tuple(_family(kind) for kind in KINDS)
KIND_NAMES = frozenset(kind.name for kind in KINDS)
