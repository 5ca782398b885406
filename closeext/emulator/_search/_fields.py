"""The fields a query may test, per object type: what kind each is and how to read it.

A field's *kind* decides which conditions fit it (see :data:`CONDITIONS`); its getter
returns the field's values on one object as a list (empty: no value), so single- and
multi-value fields are tested alike. Sub-objects (a contact's emails, phones and urls, a
lead's addresses) are plain dicts as the records store them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from .. import _custom_values as cv
from .._organization import Organization
from .._records import custom_object_target

Getter = Callable[[Organization, Any], list[Any]]

#: Which conditions fit which kind of field. ``exists`` fits every field.
CONDITIONS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "text": frozenset({"text", "term", "exists"}),
        "number": frozenset({"number_range", "term", "exists"}),
        "date": frozenset({"moment_range", "exists"}),
        "user": frozenset({"reference", "current_user", "term", "exists"}),
        "reference": frozenset({"reference", "term", "exists"}),
        "boolean": frozenset({"boolean", "exists"}),
    }
)
#: The kinds whose values may be sorted on.
SORTABLE: Final = frozenset({"text", "number", "date"})


@dataclass(frozen=True, slots=True)
class FieldDef:
    """One regular field: its kind, the ``reference_type`` names it accepts, its reader."""

    kind: str
    get: Getter
    references: frozenset[str] = frozenset()


def _attr(name: str) -> Getter:
    def get(org: Organization, obj: Any) -> list[Any]:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name)
        return [] if value is None or value == "" else [value]

    return get


def _count(name: str) -> Getter:
    return lambda org, obj: [len(getattr(obj, name))]


def _lead_display_name(org: Organization, lead: Any) -> list[Any]:
    return [lead.name] if lead.name else []


def _status_type(org: Organization, opp: Any) -> list[Any]:
    status = org.opportunity_statuses.get(opp.status_id)
    return [status.type] if status is not None else []


_USERS = frozenset({"user", "user_or_group"})


def _user(name: str) -> FieldDef:
    return FieldDef("user", _attr(name), _USERS)


def _ref(name: str, *references: str) -> FieldDef:
    return FieldDef("reference", _attr(name), frozenset(references))


def _text(name: str) -> FieldDef:
    return FieldDef("text", _attr(name))


def _audit() -> dict[str, FieldDef]:
    return {
        "created_by": _user("created_by"),
        "updated_by": _user("updated_by"),
        "date_created": FieldDef("date", _attr("date_created")),
        "date_updated": FieldDef("date", _attr("date_updated")),
    }


def _sub_object(text_field: str, *, extra: Mapping[str, FieldDef] | None = None) -> dict[str, Any]:
    return {text_field: _text(text_field), "type": _text("type"), **(extra or {})}


#: The regular fields of each object type.
REGULAR: Final[Mapping[str, Mapping[str, FieldDef]]] = MappingProxyType(
    {
        "lead": {
            "name": _text("name"),
            "display_name": FieldDef("text", _lead_display_name),
            "description": _text("description"),
            "url": _text("url"),
            "status_id": _ref("status_id", "status.lead"),
            "addresses_count": FieldDef("number", _count("addresses")),
            "contacts_count": FieldDef("number", _count("contact_ids")),
            "opportunities_count": FieldDef("number", _count("opportunity_ids")),
            **_audit(),
        },
        "contact": {
            "name": _text("name"),
            "title": _text("title"),
            "lead_id": _ref("lead_id", "lead"),
            "emails_count": FieldDef("number", _count("emails")),
            "phones_count": FieldDef("number", _count("phones")),
            "urls_count": FieldDef("number", _count("urls")),
            **_audit(),
        },
        "opportunity": {
            "lead_id": _ref("lead_id", "lead"),
            "contact_id": _ref("contact_id", "contact"),
            "user_id": _user("user_id"),
            "status_id": _ref("status_id", "status.opportunity"),
            "status_type": FieldDef("text", _status_type),
            "value": FieldDef("number", _attr("value")),
            "value_period": _text("value_period"),
            "confidence": FieldDef("number", _attr("confidence")),
            "note": _text("note"),
            "date_won": FieldDef("date", _attr("date_won")),
            **_audit(),
        },
        "custom_object": {
            "name": _text("name"),
            "custom_object_type_id": _ref("custom_object_type_id", "custom_object_type"),
            "lead_id": _ref("lead_id", "lead"),
            **_audit(),
        },
        "contact_email": _sub_object(
            "email", extra={"is_unsubscribed": FieldDef("boolean", _attr("is_unsubscribed"))}
        ),
        "contact_phone": _sub_object("phone"),
        "contact_url": _sub_object("url"),
        "address": {
            name: _text(name)
            for name in ("label", "address_1", "address_2", "city", "state", "zipcode", "country")
        },
    }
)

#: The object types a query returns, and the collection that holds each.
RETURNED: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lead": "leads",
        "contact": "contacts",
        "opportunity": "opportunities",
        "custom_object": "custom_objects",
    }
)

#: The kind of a custom field of each type, and the reference types it accepts.
_CUSTOM_KINDS: Final[Mapping[str, tuple[str, frozenset[str]]]] = MappingProxyType(
    {
        "text": ("text", frozenset()),
        "textarea": ("text", frozenset()),
        "hidden": ("text", frozenset()),
        "choices": ("text", frozenset()),
        "number": ("number", frozenset()),
        "date": ("date", frozenset()),
        "datetime": ("date", frozenset()),
        "user": ("user", _USERS),
        "contact": ("reference", frozenset({"contact"})),
        "custom_object": ("reference", frozenset({"custom_object"})),
    }
)


def custom_kind(field_type: str) -> tuple[str, frozenset[str]]:
    """The kind of a custom field of ``field_type`` and the reference types it accepts."""
    return _CUSTOM_KINDS.get(field_type, ("text", frozenset()))


def target_of(object_type: str, obj: Any) -> tuple[str, str | None] | None:
    """The custom field target of a returned object and its lead (``None``: no fields)."""
    if object_type == "lead":
        return "lead", obj.id
    if object_type == "contact":
        return "contact", obj.lead_id
    if object_type == "opportunity":
        return "opportunity", obj.lead_id
    if object_type == "custom_object":
        return custom_object_target(obj.custom_object_type_id), obj.lead_id
    return None


def custom_values(org: Organization, object_type: str, obj: Any, field_id: str) -> list[Any]:
    """The visible values of custom field ``field_id`` on ``obj`` (empty when it has none)."""
    target = target_of(object_type, obj)
    if target is None:
        return []
    return cv.visible_values(cv.ValueContext(org, target[0], target[1]), field_id, obj.custom)
