"""Contacts: ``/contact/``. A person on exactly one lead, with emails, phones and URLs.

Without ``lead_id`` Close (since 2025) creates a lead named after the contact. What is
stored is normalised where Close normalises: phones become E.164 when they can be parsed;
the spec decides which values are acceptable at all (the pipeline enforces it).
"""

from __future__ import annotations

from typing import Any

from .._engine import Family, Write
from .._organization import Organization
from .._records import Contact
from .history import record_made_lead
from .integration_links import links_of
from .unsubscribed import is_unsubscribed


def _normalize_phone(raw: str) -> tuple[str, str, str | None] | None:
    """``(E.164, formatted, country)`` for a phone number, or ``None`` if unparseable."""
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


def _emails(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "email": item["email"].strip(),
            "type": item.get("type") or "office",
            "is_unsubscribed": item.get("is_unsubscribed", False),
        }
        for item in items
    ]


def _phones(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        phone = item["phone"].strip()
        e164, formatted, country = _normalize_phone(phone) or (phone, phone, None)
        out.append(
            {
                "phone": e164,
                "phone_formatted": formatted,
                "type": item.get("type") or "office",
                "country": country,
            }
        )
    return out


def _urls(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"url": item["url"].strip(), "type": item.get("type") or "url"} for item in items]


def _display_name(org: Organization, contact: Contact) -> str:
    if contact.name:
        return contact.name
    return str(contact.emails[0]["email"]) if contact.emails else ""


def _rendered_emails(org: Organization, contact: Contact) -> list[dict[str, Any]]:
    # An address unsubscribed organization-wide shows as unsubscribed on every contact.
    return [
        {
            **item,
            "is_unsubscribed": bool(item["is_unsubscribed"]) or is_unsubscribed(org, item["email"]),
        }
        for item in contact.emails
    ]


def _new_lead(write: Write) -> Any:
    name = write.body.get("name")
    return write.org.new_lead(write.req.user.id, name if isinstance(name, str) and name else None)


CONTACTS = Family(
    name="contact",
    plural="contacts",
    collection="contacts",
    record=Contact,
    model="Contact",
    event_parent_field="contact_ids",  # a contact added or removed updates its lead
    immutable=("lead_id",),
    defaults={"name": None, "title": None, "emails": [], "phones": [], "urls": []},
    convert={"emails": _emails, "phones": _phones, "urls": _urls},
    make_parent=_new_lead,
    # A contact posted without lead_id gets a new lead, which records its Created activity.
    check=record_made_lead,
    target=lambda contact: ("contact", contact.lead_id),
    computed={
        "display_name": _display_name,
        "integration_links": links_of("contact"),
        "emails": _rendered_emails,
    },
)
