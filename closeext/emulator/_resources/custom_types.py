"""Custom Object Types (``/custom_object_type/``) and Custom Activity Types (``/custom_activity/``).

Both are named containers of custom fields. A type lists its fields in display order (an
update may reorder them with ``fields``); it cannot be deleted while instances or fields
referencing it exist, and deleting it removes its own fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import _custom_values as cv
from .._engine import Bound, Family, Write
from .._organization import Organization
from .._records import CustomType, custom_activity_target, custom_object_target
from .._render import Getter
from ._naive import NAIVE_STAMPS
from ._support import check_role_ids


def _fields_of(families: Mapping[str, Bound]) -> Callable[[Organization, str], list[Any]]:
    def fields(org: Organization, target: str) -> list[dict[str, Any]]:
        """The type's fields in display order, with per-type settings of shared fields."""
        out = []
        for field_id in org.schemas.get(target, {}):
            bound = cv.binding(org, target, field_id)
            if bound is None:
                continue
            renderer = families[f"{bound.field.kind}_custom_field"].renderer
            entry = renderer.render(org, bound.field)
            entry.pop("choices", None)  # Close leaves them out here; fetch the field for them
            entry["required"] = bound.required
            entry["editable_with_roles"] = list(bound.editable_with_roles)
            out.append(entry)
        return out

    return fields


def _reorder(target_of: Callable[[str], str]) -> Callable[[Write], None]:
    def check(write: Write) -> None:
        """Optional field order on PUT (display only): ``fields: [{"id": …}, …]``."""
        check_role_ids(write)
        items = write.body.get("fields")
        if items is None or write.current is None:
            return
        current = write.org.schemas.get(target_of(write.current.id), {})
        if not all(item.get("id") in current for item in items):
            write.fail("fields", "Every listed field must belong to this type.")

    return check


def _apply_order(target_of: Callable[[str], str]) -> Callable[[Write, Any, bool], None]:
    def after(write: Write, custom_type: CustomType, created: bool) -> None:
        target = target_of(custom_type.id)
        current = write.org.schema(target)
        items = write.body.get("fields")
        if created or items is None:
            return
        wanted = list(dict.fromkeys(item["id"] for item in items))
        listed = set(wanted)
        write.org.schemas[target] = dict.fromkeys(wanted + [f for f in current if f not in listed])

    return after


def _in_use(instances: str) -> Callable[[Organization, CustomType], str | None]:
    def in_use(org: Organization, custom_type: CustomType) -> str | None:
        count = org.usage[custom_type.id]
        if count > 0:
            return f"This type still has {count} {instances}; delete them before deleting the type."
        referencing = [
            f.id
            for f in org.custom_fields.values()
            if f.type == "custom_object" and f.referenced_custom_type_id == custom_type.id
        ]
        if referencing:
            return (
                "This type still has custom fields referencing it "
                f"({', '.join(referencing)}); delete them before deleting the type."
            )
        return None

    return in_use


def _family(
    name: str, collection: str, target_of: Callable[[str], str], instances: str, objects: bool
) -> Family:
    def computed(families: Mapping[str, Bound]) -> dict[str, Getter]:
        fields = _fields_of(families)
        out: dict[str, Getter] = {"fields": lambda org, t: fields(org, target_of(t.id))}
        if not objects:  # activity types carry no UTC offset (see _naive)
            out.update(NAIVE_STAMPS)
        if objects:

            def back_references(org: Organization, custom_type: CustomType) -> list[Any]:
                found = []
                for f in org.custom_fields.values():
                    if f.type == "custom_object" and f.referenced_custom_type_id == custom_type.id:
                        entry = families[f"{f.kind}_custom_field"].renderer.render(org, f)
                        entry.pop("choices", None)
                        found.append(entry)
                return found

            out["back_reference_fields"] = back_references
        return out

    return Family(
        name=name,
        plural=f"{name}s",
        collection=collection,
        record=CustomType,
        model="".join(part.title() for part in name.split("_")),
        defaults={
            "name_plural": None,
            "description": None,
            "api_create_only": False,
            "editable_with_roles": [],
            "is_archived": False,
        },
        claims=frozenset({"editable_with_roles", "fields"}),
        check=_reorder(target_of),
        after=_apply_order(target_of),
        in_use=_in_use(instances),
        after_delete=lambda org, custom_type: org.remove_target(target_of(custom_type.id)),
        computed_with=computed,
    )


CUSTOM_OBJECT_TYPES = _family(
    "custom_object_type", "custom_object_types", custom_object_target, "custom objects", True
)
CUSTOM_ACTIVITY_TYPES = _family(
    "custom_activity_type",
    "custom_activity_types",
    custom_activity_target,
    "custom activities",
    False,
)
