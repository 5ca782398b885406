"""Field enrichment (``POST /enrich_field/``): fill one custom field of a lead or contact.

Close asks an AI to find the value from the record and outside sources. The emulator has
neither, so it derives a deterministic value from the field's type (the spec says which),
and otherwise keeps every rule Close documents: the field must apply to the record's kind,
``set_new_value`` decides whether the value is stored, and a value the record already holds
is kept unless ``overwrite_existing_value``. Storing goes through the lead's or contact's
own update, so the custom value rules and the event log apply as for any write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _custom_values as cv
from .._clock import utcnow
from .._engine import Bound
from .._records import iso
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound

#: Types the emulator cannot make a value for: they name other objects or hide data.
_NOT_ENRICHABLE = frozenset({"user", "contact", "custom_object", "hidden"})


def _value(custom_field: Any, record_name: str) -> Any:
    kind = custom_field.type
    if kind == "choices":
        first = (custom_field.choices or [None])[0]
        if first is None:
            raise BadRequest("This field has no choices to enrich it with.")
        return [first] if custom_field.accepts_multiple_values else first
    if kind == "number":
        return 0
    if kind == "date":
        return utcnow().date().isoformat()
    if kind == "datetime":
        return iso(utcnow())
    return f"{custom_field.name} of {record_name}"


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """``enrich_field``."""

    def enrich_field(req: ApiRequest) -> ApiResponse:
        org = req.org
        body: dict[str, Any] = req.body
        if body["organization_id"] != org.id:
            raise NotFound("Organization")
        object_type = body["object_type"]
        family = families[object_type]
        collection = org.collection(family.family.collection)
        record = collection.get(body["object_id"])
        if record is None:
            raise NotFound(family.family.model)
        field_id = body["field_id"]
        lead_id = record.id if object_type == "lead" else record.lead_id
        bound_field = cv.binding(org, object_type, field_id)
        if bound_field is None:
            raise BadRequest(f"The custom field {field_id} does not apply to a {object_type}.")
        custom_field = bound_field.field
        if custom_field.type in _NOT_ENRICHABLE:
            raise BadRequest(f"A field of type {custom_field.type} cannot be enriched.")
        key = f"{cv.CUSTOM_PREFIX}{field_id}"
        ctx = cv.ValueContext(org, object_type, lead_id)
        previous = cv.serialize(ctx, record.custom).get(key)
        record_name = getattr(record, "name", None) or record.id
        value = _value(custom_field, record_name)
        value_set = bool(body.get("set_new_value", True)) and (
            previous is None or bool(body.get("overwrite_existing_value", False))
        )
        if value_set:
            family.change(req, record, {key: value})
            value = cv.serialize(ctx, record.custom).get(key)
        return ApiResponse(
            body={
                "object_type": object_type,
                "object_id": record.id,
                "field_id": field_id,
                "value": value,
                "previous_value": previous,
                "value_set": value_set,
                "source": "emulator",
            }
        )

    return {"enrich_field": enrich_field}
