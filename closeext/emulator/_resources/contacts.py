"""Contacts: ``/contact/``. Emails, phones and URLs are lists; custom values allowed."""

from __future__ import annotations

from typing import Any

from .. import _custom_values as cv
from .._organization import Organization
from .._records import Contact, Lead, new_id
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from ._common import (
    MISSING,
    Body,
    audit,
    empty,
    get_or_404,
    list_params,
    nested_errors,
    page,
    path_id,
    single,
)

MAX_LIMIT = 100


def serialize_contact(org: Organization, contact: Contact) -> dict[str, Any]:
    """A contact as Close returns it."""
    out: dict[str, Any] = {
        "id": contact.id,
        "lead_id": contact.lead_id,
        "name": contact.name,
        "title": contact.title,
        "display_name": contact.name or _first(contact.emails, "email") or "",
        "emails": [dict(item) for item in contact.emails],
        "phones": [dict(item) for item in contact.phones],
        "urls": [dict(item) for item in contact.urls],
        "integration_links": [],
        **audit(org, contact),
    }
    out.update(cv.serialize(cv.ValueContext(org, "contact", contact.lead_id), contact.custom))
    return out


def _first(items: list[dict[str, Any]], key: str) -> str | None:
    return str(items[0][key]) if items else None


# ---------------------------------------------------------------------------------------
# Validation of emails / phones / urls
# ---------------------------------------------------------------------------------------


def _normalize_phone(raw: str) -> tuple[str, str, str | None] | None:
    """``(E.164, formatted, country)`` for a phone number, or ``None`` if invalid."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.strip().startswith("+"):
        e164 = "+" + digits
    elif len(digits) == 10:
        e164 = "+1" + digits
    elif len(digits) == 11 and digits.startswith("1"):
        e164 = "+" + digits
    else:
        return None
    if not 8 <= len(e164) - 1 <= 15:
        return None
    if e164.startswith("+1") and len(e164) == 12:
        national = e164[2:]
        return e164, f"+1 {national[:3]}-{national[3:6]}-{national[6:]}", "US"
    return e164, e164, None


def _clean_items(body: Body, key: str, clean: Any) -> Any:
    items = body.dict_list(key)
    if items is MISSING:
        return MISSING
    cleaned, errors = [], {}
    for index, item in enumerate(items):
        item_errors: dict[str, str] = {}
        result = clean(item, item_errors)
        if item_errors:
            errors[index] = item_errors
        else:
            cleaned.append(result)
    if errors:
        return body.fail(key, nested_errors(errors))
    return cleaned


def _kind(item: dict[str, Any], errors: dict[str, str], default: str) -> str:
    kind = item.get("type", default)
    if kind is None:
        return default
    if not isinstance(kind, str):
        errors["type"] = "Value must be of string type."
        return default
    return kind


# The spec decides which emails, phones and URLs are acceptable (the pipeline enforces it);
# refusing more here would reject requests the spec calls valid. What is stored is
# normalised where Close normalises: phones become E.164 when they can be parsed.


def _text(item: dict[str, Any], key: str, errors: dict[str, str]) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        errors[key] = "This field is required." if value is None else "Value must be a string."
        return ""
    return value.strip()


def _clean_email(item: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    email = _text(item, "email", errors)
    unsubscribed = item.get("is_unsubscribed", False)
    if not isinstance(unsubscribed, bool):
        errors["is_unsubscribed"] = "Value must be of bool type."
    kind = _kind(item, errors, "office")
    return {"email": email, "type": kind, "is_unsubscribed": unsubscribed}


def _clean_phone(item: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    phone = _text(item, "phone", errors)
    kind = _kind(item, errors, "office")
    e164, formatted, country = _normalize_phone(phone) or (phone, phone, None)
    return {"phone": e164, "phone_formatted": formatted, "type": kind, "country": country}


def _clean_url(item: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    return {"url": _text(item, "url", errors), "type": _kind(item, errors, "url")}


def contact_attributes(body: Body) -> dict[str, Any]:
    """The plain attributes present in ``body``, validated (errors go to ``body``)."""
    attrs: dict[str, Any] = {
        "name": body.string("name", nullable=True),
        "title": body.string("title", nullable=True),
        "emails": _clean_items(body, "emails", _clean_email),
        "phones": _clean_items(body, "phones", _clean_phone),
        "urls": _clean_items(body, "urls", _clean_url),
    }
    return {key: value for key, value in attrs.items() if value is not MISSING}


def build_contact(req: ApiRequest, raw: Any, lead_id: str) -> tuple[Contact, dict[str, Any]]:
    """A new (unsaved) contact of ``lead_id`` from a request body, plus its field errors."""
    body = Body(raw)
    attrs = contact_attributes(body)
    contact = Contact(
        **req.org.stamp(req.user.id, new_id("cont_")),
        lead_id=lead_id,
        name=attrs.get("name"),
        title=attrs.get("title"),
        emails=attrs.get("emails", []),
        phones=attrs.get("phones", []),
        urls=attrs.get("urls", []),
    )
    ctx = cv.ValueContext(req.org, "contact", lead_id, req.user)
    contact.custom = cv.apply(ctx, {}, body.raw, body.errors)
    return contact, body.errors


# ---------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------


def list_contacts(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    org = req.org
    lead_id = req.query.get("lead_id")
    if lead_id:
        lead = org.leads.get(lead_id)
        ids = lead.contact_ids if lead else {}
        items = (org.contacts[contact_id] for contact_id in ids)
        return page(items, params, lambda contact: serialize_contact(org, contact))
    return page(org.contacts.values(), params, lambda contact: serialize_contact(org, contact))


def create_contact(req: ApiRequest) -> ApiResponse:
    from .leads import new_lead  # leads embed contacts; import lazily to avoid a cycle

    org = req.org
    body = Body(req.body)
    lead_id = body.string("lead_id", nullable=True)
    new_parent: Lead | None = None
    if isinstance(lead_id, str):
        if lead_id not in org.leads:
            body.fail("lead_id", "Object does not exist.")
    elif "lead_id" not in body.errors:
        # Since 2025 Close creates a lead named after the contact when none is given.
        name = body.raw.get("name")
        new_parent = new_lead(req, name if isinstance(name, str) and name else None)
        lead_id = new_parent.id
    body.raise_errors()
    contact, errors = build_contact(req, req.body, lead_id)
    if errors:
        raise ValidationFailed(field_errors=errors)
    if new_parent is not None:
        org.add_lead(new_parent)
    org.add_contact(contact)
    return single(serialize_contact(org, contact), req)


def get_contact(req: ApiRequest) -> ApiResponse:
    contact = get_or_404(req.org.contacts, path_id(req, "contact_id"), "Contact")
    return single(serialize_contact(req.org, contact), req)


def update_contact(req: ApiRequest) -> ApiResponse:
    org = req.org
    contact = get_or_404(org.contacts, path_id(req, "contact_id"), "Contact")
    body = Body(req.body)
    attrs = contact_attributes(body)
    if "lead_id" in body and body.raw["lead_id"] != contact.lead_id:
        body.fail("lead_id", "Value cannot be changed.")
    ctx = cv.ValueContext(org, "contact", contact.lead_id, req.user)
    values = cv.apply(ctx, contact.custom, body.raw, body.errors)
    body.raise_errors()
    contact.update({**attrs, "custom": values}, req.user.id)
    return single(serialize_contact(org, contact), req)


def delete_contact(req: ApiRequest) -> ApiResponse:
    contact = get_or_404(req.org.contacts, path_id(req, "contact_id"), "Contact")
    req.org.delete_contact(contact.id)
    return empty()


HANDLERS: dict[str, Handler] = {
    "list_contacts": list_contacts,
    "create_contact": create_contact,
    "get_contact": get_contact,
    "update_contact": update_contact,
    "delete_contact": delete_contact,
}
