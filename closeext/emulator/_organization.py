"""One organization's state: its collections, their indexes and the cascades between them.

Mutations that must keep the organization free of dangling references (deleting a lead
with its children, merging leads, removing a custom field) live here as methods, so the
handlers in ``_resources`` never update an index by hand.

Layout, chosen so that reads cost the same however much an organization holds:

* every collection is an insertion-ordered ``dict`` keyed by id (lists page with ``islice``);
* each lead keeps ordered id sets of its contacts, opportunities, custom objects and custom
  activities, so "children of one lead" never scans the organization;
* counters track how many records use a status or a type, so refusing a delete is O(1);
* custom values are stored with the *scope* (association token) they were written under,
  so deleting a field or dropping a shared association hides its values at once without
  touching records (see ``_custom_values``).
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from ._records import (
    Contact,
    CustomActivity,
    CustomField,
    CustomObject,
    CustomType,
    Lead,
    LeadStatus,
    Opportunity,
    OpportunityStatus,
    Pipeline,
    Role,
    User,
    add_to_totals,
    new_id,
    utcnow,
)

#: Built-in roles: id, name and the permissions the emulator checks. Only ``admin`` and
#: ``superuser`` may manage the organization (custom field definitions, for example).
BUILT_IN_ROLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("admin", "Admin", ("manage_organization", "view_all_leads", "edit_all_leads")),
    ("superuser", "Super User", ("manage_organization", "view_all_leads", "edit_all_leads")),
    ("user", "User", ("view_all_leads", "edit_all_leads")),
    ("restricteduser", "Restricted User", ()),
)
BUILT_IN_ROLE_IDS = frozenset(role[0] for role in BUILT_IN_ROLES)

_DEFAULT_LEAD_STATUSES = ("Potential", "Active qualified", "Bad Fit", "Customer")
_DEFAULT_OPPORTUNITY_STATUSES = (("Active", "active"), ("Won", "won"), ("Lost", "lost"))


class Organization:
    """One tenant: its users (stable) and all its data (wiped by :meth:`reset`).

    Mutations that must keep indexes consistent go through methods here; handlers read
    the collections directly.
    """

    def __init__(self, org_id: str, name: str) -> None:
        self.id = org_id
        self.name = name
        self.currency = "USD"
        self.date_created = utcnow()
        self.users: dict[str, User] = {}
        # Handlers of one organization run one at a time (see ``_resources.__init__``).
        self.lock = threading.RLock()
        self.reset()

    def __repr__(self) -> str:
        return f"Organization(id={self.id!r}, leads={len(self.leads)})"

    def reset(self) -> None:
        """Drop every record and configuration object; recreate the defaults."""
        self.leads: dict[str, Lead] = {}
        self.contacts: dict[str, Contact] = {}
        self.opportunities: dict[str, Opportunity] = {}
        self.custom_objects: dict[str, CustomObject] = {}
        self.custom_activities: dict[str, CustomActivity] = {}
        self.custom_fields: dict[str, CustomField] = {}
        self.custom_object_types: dict[str, CustomType] = {}
        self.custom_activity_types: dict[str, CustomType] = {}
        self.lead_statuses: dict[str, LeadStatus] = {}
        self.opportunity_statuses: dict[str, OpportunityStatus] = {}
        self.pipelines: dict[str, Pipeline] = {}
        self.roles: dict[str, Role] = {}
        # Display order of the custom fields of each target (ordered id sets).
        self.schemas: dict[str, dict[str, None]] = {}
        # How many records use each status / type: O(1) answers to "may I delete it?".
        self.usage: Counter[str] = Counter()
        # Running sums over all opportunities, so the unfiltered list's aggregates are O(1).
        self.opportunity_totals: Counter[str] = Counter()
        first_user = next(iter(self.users.values()), None)
        actor = first_user.id if first_user else ""
        for role_id, role_name, permissions in BUILT_IN_ROLES:
            self.roles[role_id] = Role(
                **self.stamp(actor, role_id),
                name=role_name,
                permissions=list(permissions),
                visibility_user_lcf_ids=[],
                visibility_user_lcf_behavior=None,
                built_in=True,
            )
        for user in self.users.values():
            user.role_id = "admin"
        for label in _DEFAULT_LEAD_STATUSES:
            status = LeadStatus(**self.stamp(actor, new_id("stat_")), label=label)
            self.lead_statuses[status.id] = status
        pipeline = Pipeline(**self.stamp(actor, new_id("pipe_")), name="Sales")
        self.pipelines[pipeline.id] = pipeline
        for label, kind in _DEFAULT_OPPORTUNITY_STATUSES:
            opp_status = OpportunityStatus(
                **self.stamp(actor, new_id("stat_")),
                label=label,
                type=kind,
                pipeline_id=pipeline.id,
            )
            self.opportunity_statuses[opp_status.id] = opp_status
            pipeline.status_ids.append(opp_status.id)

    @staticmethod
    def stamp(user_id: str, record_id: str) -> dict[str, Any]:
        """The audit keyword arguments for a record created now by ``user_id``."""
        now = utcnow()
        return {
            "id": record_id,
            "created_by": user_id,
            "updated_by": user_id,
            "date_created": now,
            "date_updated": now,
        }

    # -- users -------------------------------------------------------------------------

    def add_user(self, first_name: str, last_name: str, email: str) -> User:
        """Add a member with the admin role."""
        now = utcnow()
        user = User(
            id=new_id("user_"),
            organization_id=self.id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            role_id="admin",
            date_created=now,
            date_updated=now,
        )
        self.users[user.id] = user
        return user

    # -- defaults ----------------------------------------------------------------------

    def default_lead_status_id(self) -> str | None:
        """The first lead status: what a new lead gets when it names none."""
        return next(iter(self.lead_statuses), None)

    def default_opportunity_status_id(self, pipeline_id: str | None = None) -> str | None:
        """The first status of ``pipeline_id``, or of the first pipeline that has one."""
        if pipeline_id is not None:
            pipeline = self.pipelines.get(pipeline_id)
            return pipeline.status_ids[0] if pipeline and pipeline.status_ids else None
        for pipeline in self.pipelines.values():
            if pipeline.status_ids:
                return pipeline.status_ids[0]
        return None

    # -- schemas -----------------------------------------------------------------------

    def schema(self, target: str) -> dict[str, None]:
        """The ordered field ids of ``target`` (created empty on first use)."""
        return self.schemas.setdefault(target, {})

    def remove_target(self, target: str) -> None:
        """Forget a target that no longer exists: its fields and shared associations."""
        for field_id in list(self.schemas.pop(target, {})):
            custom_field = self.custom_fields.get(field_id)
            if custom_field is None:
                continue
            if custom_field.kind == "shared":
                custom_field.associations.pop(target, None)
            else:
                del self.custom_fields[field_id]

    def remove_field(self, custom_field: CustomField) -> None:
        """Delete a field; its stored values become invisible at once (scope gone)."""
        self.custom_fields.pop(custom_field.id, None)
        targets = (list(custom_field.associations) if custom_field.kind == "shared" else []) + (
            [custom_field.target] if custom_field.target else []
        )
        for target in targets:
            self.schemas.get(target, {}).pop(custom_field.id, None)
        custom_field.associations.clear()

    # -- leads and their children ------------------------------------------------------

    def add_lead(self, lead: Lead) -> None:
        self.leads[lead.id] = lead
        self.usage[lead.status_id] += 1

    def set_lead_status(self, lead: Lead, status_id: str) -> None:
        self.usage[lead.status_id] -= 1
        lead.status_id = status_id
        self.usage[status_id] += 1

    def add_contact(self, contact: Contact) -> None:
        self.contacts[contact.id] = contact
        self.leads[contact.lead_id].contact_ids[contact.id] = None

    def add_opportunity(self, opportunity: Opportunity) -> None:
        self.opportunities[opportunity.id] = opportunity
        self.leads[opportunity.lead_id].opportunity_ids[opportunity.id] = None
        self.usage[opportunity.status_id] += 1
        self.count_opportunity(opportunity, +1)

    def count_opportunity(self, opportunity: Opportunity, sign: int) -> None:
        """Add (``+1``) or take out (``-1``) one opportunity from the running totals."""
        add_to_totals(self.opportunity_totals, opportunity, sign)

    def set_opportunity_status(self, opportunity: Opportunity, status_id: str) -> None:
        self.usage[opportunity.status_id] -= 1
        opportunity.status_id = status_id
        self.usage[status_id] += 1

    def add_custom_object(self, obj: CustomObject) -> None:
        self.custom_objects[obj.id] = obj
        self.leads[obj.lead_id].custom_object_ids[obj.id] = None
        self.usage[obj.custom_object_type_id] += 1

    def add_custom_activity(self, activity: CustomActivity) -> None:
        self.custom_activities[activity.id] = activity
        self.leads[activity.lead_id].activity_ids[activity.id] = None
        self.usage[activity.custom_activity_type_id] += 1

    def delete_contact(self, contact_id: str) -> None:
        contact = self.contacts.pop(contact_id)
        lead = self.leads.get(contact.lead_id)
        if lead is not None:
            lead.contact_ids.pop(contact_id, None)
        # Opportunities and activities that named the contact now name nobody.
        if lead is not None:
            for opp_id in lead.opportunity_ids:
                if self.opportunities[opp_id].contact_id == contact_id:
                    self.opportunities[opp_id].contact_id = None
            for acti_id in lead.activity_ids:
                if self.custom_activities[acti_id].contact_id == contact_id:
                    self.custom_activities[acti_id].contact_id = None

    def delete_opportunity(self, opportunity_id: str) -> None:
        opportunity = self.opportunities.pop(opportunity_id)
        self.usage[opportunity.status_id] -= 1
        self.count_opportunity(opportunity, -1)
        lead = self.leads.get(opportunity.lead_id)
        if lead is not None:
            lead.opportunity_ids.pop(opportunity_id, None)

    def delete_custom_object(self, obj_id: str) -> None:
        obj = self.custom_objects.pop(obj_id)
        self.usage[obj.custom_object_type_id] -= 1
        lead = self.leads.get(obj.lead_id)
        if lead is not None:
            lead.custom_object_ids.pop(obj_id, None)

    def delete_custom_activity(self, activity_id: str) -> None:
        activity = self.custom_activities.pop(activity_id)
        self.usage[activity.custom_activity_type_id] -= 1
        lead = self.leads.get(activity.lead_id)
        if lead is not None:
            lead.activity_ids.pop(activity_id, None)

    def delete_lead(self, lead_id: str) -> None:
        """Delete a lead with everything that hangs off it."""
        lead = self.leads[lead_id]
        for contact_id in list(lead.contact_ids):
            self.contacts.pop(contact_id, None)
        for opp_id in list(lead.opportunity_ids):
            self.delete_opportunity(opp_id)
        for obj_id in list(lead.custom_object_ids):
            self.delete_custom_object(obj_id)
        for acti_id in list(lead.activity_ids):
            self.delete_custom_activity(acti_id)
        self.usage[lead.status_id] -= 1
        del self.leads[lead_id]

    def merge_leads(self, source_id: str, destination_id: str, user_id: str) -> Lead:
        """Move the source's children and missing custom values to the destination.

        The destination's own custom values win; values only the source had are copied
        over. The source is deleted afterwards.
        """
        source = self.leads[source_id]
        destination = self.leads[destination_id]
        for contact_id in source.contact_ids:
            self.contacts[contact_id].lead_id = destination_id
            destination.contact_ids[contact_id] = None
        for opp_id in source.opportunity_ids:
            self.opportunities[opp_id].lead_id = destination_id
            destination.opportunity_ids[opp_id] = None
        for obj_id in source.custom_object_ids:
            self.custom_objects[obj_id].lead_id = destination_id
            destination.custom_object_ids[obj_id] = None
        for acti_id in source.activity_ids:
            self.custom_activities[acti_id].lead_id = destination_id
            destination.activity_ids[acti_id] = None
        for field_id, value in source.custom.items():
            destination.custom.setdefault(field_id, value)
        source.contact_ids.clear()
        source.opportunity_ids.clear()
        source.custom_object_ids.clear()
        source.activity_ids.clear()
        self.delete_lead(source_id)
        destination.touch(user_id)
        return destination
