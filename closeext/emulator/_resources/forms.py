"""Forms: ``/form/`` and ``/form/{form_id}/``, read-only (outside Close's published spec).

Forms are made only in Close's app, so a fresh organization is seeded with one
[emulator seed]. Each field's ``formfld_…`` id keys its value in the ``values`` of the
form's submissions; :func:`values_by_name` gives the same values keyed by field name, as
Close's ``values_by_name`` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._engine import Family
from .._organization import Organization
from .._records import Record, new_id

#: The seeded form's fields: name, type, required [emulator seed].
_SEEDED_FIELDS = (("Name", "text", True), ("Email", "email", True), ("Message", "textarea", False))


@dataclass(slots=True, kw_only=True)
class Form(Record):
    """A form and its fields (``{id, name, type, required}``, in display order)."""

    name: str
    fields: list[dict[str, Any]]


FORMS = Family(
    name="form",
    plural="forms",
    collection="forms",
    record=Form,
    model="Form",
)


def values_by_name(org: Organization, form_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A submission's ``values`` (keyed by ``formfld_…`` id) keyed by field name instead.

    Ids the form does not have keep their id as the key; an unknown form names nothing.
    """
    form: Form | None = org.collection("forms").get(form_id)
    if form is None:
        return {}
    names = {f["id"]: f["name"] for f in form.fields}
    return {names.get(key, key): value for key, value in values.items()}


def seed(org: Organization) -> None:
    """Give a fresh organization its "Contact us" form (its starting state, not a change)."""
    actor = next(iter(org.users), "")
    fields = [
        {"id": new_id("formfld_"), "name": name, "type": kind, "required": required}
        for name, kind, required in _SEEDED_FIELDS
    ]
    form = Form(**org.stamp(actor, new_id("form_")), name="Contact us", fields=fields)
    org.collection("forms")[form.id] = form
