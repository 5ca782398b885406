"""Written by ``python -m scripts.typed_tags``; do not edit. Type-checked by mypy
--strict, never run: every tag's facade and ``close.call`` are typed from the spec,
with no ``expect=`` and no ``cast``."""

from __future__ import annotations

from typing import assert_type

from close_api.api.activities import list_activities
from close_api.api.advanced_filtering import search
from close_api.api.blocked_phone_numbers import list_blocked_phone_numbers
from close_api.api.bulk_actions import list_bulk_delete_actions
from close_api.api.calls import list_calls
from close_api.api.comments import list_comments
from close_api.api.connected_accounts import list_connected_accounts
from close_api.api.contacts import list_contacts
from close_api.api.custom_activities import list_custom_activities
from close_api.api.custom_activity_types import list_custom_activity_types
from close_api.api.custom_field_schemas import get_contact_custom_field_schema
from close_api.api.custom_fields import list_activity_custom_fields
from close_api.api.custom_object_types import list_custom_object_types
from close_api.api.custom_objects import list_custom_objects
from close_api.api.dialers import list_dialers
from close_api.api.email_templates import list_email_templates
from close_api.api.emails import list_emails
from close_api.api.events import list_events
from close_api.api.exports import list_exports
from close_api.api.field_enrichment import enrich_field
from close_api.api.files import upload_file
from close_api.api.form_submissions import list_form_submissions
from close_api.api.forms import list_forms
from close_api.api.groups import list_groups
from close_api.api.integration_links import list_integration_links
from close_api.api.lead_history import list_created_activities
from close_api.api.lead_statuses import list_lead_statuses
from close_api.api.leads import list_leads
from close_api.api.meetings import list_meetings
from close_api.api.memberships import get_membership_pinned_views
from close_api.api.notes import list_notes
from close_api.api.opportunities import list_opportunities
from close_api.api.opportunity_statuses import list_opportunity_statuses
from close_api.api.organizations import get_organization
from close_api.api.outcomes import list_outcomes
from close_api.api.phone_numbers import list_phone_numbers
from close_api.api.pipelines import list_pipelines
from close_api.api.playbooks import list_playbooks
from close_api.api.reporting import list_activity_metrics
from close_api.api.roles import list_roles
from close_api.api.scheduling_links import list_scheduling_links
from close_api.api.send_as import list_send_as
from close_api.api.sequences import list_sequences
from close_api.api.shared_custom_field_associations import get_shared_custom_field_contact_association
from close_api.api.smart_views import list_smart_views
from close_api.api.sms import get_sms
from close_api.api.sms_templates import list_sms_templates
from close_api.api.status_changes import list_lead_status_changes
from close_api.api.task_completed_activities import list_task_completed_activities
from close_api.api.tasks import list_tasks
from close_api.api.unsubscribed_emails import list_unsubscribed_emails
from close_api.api.users import list_users
from close_api.api.webhooks import list_webhooks
from close_api.api.whatsapp import list_whatsapp_messages
from close_api.models import (
    ActivityList,
    ActivityMetricList,
    BlockedPhoneNumberList,
    BulkDeleteActionList,
    CallList,
    CommentList,
    ConnectedAccountList,
    ContactList,
    CreatedActivityList,
    CustomActivityList,
    CustomActivityTypeList,
    CustomFieldList,
    CustomFieldSchema,
    CustomObjectList,
    CustomObjectTypeList,
    DialerList,
    EmailList,
    EmailTemplateList,
    EventList,
    ExportList,
    FieldEnrichment,
    FieldEnrichmentResult,
    FileUpload,
    FileUploadCreate,
    FormList,
    FormSubmissionList,
    GroupList,
    IntegrationLinkDefinitionList,
    LeadList,
    LeadStatusChangeList,
    LeadStatusList,
    MeetingList,
    NoteList,
    OpportunityList,
    OpportunityStatusList,
    Organization,
    OutcomeList,
    PhoneNumberList,
    PinnedViews,
    PipelineList,
    PlaybookList,
    RoleList,
    SMS,
    SchedulingLinkList,
    SearchPage,
    SearchRequest,
    SendAsList,
    SequenceList,
    SharedCustomFieldAssociation,
    SmartViewList,
    SmsTemplateList,
    TaskCompletedActivityList,
    TaskList,
    UnsubscribedEmailList,
    UserList,
    WebhookSubscriptionList,
    WhatsAppMessageList,
)

from closeext import AsyncClose, Close


def every_tag(close: Close) -> None:
    assert_type(close.activities.list(), ActivityList)
    assert_type(close.call(list_activities), ActivityList)
    assert_type(close.advanced_filtering.search(body=SearchRequest.from_dict({})), SearchPage)
    assert_type(close.call(search, body=SearchRequest.from_dict({})), SearchPage)
    assert_type(close.blocked_phone_numbers.list(), BlockedPhoneNumberList)
    assert_type(close.call(list_blocked_phone_numbers), BlockedPhoneNumberList)
    assert_type(close.bulk_actions.list_bulk_delete_actions(), BulkDeleteActionList)
    assert_type(close.call(list_bulk_delete_actions), BulkDeleteActionList)
    assert_type(close.calls.list(), CallList)
    assert_type(close.call(list_calls), CallList)
    assert_type(close.comments.list(), CommentList)
    assert_type(close.call(list_comments), CommentList)
    assert_type(close.connected_accounts.list(), ConnectedAccountList)
    assert_type(close.call(list_connected_accounts), ConnectedAccountList)
    assert_type(close.contacts.list(), ContactList)
    assert_type(close.call(list_contacts), ContactList)
    assert_type(close.custom_activities.list(), CustomActivityList)
    assert_type(close.call(list_custom_activities), CustomActivityList)
    assert_type(close.custom_activity_types.list(), CustomActivityTypeList)
    assert_type(close.call(list_custom_activity_types), CustomActivityTypeList)
    assert_type(close.custom_field_schemas.get_contact_custom_field_schema(), CustomFieldSchema)
    assert_type(close.call(get_contact_custom_field_schema), CustomFieldSchema)
    assert_type(close.custom_fields.list_activity_custom_fields(), CustomFieldList)
    assert_type(close.call(list_activity_custom_fields), CustomFieldList)
    assert_type(close.custom_object_types.list(), CustomObjectTypeList)
    assert_type(close.call(list_custom_object_types), CustomObjectTypeList)
    assert_type(close.custom_objects.list(lead_id="x"), CustomObjectList)
    assert_type(close.call(list_custom_objects, lead_id="x"), CustomObjectList)
    assert_type(close.dialers.list(), DialerList)
    assert_type(close.call(list_dialers), DialerList)
    assert_type(close.email_templates.list(), EmailTemplateList)
    assert_type(close.call(list_email_templates), EmailTemplateList)
    assert_type(close.emails.list(), EmailList)
    assert_type(close.call(list_emails), EmailList)
    assert_type(close.events.list(), EventList)
    assert_type(close.call(list_events), EventList)
    assert_type(close.exports.list(), ExportList)
    assert_type(close.call(list_exports), ExportList)
    assert_type(close.field_enrichment.enrich_field(body=FieldEnrichment.from_dict({})), FieldEnrichmentResult)
    assert_type(close.call(enrich_field, body=FieldEnrichment.from_dict({})), FieldEnrichmentResult)
    assert_type(close.files.upload(body=FileUploadCreate.from_dict({})), FileUpload)
    assert_type(close.call(upload_file, body=FileUploadCreate.from_dict({})), FileUpload)
    assert_type(close.form_submissions.list(), FormSubmissionList)
    assert_type(close.call(list_form_submissions), FormSubmissionList)
    assert_type(close.forms.list(), FormList)
    assert_type(close.call(list_forms), FormList)
    assert_type(close.groups.list(), GroupList)
    assert_type(close.call(list_groups), GroupList)
    assert_type(close.integration_links.list(), IntegrationLinkDefinitionList)
    assert_type(close.call(list_integration_links), IntegrationLinkDefinitionList)
    assert_type(close.lead_history.list_created_activities(), CreatedActivityList)
    assert_type(close.call(list_created_activities), CreatedActivityList)
    assert_type(close.lead_statuses.list(), LeadStatusList)
    assert_type(close.call(list_lead_statuses), LeadStatusList)
    assert_type(close.leads.list(), LeadList)
    assert_type(close.call(list_leads), LeadList)
    assert_type(close.meetings.list(), MeetingList)
    assert_type(close.call(list_meetings), MeetingList)
    assert_type(close.memberships.get_membership_pinned_views("membership_id_1"), PinnedViews)
    assert_type(close.call(get_membership_pinned_views, membership_id="membership_id_1"), PinnedViews)
    assert_type(close.notes.list(), NoteList)
    assert_type(close.call(list_notes), NoteList)
    assert_type(close.opportunities.list(), OpportunityList)
    assert_type(close.call(list_opportunities), OpportunityList)
    assert_type(close.opportunity_statuses.list(), OpportunityStatusList)
    assert_type(close.call(list_opportunity_statuses), OpportunityStatusList)
    assert_type(close.organizations.get("organization_id_1"), Organization)
    assert_type(close.call(get_organization, organization_id="organization_id_1"), Organization)
    assert_type(close.outcomes.list(), OutcomeList)
    assert_type(close.call(list_outcomes), OutcomeList)
    assert_type(close.phone_numbers.list(), PhoneNumberList)
    assert_type(close.call(list_phone_numbers), PhoneNumberList)
    assert_type(close.pipelines.list(), PipelineList)
    assert_type(close.call(list_pipelines), PipelineList)
    assert_type(close.playbooks.list(), PlaybookList)
    assert_type(close.call(list_playbooks), PlaybookList)
    assert_type(close.reporting.list_activity_metrics(), ActivityMetricList)
    assert_type(close.call(list_activity_metrics), ActivityMetricList)
    assert_type(close.roles.list(), RoleList)
    assert_type(close.call(list_roles), RoleList)
    assert_type(close.scheduling_links.list(), SchedulingLinkList)
    assert_type(close.call(list_scheduling_links), SchedulingLinkList)
    assert_type(close.send_as.list(), SendAsList)
    assert_type(close.call(list_send_as), SendAsList)
    assert_type(close.sequences.list(), SequenceList)
    assert_type(close.call(list_sequences), SequenceList)
    assert_type(close.shared_custom_field_associations.get_shared_custom_field_contact_association("custom_field_id_1"), SharedCustomFieldAssociation)
    assert_type(close.call(get_shared_custom_field_contact_association, custom_field_id="custom_field_id_1"), SharedCustomFieldAssociation)
    assert_type(close.smart_views.list(), SmartViewList)
    assert_type(close.call(list_smart_views), SmartViewList)
    assert_type(close.sms.get("activity_id_1"), SMS)
    assert_type(close.call(get_sms, activity_id="activity_id_1"), SMS)
    assert_type(close.sms_templates.list(), SmsTemplateList)
    assert_type(close.call(list_sms_templates), SmsTemplateList)
    assert_type(close.status_changes.list_lead_status_changes(), LeadStatusChangeList)
    assert_type(close.call(list_lead_status_changes), LeadStatusChangeList)
    assert_type(close.task_completed_activities.list(), TaskCompletedActivityList)
    assert_type(close.call(list_task_completed_activities), TaskCompletedActivityList)
    assert_type(close.tasks.list(), TaskList)
    assert_type(close.call(list_tasks), TaskList)
    assert_type(close.unsubscribed_emails.list(), UnsubscribedEmailList)
    assert_type(close.call(list_unsubscribed_emails), UnsubscribedEmailList)
    assert_type(close.users.list(), UserList)
    assert_type(close.call(list_users), UserList)
    assert_type(close.webhooks.list(), WebhookSubscriptionList)
    assert_type(close.call(list_webhooks), WebhookSubscriptionList)
    assert_type(close.whatsapp.list_whatsapp_messages(), WhatsAppMessageList)
    assert_type(close.call(list_whatsapp_messages), WhatsAppMessageList)


async def every_tag_async(close: AsyncClose) -> None:
    assert_type(await close.activities.list(), ActivityList)
    assert_type(await close.call(list_activities), ActivityList)
    assert_type(await close.advanced_filtering.search(body=SearchRequest.from_dict({})), SearchPage)
    assert_type(await close.call(search, body=SearchRequest.from_dict({})), SearchPage)
    assert_type(await close.blocked_phone_numbers.list(), BlockedPhoneNumberList)
    assert_type(await close.call(list_blocked_phone_numbers), BlockedPhoneNumberList)
    assert_type(await close.bulk_actions.list_bulk_delete_actions(), BulkDeleteActionList)
    assert_type(await close.call(list_bulk_delete_actions), BulkDeleteActionList)
    assert_type(await close.calls.list(), CallList)
    assert_type(await close.call(list_calls), CallList)
    assert_type(await close.comments.list(), CommentList)
    assert_type(await close.call(list_comments), CommentList)
    assert_type(await close.connected_accounts.list(), ConnectedAccountList)
    assert_type(await close.call(list_connected_accounts), ConnectedAccountList)
    assert_type(await close.contacts.list(), ContactList)
    assert_type(await close.call(list_contacts), ContactList)
    assert_type(await close.custom_activities.list(), CustomActivityList)
    assert_type(await close.call(list_custom_activities), CustomActivityList)
    assert_type(await close.custom_activity_types.list(), CustomActivityTypeList)
    assert_type(await close.call(list_custom_activity_types), CustomActivityTypeList)
    assert_type(await close.custom_field_schemas.get_contact_custom_field_schema(), CustomFieldSchema)
    assert_type(await close.call(get_contact_custom_field_schema), CustomFieldSchema)
    assert_type(await close.custom_fields.list_activity_custom_fields(), CustomFieldList)
    assert_type(await close.call(list_activity_custom_fields), CustomFieldList)
    assert_type(await close.custom_object_types.list(), CustomObjectTypeList)
    assert_type(await close.call(list_custom_object_types), CustomObjectTypeList)
    assert_type(await close.custom_objects.list(lead_id="x"), CustomObjectList)
    assert_type(await close.call(list_custom_objects, lead_id="x"), CustomObjectList)
    assert_type(await close.dialers.list(), DialerList)
    assert_type(await close.call(list_dialers), DialerList)
    assert_type(await close.email_templates.list(), EmailTemplateList)
    assert_type(await close.call(list_email_templates), EmailTemplateList)
    assert_type(await close.emails.list(), EmailList)
    assert_type(await close.call(list_emails), EmailList)
    assert_type(await close.events.list(), EventList)
    assert_type(await close.call(list_events), EventList)
    assert_type(await close.exports.list(), ExportList)
    assert_type(await close.call(list_exports), ExportList)
    assert_type(await close.field_enrichment.enrich_field(body=FieldEnrichment.from_dict({})), FieldEnrichmentResult)
    assert_type(await close.call(enrich_field, body=FieldEnrichment.from_dict({})), FieldEnrichmentResult)
    assert_type(await close.files.upload(body=FileUploadCreate.from_dict({})), FileUpload)
    assert_type(await close.call(upload_file, body=FileUploadCreate.from_dict({})), FileUpload)
    assert_type(await close.form_submissions.list(), FormSubmissionList)
    assert_type(await close.call(list_form_submissions), FormSubmissionList)
    assert_type(await close.forms.list(), FormList)
    assert_type(await close.call(list_forms), FormList)
    assert_type(await close.groups.list(), GroupList)
    assert_type(await close.call(list_groups), GroupList)
    assert_type(await close.integration_links.list(), IntegrationLinkDefinitionList)
    assert_type(await close.call(list_integration_links), IntegrationLinkDefinitionList)
    assert_type(await close.lead_history.list_created_activities(), CreatedActivityList)
    assert_type(await close.call(list_created_activities), CreatedActivityList)
    assert_type(await close.lead_statuses.list(), LeadStatusList)
    assert_type(await close.call(list_lead_statuses), LeadStatusList)
    assert_type(await close.leads.list(), LeadList)
    assert_type(await close.call(list_leads), LeadList)
    assert_type(await close.meetings.list(), MeetingList)
    assert_type(await close.call(list_meetings), MeetingList)
    assert_type(await close.memberships.get_membership_pinned_views("membership_id_1"), PinnedViews)
    assert_type(await close.call(get_membership_pinned_views, membership_id="membership_id_1"), PinnedViews)
    assert_type(await close.notes.list(), NoteList)
    assert_type(await close.call(list_notes), NoteList)
    assert_type(await close.opportunities.list(), OpportunityList)
    assert_type(await close.call(list_opportunities), OpportunityList)
    assert_type(await close.opportunity_statuses.list(), OpportunityStatusList)
    assert_type(await close.call(list_opportunity_statuses), OpportunityStatusList)
    assert_type(await close.organizations.get("organization_id_1"), Organization)
    assert_type(await close.call(get_organization, organization_id="organization_id_1"), Organization)
    assert_type(await close.outcomes.list(), OutcomeList)
    assert_type(await close.call(list_outcomes), OutcomeList)
    assert_type(await close.phone_numbers.list(), PhoneNumberList)
    assert_type(await close.call(list_phone_numbers), PhoneNumberList)
    assert_type(await close.pipelines.list(), PipelineList)
    assert_type(await close.call(list_pipelines), PipelineList)
    assert_type(await close.playbooks.list(), PlaybookList)
    assert_type(await close.call(list_playbooks), PlaybookList)
    assert_type(await close.reporting.list_activity_metrics(), ActivityMetricList)
    assert_type(await close.call(list_activity_metrics), ActivityMetricList)
    assert_type(await close.roles.list(), RoleList)
    assert_type(await close.call(list_roles), RoleList)
    assert_type(await close.scheduling_links.list(), SchedulingLinkList)
    assert_type(await close.call(list_scheduling_links), SchedulingLinkList)
    assert_type(await close.send_as.list(), SendAsList)
    assert_type(await close.call(list_send_as), SendAsList)
    assert_type(await close.sequences.list(), SequenceList)
    assert_type(await close.call(list_sequences), SequenceList)
    assert_type(await close.shared_custom_field_associations.get_shared_custom_field_contact_association("custom_field_id_1"), SharedCustomFieldAssociation)
    assert_type(await close.call(get_shared_custom_field_contact_association, custom_field_id="custom_field_id_1"), SharedCustomFieldAssociation)
    assert_type(await close.smart_views.list(), SmartViewList)
    assert_type(await close.call(list_smart_views), SmartViewList)
    assert_type(await close.sms.get("activity_id_1"), SMS)
    assert_type(await close.call(get_sms, activity_id="activity_id_1"), SMS)
    assert_type(await close.sms_templates.list(), SmsTemplateList)
    assert_type(await close.call(list_sms_templates), SmsTemplateList)
    assert_type(await close.status_changes.list_lead_status_changes(), LeadStatusChangeList)
    assert_type(await close.call(list_lead_status_changes), LeadStatusChangeList)
    assert_type(await close.task_completed_activities.list(), TaskCompletedActivityList)
    assert_type(await close.call(list_task_completed_activities), TaskCompletedActivityList)
    assert_type(await close.tasks.list(), TaskList)
    assert_type(await close.call(list_tasks), TaskList)
    assert_type(await close.unsubscribed_emails.list(), UnsubscribedEmailList)
    assert_type(await close.call(list_unsubscribed_emails), UnsubscribedEmailList)
    assert_type(await close.users.list(), UserList)
    assert_type(await close.call(list_users), UserList)
    assert_type(await close.webhooks.list(), WebhookSubscriptionList)
    assert_type(await close.call(list_webhooks), WebhookSubscriptionList)
    assert_type(await close.whatsapp.list_whatsapp_messages(), WhatsAppMessageList)
    assert_type(await close.call(list_whatsapp_messages), WhatsAppMessageList)
