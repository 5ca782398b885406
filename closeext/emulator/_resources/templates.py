"""Email templates (``/email_template/``) and SMS templates (``/sms_template/``).

Both are organization-wide configuration objects. A template that a workflow step uses
cannot be deleted (:func:`template_users` says which workflows use it). Email templates
render for one contact of one lead (``GET /email_template/{id}/render/``, see
:mod:`.._template_tags` for the tags); Close's search form of that operation is refused
rather than answered wrongly.

Close documents only ``name``, ``subject`` and ``body`` of an email template; ``is_shared``,
``is_archived`` and ``attachments`` follow its list filters and SMS templates [unverified].
The read-only properties of a fetched email template are accepted and ignored on writes,
so a template read from one organization can be posted as it is to another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .. import _custom_values as cv
from .._engine import Bound, Family
from .._listing import project, requested_fields
from .._organization import Organization
from .._records import Contact, Lead, Record, User
from .._template_tags import Variables, render_tags
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, ValidationFailed
from ._copying import READ_ONLY
from .sequences import workflow_using

#: Close's search form of the render operation, which the emulator does not run.
_SEARCH_FORM: Final = ("query", "s_query", "entry", "mode", "results_limit", "sort")


@dataclass(slots=True, kw_only=True)
class EmailTemplate(Record):
    """A reusable email: subject and HTML body with template tags."""

    name: str
    subject: str
    body: str
    is_shared: bool
    is_archived: bool
    attachments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class SmsTemplate(Record):
    """A reusable text message; ``status`` is ``active`` or ``archived``."""

    name: str
    text: str
    is_shared: bool
    status: str
    attachments: list[dict[str, Any]] = field(default_factory=list)


#: Who may still use a template: functions of (organization, template id) that name the
#: first user found (``workflow "Onboarding"``), or ``None``. A family that references
#: templates adds its function here.
TemplateUser = Callable[[Organization, str], str | None]
TEMPLATE_USERS: tuple[TemplateUser, ...] = (workflow_using,)


def template_users(org: Organization, template: Any) -> str | None:
    """Why ``template`` cannot be deleted now, or ``None``."""
    for find in TEMPLATE_USERS:
        user = find(org, template.id)
        if user is not None:
            return f"This template cannot be deleted: {user} uses it."
    return None


EMAIL_TEMPLATES = Family(
    name="email_template",
    plural="email_templates",
    collection="email_templates",
    record=EmailTemplate,
    model="EmailTemplate",
    defaults={"subject": "", "body": "", "is_shared": False, "is_archived": False},
    claims=READ_ONLY,
    in_use=template_users,
)

SMS_TEMPLATES = Family(
    name="sms_template",
    plural="sms_templates",
    collection="sms_templates",
    record=SmsTemplate,
    model="SMSTemplate",
    defaults={"text": "", "is_shared": False, "status": "active"},
    in_use=template_users,
    handwritten=frozenset({"get"}),  # attachments only when asked for
)


# -- rendering ------------------------------------------------------------------------


def _first(items: list[dict[str, Any]], key: str) -> str:
    for item in items:
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _lead_values(org: Organization, lead: Lead) -> dict[str, str]:
    status = org.lead_statuses.get(lead.status_id)
    values = {
        "id": lead.id,
        "name": lead.name or "",
        "display_name": lead.name or "",
        "description": lead.description or "",
        "url": lead.url or "",
        "status_label": status.label if status else "",
    }
    custom = cv.serialize(cv.ValueContext(org, "lead", lead.id), lead.custom)
    for key, value in custom.items():
        name = org.custom_fields[key[len(cv.CUSTOM_PREFIX) :]].name
        shown = value if isinstance(value, list) else [value]
        values[f"custom.{name}"] = ", ".join(str(v) for v in shown)
    return values


def _contact_values(contact: Contact) -> dict[str, str]:
    name = contact.name or ""
    first, _, last = name.strip().partition(" ")
    return {
        "id": contact.id,
        "name": name,
        "first_name": first,
        "last_name": last.strip(),
        "title": contact.title or "",
        "email": _first(contact.emails, "email"),
        "phone": _first(contact.phones, "phone"),
    }


def variables(
    req: ApiRequest, lead: Lead, contact: Contact, sender: User | None = None
) -> Variables:
    """Every value a tag may name, for ``contact`` of ``lead`` sent by ``sender`` (default:
    the caller)."""
    user = sender or req.user
    return {
        "lead": _lead_values(req.org, lead),
        "contact": _contact_values(contact),
        "user": {
            "id": user.id,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "full_name": user.full_name,
            "email": user.email,
        },
        "organization": {"name": req.org.name},
    }


def _target(req: ApiRequest) -> tuple[Lead, Contact]:
    # The search form is not in the spec (so a schema-valid request never carries it);
    # a client that sends it anyway is told so rather than answered for another lead.
    sent = [name for name in _SEARCH_FORM if name in req.query]
    if sent:
        raise BadRequest(
            "The emulator renders templates for one lead_id and contact_id only; the search "
            f"form ({', '.join(sent)}) is not emulated."
        )
    org = req.org
    lead = org.leads.get(req.params["lead_id"])
    if lead is None:
        raise ValidationFailed(field_errors={"lead_id": "Object does not exist."})
    contact = org.contacts.get(req.params["contact_id"])
    if contact is None or contact.lead_id != lead.id:
        raise ValidationFailed(field_errors={"contact_id": "Object does not exist on this lead."})
    return lead, contact


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """``render_email_template``: the template's subject and body for one contact."""
    templates = bound["email_template"]

    def render_email_template(req: ApiRequest) -> ApiResponse:
        template = templates.find(req)
        lead, contact = _target(req)
        values = variables(req, lead, contact)
        return ApiResponse(
            body={
                "subject": render_tags(template.subject, values),
                "body": render_tags(template.body, values),
            }
        )

    sms_templates = bound["sms_template"]

    def get_sms_template(req: ApiRequest) -> ApiResponse:
        # Close leaves the attachments out unless asked (``include_attachments``).
        if req.params.get("include_attachments", False):
            return sms_templates.get(req)
        template = sms_templates.find(req)
        rendered = dict(sms_templates.renderer.cached(req.org, template)[0])
        rendered.pop("attachments", None)
        return ApiResponse(body=project(rendered, requested_fields(req)))

    return {"render_email_template": render_email_template, "get_sms_template": get_sms_template}
