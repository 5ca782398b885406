"""Bulk emails (``/bulk_action/email/``): one email template sent to the selected leads.

Who gets it follows ``contact_preference`` (default ``lead`` [unverified]):

* ``lead``: the lead's first contact email (the first address of its first contact that has
  one), as Close documents;
* ``contact``: the first email of every contact of the lead, as Close documents;
* ``all``: every email of every contact of the lead [inferred from the name of this value of
  Close's enum; undocumented].

Unsubscribed addresses (``/unsubscribe/email/``) are passed over before choosing, so ``lead``
takes the first address that may still be emailed [unverified]; contacts without email get
nothing. Each recipient gets the template rendered for their contact and lead (as
``GET /email_template/{id}/render/`` renders it) as an email activity on the lead, from
``sender``, made through the email family as an ``outbox`` email: it is stored ``sent`` at
once with its ``created`` and ``sent`` events, as an email posted ``outbox`` is, and starts its
own thread. The emulator sends nothing to anyone.

``email_account_id`` must be a connected account of the caller, or of a member who allowed
the caller to send as them (``/send_as/``: "individual, bulk and sequence emails"); it
defaults to the caller's own [unverified].
"""

from __future__ import annotations

from typing import Any

from .._organization import COLLECTIONS, Organization
from .._records import Contact, Lead
from .._template_tags import render_tags
from .._types import ApiRequest, BadRequest
from ._bulk_engine import Actor, BulkAction, Kind, family
from ._sending import sending_account_error
from .templates import variables
from .unsubscribed import is_unsubscribed


def recipients(org: Organization, lead: Lead, preference: str) -> list[tuple[Contact, str]]:
    """The (contact, address) pairs ``preference`` chooses on ``lead`` (see the docstring)."""
    chosen: list[tuple[Contact, str]] = []
    for contact_id in COLLECTIONS["contacts"].children(lead):
        contact = org.contacts[contact_id]
        addresses = [
            str(item["email"])
            for item in contact.emails
            if item.get("email") and not is_unsubscribed(org, str(item["email"]))
        ]
        if not addresses:
            continue
        if preference == "all":
            chosen.extend((contact, address) for address in addresses)
            continue
        chosen.append((contact, addresses[0]))
        if preference == "lead":
            break
    return chosen


def _prepare(req: ApiRequest, action: BulkAction) -> None:
    body, org = req.body, req.org
    action.template_id = body["template_id"]
    action.contact_preference = body.get("contact_preference", "lead")
    if action.template_id not in org.collection("email_templates"):
        raise BadRequest("Bulk email: template_id does not name an email template.")
    accounts: dict[str, Any] = org.collection("connected_accounts")
    account_id = body.get("email_account_id")
    if account_id is None:
        # [unverified] default: the caller's own connected email account.
        mine = [a for a in accounts.values() if a.user_id == req.user.id and a.email]
        if not mine:
            raise BadRequest("Bulk email: email_account_id is needed (the caller has none).")
        account_id = mine[0].id
    refusal = sending_account_error(org, req.user.id, account_id)
    if refusal is not None:
        raise BadRequest(f"Bulk email: email_account_id {refusal}")
    account = accounts[account_id]
    action.email_account_id = account_id
    owner = org.users.get(account.user_id)
    name = owner.full_name if owner is not None else ""
    action.sender = body.get("sender") or (f'"{name}" <{account.email}>' if name else account.email)


def _apply(acting: Actor, action: BulkAction, lead_id: str) -> None:
    org = acting.org
    lead = org.leads.get(lead_id)
    template = org.collection("email_templates").get(action.template_id or "")
    if lead is None or template is None:
        return  # deleted meanwhile
    emails = acting.bound["email"]
    for contact, address in recipients(org, lead, action.contact_preference or "lead"):
        values = variables(acting.req, lead, contact)
        body = {
            "lead_id": lead.id,
            "contact_id": contact.id,
            # Built as ``outbox``, as Close sends it: the email family stores it ``sent``
            # at once and records its ``sent`` event, inside this step's recording.
            "status": "outbox",
            "sender": action.sender,
            "to": [address],
            "subject": render_tags(template.subject, values),
            "body_html": render_tags(template.body, values),
            "template_id": template.id,
        }
        write, email = emails.build(acting.req, body)
        if email is not None:
            emails.store(write, email)


EMAIL = Kind(
    name="email",
    family=family("email", "BulkEmailAction"),
    prepare=_prepare,
    apply=_apply,
)
