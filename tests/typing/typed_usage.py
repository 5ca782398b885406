"""Type-checked by mypy --strict (the typecheck session), never run: the user's surface is
typed from the spec with no ``expect=`` and no ``cast``. ``assert_type`` fails the check
when an inferred type drifts. One call per tag, through the facade and through ``call``.
"""

from __future__ import annotations

from typing import assert_type

from close_api.api.contacts import list_contacts
from close_api.api.custom_activities import list_custom_activities
from close_api.api.custom_activity_types import get_custom_activity_type
from close_api.api.custom_field_schemas import get_lead_custom_field_schema
from close_api.api.custom_fields import get_lead_custom_field
from close_api.api.custom_object_types import list_custom_object_types
from close_api.api.custom_objects import get_custom_object
from close_api.api.lead_statuses import list_lead_statuses
from close_api.api.leads import delete_lead, get_lead, list_leads
from close_api.api.opportunities import get_opportunity
from close_api.api.opportunity_statuses import list_opportunity_statuses
from close_api.api.organizations import get_organization
from close_api.api.pipelines import list_pipelines
from close_api.api.roles import get_role
from close_api.api.shared_custom_field_associations import get_shared_custom_field_lead_association
from close_api.api.users import get_me
from close_api.models import (
    Contact,
    ContactList,
    CustomActivity,
    CustomActivityList,
    CustomActivityType,
    CustomField,
    CustomFieldSchema,
    CustomObject,
    CustomObjectTypeList,
    EmptyObject,
    Lead,
    LeadCreate,
    LeadList,
    LeadStatusList,
    Me,
    Opportunity,
    OpportunityStatusList,
    Organization,
    PipelineList,
    Role,
    SharedCustomFieldAssociation,
)

from closeext import AsyncClose, Close


def sync_surface(close: Close) -> None:
    assert_type(close.leads.create(body=LeadCreate(name="Acme")), Lead)
    assert_type(close.leads.get("lead_1"), Lead)
    assert_type(close.leads.list(limit=10), LeadList)
    for item in close.leads.paginate(page_size=50):
        assert_type(item, Lead)
    assert_type(close.call(get_lead, lead_id="lead_1"), Lead)
    assert_type(close.call(get_lead.sync, lead_id="lead_1"), Lead)
    assert_type(close.call(delete_lead, lead_id="lead_1"), EmptyObject)
    for found in close.paginate(list_leads):
        assert_type(found, Lead)
    for contact in close.paginate(list_contacts):
        assert_type(contact, Contact)
    assert_type(close.call(list_contacts), ContactList)
    assert_type(close.contacts.list(), ContactList)
    assert_type(close.call(list_custom_activities), CustomActivityList)
    for activity in close.custom_activities.paginate():
        assert_type(activity, CustomActivity)
    assert_type(
        close.call(get_custom_activity_type, custom_activity_type_id="actitype_1"),
        CustomActivityType,
    )
    assert_type(close.custom_activity_types.get("actitype_1"), CustomActivityType)
    assert_type(close.call(get_lead_custom_field_schema), CustomFieldSchema)
    assert_type(close.custom_field_schemas.get_lead_custom_field_schema(), CustomFieldSchema)
    assert_type(close.call(get_lead_custom_field, custom_field_id="cf_1"), CustomField)
    assert_type(close.custom_fields.get_lead_custom_field("cf_1"), CustomField)
    for field in close.custom_fields.paginate_lead_custom_fields():
        assert_type(field, CustomField)
    assert_type(close.call(list_custom_object_types), CustomObjectTypeList)
    assert_type(close.custom_object_types.list(), CustomObjectTypeList)
    assert_type(close.call(get_custom_object, custom_object_id="custobj_1"), CustomObject)
    assert_type(close.custom_objects.get("custobj_1"), CustomObject)
    assert_type(close.call(list_lead_statuses), LeadStatusList)
    assert_type(close.lead_statuses.list(), LeadStatusList)
    assert_type(close.call(get_opportunity, opportunity_id="oppo_1"), Opportunity)
    assert_type(close.opportunities.get("oppo_1"), Opportunity)
    assert_type(close.call(list_opportunity_statuses), OpportunityStatusList)
    assert_type(close.opportunity_statuses.list(), OpportunityStatusList)
    assert_type(close.call(get_organization, organization_id="orga_1"), Organization)
    assert_type(close.organizations.get("orga_1"), Organization)
    assert_type(close.call(list_pipelines), PipelineList)
    assert_type(close.pipelines.list(), PipelineList)
    assert_type(close.call(get_role, role_id="role_1"), Role)
    assert_type(close.roles.get("role_1"), Role)
    assert_type(
        close.call(get_shared_custom_field_lead_association, custom_field_id="cf_1"),
        SharedCustomFieldAssociation,
    )
    assert_type(
        close.shared_custom_field_associations.get_shared_custom_field_lead_association("cf_1"),
        SharedCustomFieldAssociation,
    )
    assert_type(close.call(get_me), Me)
    assert_type(close.users.get_me(), Me)
    assert_type(close.with_options(timeout=5, headers={"X-Trace": "1"}).leads.get("lead_1"), Lead)


async def async_surface(aclose: AsyncClose) -> None:
    assert_type(await aclose.leads.create(body=LeadCreate(name="Acme")), Lead)
    assert_type(await aclose.leads.get("lead_1"), Lead)
    assert_type(await aclose.call(get_lead, lead_id="lead_1"), Lead)
    assert_type(await aclose.call(get_lead.asyncio, lead_id="lead_1"), Lead)
    async for item in aclose.leads.paginate():
        assert_type(item, Lead)
    async for found in aclose.paginate(list_leads):
        assert_type(found, Lead)
    assert_type(await aclose.users.get_me(), Me)
    assert_type(await aclose.with_options(deadline=10).leads.list(), LeadList)
