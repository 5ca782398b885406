"""Leads: ``/lead/`` and ``/lead/merge/``. A lead embeds its contacts and opportunities.

The status comes from ``status_id`` or ``status`` (a label); nested ``contacts`` are
created with the lead, each validated like a contact of its own, errors nested by index.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _custom_values as cv
from .._engine import Bound, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Lead
from .._search import select
from .._search._legacy import translate
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from . import history
from ._support import nested_errors
from .integration_links import links_of

_ADDRESS_KEYS = ("label", "address_1", "address_2", "city", "state", "zipcode", "country")


def _addresses(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: item.get(key) for key in _ADDRESS_KEYS} for item in items]


def _status(write: Write) -> None:
    org, body = write.org, write.body
    if "status_id" in body:
        if body["status_id"] not in org.lead_statuses:
            write.fail("status_id", "Object does not exist.")
        else:
            write.attrs["status_id"] = body["status_id"]
    elif "status" in body:
        label = body["status"]
        found = next((s.id for s in org.lead_statuses.values() if s.label == label), None)
        if found is None:
            write.fail("status", f'Lead status "{label}" does not exist.')
        else:
            write.attrs["status_id"] = found


def _nested_contacts(write: Write) -> None:
    items = write.body.get("contacts")
    if write.current is not None or not items:
        return
    contacts = write.families["contact"]
    errors: dict[int, dict[str, Any]] = {}
    for index, item in enumerate(items):
        nested, contact = contacts.build(write.req, item, parent_id=write.record_id)
        if contact is None:
            errors[index] = nested.errors
        else:
            write.pending.append(("contacts", contact))
    if errors:
        write.fail("contacts", nested_errors(errors))


def _check(write: Write) -> None:
    _status(write)
    _nested_contacts(write)
    history.record_lead_history(write)  # Created, or LeadStatusChange (side effects)


def _by_name(org: Organization, lead: Lead) -> dict[str, Any]:
    """The deprecated ``custom`` object: the lead's values keyed by field name."""
    values = cv.serialize(cv.ValueContext(org, "lead", lead.id), lead.custom)
    return {
        org.custom_fields[key[len(cv.CUSTOM_PREFIX) :]].name: value for key, value in values.items()
    }


def _total(req: ApiRequest, selected: list[Lead] | None) -> dict[str, Any]:
    return {"total_results": len(req.org.leads) if selected is None else len(selected)}


def _legacy_query(req: ApiRequest, listing: Listing) -> list[Lead] | None:
    """The leads the deprecated ``query`` parameter selects, in its ``sort:`` order."""
    text = req.params.get("query")
    if text is None:
        return None
    tree, sort = translate(req.org, str(text), req.tz_offset)
    hits = select(req.org, tree, user_id=req.user.id, tz_offset=req.tz_offset, sort=sort)
    return [hit.record for hit in hits]


def _selected_by_query(org: Organization, lead: Lead, text: Any) -> bool:
    # ``_legacy_query`` already selected the leads; declaring ``query`` here marks the list
    # as narrowed, so ``total_results`` counts the matches.
    return True


def _status_label(org: Organization, lead: Lead) -> str | None:
    status = org.lead_statuses.get(lead.status_id)
    return status.label if status else None


LEADS = Family(
    name="lead",
    plural="leads",
    collection="leads",
    record=Lead,
    model="Lead",
    defaults={
        "name": None,
        "description": "",
        "url": None,
        "addresses": [],
        "status_id": lambda write: write.org.default_lead_status_id() or "",
    },
    convert={"description": lambda value: value or "", "addresses": _addresses},
    # ``contacts`` is part of a create only; a lead update ignores it, as the spec says.
    claims=frozenset({"status", "status_id", "contacts"}),
    check=_check,
    after=history.insert_pending,
    target=lambda lead: ("lead", lead.id),
    computed={
        "display_name": lambda org, lead: lead.name or "",
        "status_label": _status_label,
        "contact_ids": lambda org, lead: list(lead.contact_ids),
        "integration_links": links_of("lead"),
        "html_url": lambda org, lead: f"https://app.close.com/lead/{lead.id}/",
        "custom": _by_name,
    },
    list_extra=_total,
    list_source=_legacy_query,
    derived={"query": _selected_by_query},
    # Close's list of what fires lead.updated: basic fields, status, contacts added or
    # removed, addresses, custom fields; never activity, opportunity or task changes.
    event_fields=frozenset(
        {"name", "display_name", "description", "url", "status_id", "status_label"}
        | {"addresses", "contact_ids", "custom."}
    ),
    # Embedded records have events of their own (the lead keeps ``contact_ids``).
    event_omit=frozenset({"contacts", "opportunities", "tasks"}),
    embeds={
        "contacts": ("contact", lambda org, lead: (org.contacts[i] for i in lead.contact_ids)),
        # The lead's incomplete tasks (Close's rule since 2024-06-07).
        "tasks": (
            "task",
            lambda org, lead: (
                task
                for task_id in lead.children.get("tasks", {})
                if not (task := org.tasks[task_id]).is_complete
            ),
        ),
        "opportunities": (
            "opportunity",
            lambda org, lead: (org.opportunities[i] for i in lead.opportunity_ids),
        ),
    },
)


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """The lead operations beyond CRUD: the merge."""
    leads = families["lead"]

    def merge_leads(req: ApiRequest) -> ApiResponse:
        """Move the source's children and missing custom values to the destination.

        The destination's own custom values win; values only the source had are copied
        over. The source is deleted afterwards.
        """
        org = req.org
        source_id, destination_id = req.body["source"], req.body["destination"]
        errors = {
            key: "Object does not exist."
            for key, lead_id in (("source", source_id), ("destination", destination_id))
            if lead_id not in org.leads
        }
        if source_id == destination_id:
            errors.setdefault("destination", "A lead cannot be merged into itself.")
        if errors:
            raise ValidationFailed(field_errors=errors)
        source, destination = org.leads[source_id], org.leads[destination_id]
        org.reparent("leads", source, destination)
        history.record_merge(org, req.user.id, source, destination)
        for field_id, value in source.custom.items():
            destination.custom.setdefault(field_id, value)
        org.remove("leads", source_id)
        destination.touch(req.user.id)
        return leads.respond(req, destination)

    return {"merge_leads": merge_leads}
