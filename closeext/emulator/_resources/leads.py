"""Leads: ``/lead/`` and ``/lead/merge/``. A lead embeds its contacts and opportunities."""

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
from .contacts import build_contact, serialize_contact
from .opportunities import serialize_opportunity

MAX_LIMIT = 200
_ADDRESS_KEYS = ("label", "address_1", "address_2", "city", "state", "zipcode", "country")


def serialize_lead(org: Organization, lead: Lead) -> dict[str, Any]:
    """A lead as Close returns it, with its contacts and opportunities embedded."""
    status = org.lead_statuses.get(lead.status_id)
    out: dict[str, Any] = {
        "id": lead.id,
        "name": lead.name,
        "display_name": lead.name or "",
        "description": lead.description,
        "url": lead.url,
        "status_id": lead.status_id,
        "status_label": status.label if status else None,
        "addresses": [dict(address) for address in lead.addresses],
        "contacts": [serialize_contact(org, org.contacts[cid]) for cid in lead.contact_ids],
        "contact_ids": list(lead.contact_ids),
        "opportunities": [
            serialize_opportunity(org, org.opportunities[oid]) for oid in lead.opportunity_ids
        ],
        "tasks": [],
        "integration_links": [],
        "html_url": f"https://app.close.com/lead/{lead.id}/",
        **audit(org, lead, names=True),
    }
    out.update(cv.serialize(cv.ValueContext(org, "lead", lead.id), lead.custom))
    return out


def new_lead(req: ApiRequest, name: str | None, status_id: str | None = None) -> Lead:
    """An unsaved lead with the organization's default status unless one is given."""
    default = req.org.default_lead_status_id()
    return Lead(
        **req.org.stamp(req.user.id, new_id("lead_")),
        name=name,
        description="",
        url=None,
        status_id=status_id or default or "",
        addresses=[],
    )


def _clean_address(item: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    address: dict[str, Any] = {}
    for key in _ADDRESS_KEYS:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            errors[key] = "Value must be of string type."
        address[key] = value
    return address


def _lead_attributes(body: Body) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "name": body.string("name", nullable=True),
        "description": body.string("description", nullable=True),
        "url": body.string("url", nullable=True),
    }
    addresses = body.dict_list("addresses")
    if addresses is not MISSING:
        cleaned, errors = [], {}
        for index, item in enumerate(addresses):
            item_errors: dict[str, str] = {}
            cleaned.append(_clean_address(item, item_errors))
            if item_errors:
                errors[index] = item_errors
        attrs["addresses"] = body.fail("addresses", nested_errors(errors)) if errors else cleaned
    if attrs["description"] is None:
        attrs["description"] = ""
    return {key: value for key, value in attrs.items() if value is not MISSING}


def _status_id(org: Organization, body: Body) -> Any:
    """The lead status named by ``status_id`` or ``status`` (a label), or ``MISSING``."""
    if "status" in body and "status_id" in body:
        return body.fail("status", "Send either status or status_id, not both.")
    if "status_id" in body:
        status_id = body.string("status_id")
        if isinstance(status_id, str) and status_id not in org.lead_statuses:
            return body.fail("status_id", "Lead status does not exist.")
        return status_id
    if "status" in body:
        label = body.string("status")
        if label is MISSING:
            return MISSING
        for status in org.lead_statuses.values():
            if status.label == label:
                return status.id
        return body.fail("status", f'Lead status "{label}" does not exist.')
    return MISSING


# ---------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------


def list_leads(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    org = req.org
    return page(org.leads.values(), params, lambda lead: serialize_lead(org, lead))


def create_lead(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    attrs = _lead_attributes(body)
    status_id = _status_id(org, body)
    lead = new_lead(req, attrs.pop("name", None), status_id if isinstance(status_id, str) else None)
    for key, value in attrs.items():
        setattr(lead, key, value)
    contacts: list[Contact] = []
    items = body.dict_list("contacts")
    if items is not MISSING:
        errors: dict[int, dict[str, Any]] = {}
        for index, item in enumerate(items):
            contact, contact_errors = build_contact(req, item, lead.id)
            contacts.append(contact)
            if contact_errors:
                errors[index] = contact_errors
        if errors:
            body.fail("contacts", nested_errors(errors))
    lead.custom = cv.apply(
        cv.ValueContext(org, "lead", lead.id, req.user), {}, body.raw, body.errors
    )
    body.raise_errors()
    org.add_lead(lead)
    for contact in contacts:
        org.add_contact(contact)
    return single(serialize_lead(org, lead), req)


def get_lead(req: ApiRequest) -> ApiResponse:
    lead = get_or_404(req.org.leads, path_id(req, "lead_id"), "Lead")
    return single(serialize_lead(req.org, lead), req)


def update_lead(req: ApiRequest) -> ApiResponse:
    org = req.org
    lead = get_or_404(org.leads, path_id(req, "lead_id"), "Lead")
    body = Body(req.body)
    attrs = _lead_attributes(body)
    status_id = _status_id(org, body)
    # ``contacts`` is not part of a lead update (change them through /contact/); like
    # any other unknown key it is ignored, as the spec documents.
    values = cv.apply(
        cv.ValueContext(org, "lead", lead.id, req.user), lead.custom, body.raw, body.errors
    )
    body.raise_errors()
    for key, value in attrs.items():
        setattr(lead, key, value)
    if isinstance(status_id, str):
        org.set_lead_status(lead, status_id)
    lead.custom = values
    lead.touch(req.user.id)
    return single(serialize_lead(org, lead), req)


def delete_lead(req: ApiRequest) -> ApiResponse:
    lead = get_or_404(req.org.leads, path_id(req, "lead_id"), "Lead")
    req.org.delete_lead(lead.id)
    return empty()


def merge_leads(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    source = body.string("source", required=True)
    destination = body.string("destination", required=True)
    for key, lead_id in (("source", source), ("destination", destination)):
        if isinstance(lead_id, str) and lead_id not in org.leads:
            body.fail(key, "Lead does not exist.")
    if isinstance(source, str) and source == destination:
        body.fail("destination", "A lead cannot be merged into itself.")
    body.raise_errors()
    if not isinstance(source, str) or not isinstance(destination, str):
        raise ValidationFailed(errors=["Both source and destination are required."])
    merged = org.merge_leads(source, destination, req.user.id)
    return single(serialize_lead(org, merged), req)


HANDLERS: dict[str, Handler] = {
    "list_leads": list_leads,
    "create_lead": create_lead,
    "get_lead": get_lead,
    "update_lead": update_lead,
    "delete_lead": delete_lead,
    "merge_leads": merge_leads,
}
