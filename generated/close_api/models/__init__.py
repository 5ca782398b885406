"""Contains all the data models used in inputs/outputs"""

from .active_call import ActiveCall
from .activity_custom_field_create import ActivityCustomFieldCreate
from .activity_custom_field_create_type import ActivityCustomFieldCreateType
from .activity_custom_field_update import ActivityCustomFieldUpdate
from .activity_list import ActivityList
from .activity_metric import ActivityMetric
from .activity_metric_list import ActivityMetricList
from .activity_report import ActivityReport
from .activity_report_aggregations import ActivityReportAggregations
from .activity_report_data_item import ActivityReportDataItem
from .activity_report_request import ActivityReportRequest
from .activity_report_request_metrics_item import ActivityReportRequestMetricsItem
from .activity_report_request_type import ActivityReportRequestType
from .address import Address
from .blocked_phone_number import BlockedPhoneNumber
from .blocked_phone_number_create import BlockedPhoneNumberCreate
from .blocked_phone_number_list import BlockedPhoneNumberList
from .blocked_phone_number_settings import BlockedPhoneNumberSettings
from .blocked_phone_number_settings_update import BlockedPhoneNumberSettingsUpdate
from .blocked_phone_number_update import BlockedPhoneNumberUpdate
from .bulk_action_status_update import BulkActionStatusUpdate
from .bulk_action_status_update_status import BulkActionStatusUpdateStatus
from .bulk_delete_action import BulkDeleteAction
from .bulk_delete_action_create import BulkDeleteActionCreate
from .bulk_delete_action_create_bulk_object_type import (
    BulkDeleteActionCreateBulkObjectType,
)
from .bulk_delete_action_list import BulkDeleteActionList
from .bulk_edit_action import BulkEditAction
from .bulk_edit_action_create import BulkEditActionCreate
from .bulk_edit_action_create_custom_field_operation import (
    BulkEditActionCreateCustomFieldOperation,
)
from .bulk_edit_action_create_type import BulkEditActionCreateType
from .bulk_edit_action_list import BulkEditActionList
from .bulk_email_action import BulkEmailAction
from .bulk_email_action_create import BulkEmailActionCreate
from .bulk_email_action_create_contact_preference import (
    BulkEmailActionCreateContactPreference,
)
from .bulk_email_action_list import BulkEmailActionList
from .bulk_sequence_subscription_action import BulkSequenceSubscriptionAction
from .bulk_sequence_subscription_action_create import (
    BulkSequenceSubscriptionActionCreate,
)
from .bulk_sequence_subscription_action_create_action_type import (
    BulkSequenceSubscriptionActionCreateActionType,
)
from .bulk_sequence_subscription_action_create_contact_preference import (
    BulkSequenceSubscriptionActionCreateContactPreference,
)
from .bulk_sequence_subscription_action_list import BulkSequenceSubscriptionActionList
from .bulk_update_tasks_type import BulkUpdateTasksType
from .bulk_update_tasks_view import BulkUpdateTasksView
from .call import Call
from .call_create import CallCreate
from .call_create_direction import CallCreateDirection
from .call_direction import CallDirection
from .call_disposition import CallDisposition
from .call_list import CallList
from .call_method import CallMethod
from .call_status import CallStatus
from .call_update import CallUpdate
from .call_update_direction import CallUpdateDirection
from .comment import Comment
from .comment_create import CommentCreate
from .comment_list import CommentList
from .comment_thread import CommentThread
from .comment_thread_list import CommentThreadList
from .comment_update import CommentUpdate
from .connected_account import ConnectedAccount
from .connected_account_default_identity_type_0 import (
    ConnectedAccountDefaultIdentityType0,
)
from .connected_account_identities_item import ConnectedAccountIdentitiesItem
from .connected_account_list import ConnectedAccountList
from .connected_account_synced_calendars_item import ConnectedAccountSyncedCalendarsItem
from .contact import Contact
from .contact_create import ContactCreate
from .contact_email import ContactEmail
from .contact_list import ContactList
from .contact_phone import ContactPhone
from .contact_update import ContactUpdate
from .contact_url import ContactUrl
from .created_activity import CreatedActivity
from .created_activity_list import CreatedActivityList
from .custom_activity import CustomActivity
from .custom_activity_create import CustomActivityCreate
from .custom_activity_create_status import CustomActivityCreateStatus
from .custom_activity_list import CustomActivityList
from .custom_activity_type import CustomActivityType
from .custom_activity_type_create import CustomActivityTypeCreate
from .custom_activity_type_list import CustomActivityTypeList
from .custom_activity_type_update import CustomActivityTypeUpdate
from .custom_activity_update import CustomActivityUpdate
from .custom_activity_update_status import CustomActivityUpdateStatus
from .custom_field import CustomField
from .custom_field_create import CustomFieldCreate
from .custom_field_create_type import CustomFieldCreateType
from .custom_field_list import CustomFieldList
from .custom_field_reference import CustomFieldReference
from .custom_field_schema import CustomFieldSchema
from .custom_field_schema_reorder import CustomFieldSchemaReorder
from .custom_field_update import CustomFieldUpdate
from .custom_field_update_type import CustomFieldUpdateType
from .custom_object import CustomObject
from .custom_object_create import CustomObjectCreate
from .custom_object_custom_field_create import CustomObjectCustomFieldCreate
from .custom_object_custom_field_create_type import CustomObjectCustomFieldCreateType
from .custom_object_custom_field_update import CustomObjectCustomFieldUpdate
from .custom_object_list import CustomObjectList
from .custom_object_type import CustomObjectType
from .custom_object_type_create import CustomObjectTypeCreate
from .custom_object_type_list import CustomObjectTypeList
from .custom_object_type_update import CustomObjectTypeUpdate
from .custom_object_update import CustomObjectUpdate
from .custom_report import CustomReport
from .custom_report_series_item import CustomReportSeriesItem
from .custom_report_series_item_data_item import CustomReportSeriesItemDataItem
from .datetime_range import DatetimeRange
from .dialer import Dialer
from .dialer_list import DialerList
from .email import Email
from .email_attachment import EmailAttachment
from .email_create import EmailCreate
from .email_direction import EmailDirection
from .email_list import EmailList
from .email_opens_item import EmailOpensItem
from .email_template import EmailTemplate
from .email_template_create import EmailTemplateCreate
from .email_template_list import EmailTemplateList
from .email_template_rendering import EmailTemplateRendering
from .email_template_update import EmailTemplateUpdate
from .email_thread import EmailThread
from .email_thread_list import EmailThreadList
from .email_update import EmailUpdate
from .empty_object import EmptyObject
from .error_body import ErrorBody
from .event import Event
from .event_list import EventList
from .event_meta import EventMeta
from .event_object import EventObject
from .export import Export
from .export_date_format import ExportDateFormat
from .export_list import ExportList
from .field_enrichment import FieldEnrichment
from .field_enrichment_object_type import FieldEnrichmentObjectType
from .field_enrichment_result import FieldEnrichmentResult
from .file_upload import FileUpload
from .file_upload_create import FileUploadCreate
from .file_upload_download import FileUploadDownload
from .file_upload_upload import FileUploadUpload
from .file_upload_upload_fields import FileUploadUploadFields
from .form import Form
from .form_field import FormField
from .form_list import FormList
from .form_submission import FormSubmission
from .form_submission_list import FormSubmissionList
from .form_submission_values import FormSubmissionValues
from .form_submission_values_by_name import FormSubmissionValuesByName
from .funnel_range import FunnelRange
from .funnel_request import FunnelRequest
from .funnel_request_type import FunnelRequestType
from .funnel_stage import FunnelStage
from .funnel_stages import FunnelStages
from .funnel_stages_aggregated import FunnelStagesAggregated
from .funnel_stages_per_user_item import FunnelStagesPerUserItem
from .funnel_totals import FunnelTotals
from .funnel_totals_per_user_item import FunnelTotalsPerUserItem
from .funnel_totals_values import FunnelTotalsValues
from .get_custom_report_interval import GetCustomReportInterval
from .get_custom_report_transform_y import GetCustomReportTransformY
from .group import Group
from .group_create import GroupCreate
from .group_list import GroupList
from .group_member import GroupMember
from .group_member_create import GroupMemberCreate
from .group_update import GroupUpdate
from .integration_link import IntegrationLink
from .integration_link_definition import IntegrationLinkDefinition
from .integration_link_definition_create import IntegrationLinkDefinitionCreate
from .integration_link_definition_create_type import IntegrationLinkDefinitionCreateType
from .integration_link_definition_list import IntegrationLinkDefinitionList
from .integration_link_definition_update import IntegrationLinkDefinitionUpdate
from .integration_link_definition_update_type_type_0 import (
    IntegrationLinkDefinitionUpdateTypeType0,
)
from .lead import Lead
from .lead_create import LeadCreate
from .lead_custom import LeadCustom
from .lead_export_create import LeadExportCreate
from .lead_export_create_format import LeadExportCreateFormat
from .lead_export_create_type import LeadExportCreateType
from .lead_list import LeadList
from .lead_merge import LeadMerge
from .lead_merge_activity import LeadMergeActivity
from .lead_merge_activity_list import LeadMergeActivityList
from .lead_status import LeadStatus
from .lead_status_change import LeadStatusChange
from .lead_status_change_create import LeadStatusChangeCreate
from .lead_status_change_list import LeadStatusChangeList
from .lead_status_create import LeadStatusCreate
from .lead_status_list import LeadStatusList
from .lead_status_update import LeadStatusUpdate
from .lead_update import LeadUpdate
from .list_activities_order_by import ListActivitiesOrderBy
from .list_activities_thread_emails import ListActivitiesThreadEmails
from .list_dialers_source_type import ListDialersSourceType
from .list_opportunities_group_by import ListOpportunitiesGroupBy
from .list_opportunities_status_type import ListOpportunitiesStatusType
from .list_opportunities_value_period import ListOpportunitiesValuePeriod
from .list_tasks_order_by import ListTasksOrderBy
from .list_tasks_type import ListTasksType
from .list_tasks_view import ListTasksView
from .list_users_order_by import ListUsersOrderBy
from .me import Me
from .meeting import Meeting
from .meeting_attendee import MeetingAttendee
from .meeting_attendee_status import MeetingAttendeeStatus
from .meeting_integration import MeetingIntegration
from .meeting_list import MeetingList
from .meeting_status import MeetingStatus
from .meeting_update import MeetingUpdate
from .membership import Membership
from .membership_bulk_update import MembershipBulkUpdate
from .membership_bulk_update_auto_record_calls import (
    MembershipBulkUpdateAutoRecordCalls,
)
from .membership_bulk_update_params import MembershipBulkUpdateParams
from .membership_bulk_update_result import MembershipBulkUpdateResult
from .membership_create import MembershipCreate
from .membership_role_id_type_0 import MembershipRoleIdType0
from .membership_update import MembershipUpdate
from .membership_update_auto_record_calls import MembershipUpdateAutoRecordCalls
from .message_status import MessageStatus
from .metric_values import MetricValues
from .nested_contact_create import NestedContactCreate
from .note import Note
from .note_attachment import NoteAttachment
from .note_create import NoteCreate
from .note_list import NoteList
from .note_update import NoteUpdate
from .opportunity import Opportunity
from .opportunity_create import OpportunityCreate
from .opportunity_create_value_period import OpportunityCreateValuePeriod
from .opportunity_export_create import OpportunityExportCreate
from .opportunity_export_create_format import OpportunityExportCreateFormat
from .opportunity_export_create_params import OpportunityExportCreateParams
from .opportunity_group import OpportunityGroup
from .opportunity_group_count_by_value_period import OpportunityGroupCountByValuePeriod
from .opportunity_list import OpportunityList
from .opportunity_list_count_by_value_period import OpportunityListCountByValuePeriod
from .opportunity_status import OpportunityStatus
from .opportunity_status_change import OpportunityStatusChange
from .opportunity_status_change_create import OpportunityStatusChangeCreate
from .opportunity_status_change_list import OpportunityStatusChangeList
from .opportunity_status_create import OpportunityStatusCreate
from .opportunity_status_create_type import OpportunityStatusCreateType
from .opportunity_status_list import OpportunityStatusList
from .opportunity_status_update import OpportunityStatusUpdate
from .opportunity_update import OpportunityUpdate
from .opportunity_update_value_period import OpportunityUpdateValuePeriod
from .organization import Organization
from .organization_update import OrganizationUpdate
from .organization_update_lead_statuses_item import OrganizationUpdateLeadStatusesItem
from .outcome import Outcome
from .outcome_create import OutcomeCreate
from .outcome_create_applies_to_type_0_item import OutcomeCreateAppliesToType0Item
from .outcome_create_type import OutcomeCreateType
from .outcome_list import OutcomeList
from .outcome_update import OutcomeUpdate
from .outcome_update_applies_to_type_0_item import OutcomeUpdateAppliesToType0Item
from .outcome_update_type_type_0 import OutcomeUpdateTypeType0
from .phone_number import PhoneNumber
from .phone_number_list import PhoneNumberList
from .phone_number_request import PhoneNumberRequest
from .phone_number_request_carrier_type_type_0 import PhoneNumberRequestCarrierTypeType0
from .phone_number_request_country import PhoneNumberRequestCountry
from .phone_number_request_sharing import PhoneNumberRequestSharing
from .phone_number_update import PhoneNumberUpdate
from .pinned_views import PinnedViews
from .pipeline import Pipeline
from .pipeline_create import PipelineCreate
from .pipeline_list import PipelineList
from .pipeline_update import PipelineUpdate
from .playbook import Playbook
from .playbook_create import PlaybookCreate
from .playbook_list import PlaybookList
from .playbook_update import PlaybookUpdate
from .rate_limit_details import RateLimitDetails
from .rate_limited_body import RateLimitedBody
from .relative_range import RelativeRange
from .report_query import ReportQuery
from .report_query_type import ReportQueryType
from .role import Role
from .role_create import RoleCreate
from .role_create_visibility_user_lcf_behavior_type_0 import (
    RoleCreateVisibilityUserLcfBehaviorType0,
)
from .role_list import RoleList
from .role_update import RoleUpdate
from .role_update_visibility_user_lcf_behavior_type_0 import (
    RoleUpdateVisibilityUserLcfBehaviorType0,
)
from .scheduling_link import SchedulingLink
from .scheduling_link_create import SchedulingLinkCreate
from .scheduling_link_integration import SchedulingLinkIntegration
from .scheduling_link_list import SchedulingLinkList
from .scheduling_link_update import SchedulingLinkUpdate
from .search_and_node import SearchAndNode
from .search_boolean_condition import SearchBooleanCondition
from .search_count import SearchCount
from .search_current_user_condition import SearchCurrentUserCondition
from .search_custom_field import SearchCustomField
from .search_day_end import SearchDayEnd
from .search_exists_condition import SearchExistsCondition
from .search_field_condition_node import SearchFieldConditionNode
from .search_field_name import SearchFieldName
from .search_field_object_type import SearchFieldObjectType
from .search_fields import SearchFields
from .search_fixed_local_date import SearchFixedLocalDate
from .search_fixed_utc import SearchFixedUtc
from .search_has_related_node import SearchHasRelatedNode
from .search_hit import SearchHit
from .search_id_node import SearchIdNode
from .search_moment_range_condition import SearchMomentRangeCondition
from .search_now import SearchNow
from .search_number_range_condition import SearchNumberRangeCondition
from .search_object_type import SearchObjectType
from .search_object_type_node import SearchObjectTypeNode
from .search_offset import SearchOffset
from .search_offset_moment import SearchOffsetMoment
from .search_offset_moment_direction import SearchOffsetMomentDirection
from .search_or_node import SearchOrNode
from .search_page import SearchPage
from .search_reference_condition import SearchReferenceCondition
from .search_reference_condition_reference_type import (
    SearchReferenceConditionReferenceType,
)
from .search_regular_field import SearchRegularField
from .search_relative_period import SearchRelativePeriod
from .search_relative_period_range import SearchRelativePeriodRange
from .search_request import SearchRequest
from .search_sort import SearchSort
from .search_sort_direction import SearchSortDirection
from .search_term_condition import SearchTermCondition
from .search_text_condition import SearchTextCondition
from .search_text_mode import SearchTextMode
from .search_text_node import SearchTextNode
from .send_as import SendAs
from .send_as_bulk_update import SendAsBulkUpdate
from .send_as_create import SendAsCreate
from .send_as_list import SendAsList
from .sent_emails_report import SentEmailsReport
from .sent_emails_report_data_item import SentEmailsReportDataItem
from .sequence import Sequence
from .sequence_create import SequenceCreate
from .sequence_create_status import SequenceCreateStatus
from .sequence_create_subscription_counts_by_status import (
    SequenceCreateSubscriptionCountsByStatus,
)
from .sequence_list import SequenceList
from .sequence_schedule import SequenceSchedule
from .sequence_schedule_range import SequenceScheduleRange
from .sequence_step import SequenceStep
from .sequence_step_write import SequenceStepWrite
from .sequence_step_write_step_type import SequenceStepWriteStepType
from .sequence_step_write_threading_type_1 import SequenceStepWriteThreadingType1
from .sequence_step_write_threading_type_2_type_1 import (
    SequenceStepWriteThreadingType2Type1,
)
from .sequence_step_write_threading_type_3_type_1 import (
    SequenceStepWriteThreadingType3Type1,
)
from .sequence_subscription import SequenceSubscription
from .sequence_subscription_create import SequenceSubscriptionCreate
from .sequence_subscription_list import SequenceSubscriptionList
from .sequence_subscription_update import SequenceSubscriptionUpdate
from .sequence_subscription_update_status import SequenceSubscriptionUpdateStatus
from .sequence_update import SequenceUpdate
from .sequence_update_status import SequenceUpdateStatus
from .sequence_update_subscription_counts_by_status import (
    SequenceUpdateSubscriptionCountsByStatus,
)
from .shared_custom_field import SharedCustomField
from .shared_custom_field_association import SharedCustomFieldAssociation
from .shared_custom_field_association_create import SharedCustomFieldAssociationCreate
from .shared_custom_field_association_create_object_type import (
    SharedCustomFieldAssociationCreateObjectType,
)
from .shared_custom_field_association_update import SharedCustomFieldAssociationUpdate
from .shared_custom_field_create import SharedCustomFieldCreate
from .shared_custom_field_create_type import SharedCustomFieldCreateType
from .shared_custom_field_list import SharedCustomFieldList
from .shared_custom_field_update import SharedCustomFieldUpdate
from .shared_scheduling_link import SharedSchedulingLink
from .shared_scheduling_link_association import SharedSchedulingLinkAssociation
from .shared_scheduling_link_association_create import (
    SharedSchedulingLinkAssociationCreate,
)
from .shared_scheduling_link_association_delete import (
    SharedSchedulingLinkAssociationDelete,
)
from .shared_scheduling_link_create import SharedSchedulingLinkCreate
from .shared_scheduling_link_list import SharedSchedulingLinkList
from .shared_scheduling_link_update import SharedSchedulingLinkUpdate
from .smart_view import SmartView
from .smart_view_column import SmartViewColumn
from .smart_view_create import SmartViewCreate
from .smart_view_list import SmartViewList
from .smart_view_sharing import SmartViewSharing
from .smart_view_sharing_settings import SmartViewSharingSettings
from .smart_view_type import SmartViewType
from .smart_view_update import SmartViewUpdate
from .sms import SMS
from .sms_attachment import SMSAttachment
from .sms_create import SMSCreate
from .sms_create_direction import SMSCreateDirection
from .sms_direction import SMSDirection
from .sms_list import SMSList
from .sms_template import SmsTemplate
from .sms_template_create import SmsTemplateCreate
from .sms_template_list import SmsTemplateList
from .sms_template_update import SmsTemplateUpdate
from .sms_template_update_status import SmsTemplateUpdateStatus
from .sms_update import SMSUpdate
from .status_overview_row import StatusOverviewRow
from .status_reference import StatusReference
from .status_report import StatusReport
from .status_transition import StatusTransition
from .subscription_counts import SubscriptionCounts
from .task import Task
from .task_attachments_item import TaskAttachmentsItem
from .task_bulk_update import TaskBulkUpdate
from .task_bulk_update_result import TaskBulkUpdateResult
from .task_completed_activity import TaskCompletedActivity
from .task_completed_activity_list import TaskCompletedActivityList
from .task_create import TaskCreate
from .task_create_type import TaskCreateType
from .task_list import TaskList
from .task_update import TaskUpdate
from .template_attachment import TemplateAttachment
from .unsubscribed_email import UnsubscribedEmail
from .unsubscribed_email_create import UnsubscribedEmailCreate
from .unsubscribed_email_list import UnsubscribedEmailList
from .user import User
from .user_availability import UserAvailability
from .user_availability_list import UserAvailabilityList
from .user_list import UserList
from .validation_error_body import ValidationErrorBody
from .validation_error_body_field_errors import ValidationErrorBodyFieldErrors
from .webhook_delivery import WebhookDelivery
from .webhook_filter_field_accessor import WebhookFilterFieldAccessor
from .webhook_filter_field_accessor_type import WebhookFilterFieldAccessorType
from .webhook_filter_group import WebhookFilterGroup
from .webhook_filter_group_type import WebhookFilterGroupType
from .webhook_filter_not import WebhookFilterNot
from .webhook_filter_not_type import WebhookFilterNotType
from .webhook_filter_null import WebhookFilterNull
from .webhook_filter_null_type import WebhookFilterNullType
from .webhook_filter_value import WebhookFilterValue
from .webhook_filter_value_type import WebhookFilterValueType
from .webhook_subscription import WebhookSubscription
from .webhook_subscription_create import WebhookSubscriptionCreate
from .webhook_subscription_event import WebhookSubscriptionEvent
from .webhook_subscription_list import WebhookSubscriptionList
from .webhook_subscription_status import WebhookSubscriptionStatus
from .webhook_subscription_update import WebhookSubscriptionUpdate
from .whats_app_message import WhatsAppMessage
from .whats_app_message_create import WhatsAppMessageCreate
from .whats_app_message_create_direction import WhatsAppMessageCreateDirection
from .whats_app_message_direction import WhatsAppMessageDirection
from .whats_app_message_list import WhatsAppMessageList
from .whats_app_message_update import WhatsAppMessageUpdate

__all__ = (
    "SMS",
    "ActiveCall",
    "ActivityCustomFieldCreate",
    "ActivityCustomFieldCreateType",
    "ActivityCustomFieldUpdate",
    "ActivityList",
    "ActivityMetric",
    "ActivityMetricList",
    "ActivityReport",
    "ActivityReportAggregations",
    "ActivityReportDataItem",
    "ActivityReportRequest",
    "ActivityReportRequestMetricsItem",
    "ActivityReportRequestType",
    "Address",
    "BlockedPhoneNumber",
    "BlockedPhoneNumberCreate",
    "BlockedPhoneNumberList",
    "BlockedPhoneNumberSettings",
    "BlockedPhoneNumberSettingsUpdate",
    "BlockedPhoneNumberUpdate",
    "BulkActionStatusUpdate",
    "BulkActionStatusUpdateStatus",
    "BulkDeleteAction",
    "BulkDeleteActionCreate",
    "BulkDeleteActionCreateBulkObjectType",
    "BulkDeleteActionList",
    "BulkEditAction",
    "BulkEditActionCreate",
    "BulkEditActionCreateCustomFieldOperation",
    "BulkEditActionCreateType",
    "BulkEditActionList",
    "BulkEmailAction",
    "BulkEmailActionCreate",
    "BulkEmailActionCreateContactPreference",
    "BulkEmailActionList",
    "BulkSequenceSubscriptionAction",
    "BulkSequenceSubscriptionActionCreate",
    "BulkSequenceSubscriptionActionCreateActionType",
    "BulkSequenceSubscriptionActionCreateContactPreference",
    "BulkSequenceSubscriptionActionList",
    "BulkUpdateTasksType",
    "BulkUpdateTasksView",
    "Call",
    "CallCreate",
    "CallCreateDirection",
    "CallDirection",
    "CallDisposition",
    "CallList",
    "CallMethod",
    "CallStatus",
    "CallUpdate",
    "CallUpdateDirection",
    "Comment",
    "CommentCreate",
    "CommentList",
    "CommentThread",
    "CommentThreadList",
    "CommentUpdate",
    "ConnectedAccount",
    "ConnectedAccountDefaultIdentityType0",
    "ConnectedAccountIdentitiesItem",
    "ConnectedAccountList",
    "ConnectedAccountSyncedCalendarsItem",
    "Contact",
    "ContactCreate",
    "ContactEmail",
    "ContactList",
    "ContactPhone",
    "ContactUpdate",
    "ContactUrl",
    "CreatedActivity",
    "CreatedActivityList",
    "CustomActivity",
    "CustomActivityCreate",
    "CustomActivityCreateStatus",
    "CustomActivityList",
    "CustomActivityType",
    "CustomActivityTypeCreate",
    "CustomActivityTypeList",
    "CustomActivityTypeUpdate",
    "CustomActivityUpdate",
    "CustomActivityUpdateStatus",
    "CustomField",
    "CustomFieldCreate",
    "CustomFieldCreateType",
    "CustomFieldList",
    "CustomFieldReference",
    "CustomFieldSchema",
    "CustomFieldSchemaReorder",
    "CustomFieldUpdate",
    "CustomFieldUpdateType",
    "CustomObject",
    "CustomObjectCreate",
    "CustomObjectCustomFieldCreate",
    "CustomObjectCustomFieldCreateType",
    "CustomObjectCustomFieldUpdate",
    "CustomObjectList",
    "CustomObjectType",
    "CustomObjectTypeCreate",
    "CustomObjectTypeList",
    "CustomObjectTypeUpdate",
    "CustomObjectUpdate",
    "CustomReport",
    "CustomReportSeriesItem",
    "CustomReportSeriesItemDataItem",
    "DatetimeRange",
    "Dialer",
    "DialerList",
    "Email",
    "EmailAttachment",
    "EmailCreate",
    "EmailDirection",
    "EmailList",
    "EmailOpensItem",
    "EmailTemplate",
    "EmailTemplateCreate",
    "EmailTemplateList",
    "EmailTemplateRendering",
    "EmailTemplateUpdate",
    "EmailThread",
    "EmailThreadList",
    "EmailUpdate",
    "EmptyObject",
    "ErrorBody",
    "Event",
    "EventList",
    "EventMeta",
    "EventObject",
    "Export",
    "ExportDateFormat",
    "ExportList",
    "FieldEnrichment",
    "FieldEnrichmentObjectType",
    "FieldEnrichmentResult",
    "FileUpload",
    "FileUploadCreate",
    "FileUploadDownload",
    "FileUploadUpload",
    "FileUploadUploadFields",
    "Form",
    "FormField",
    "FormList",
    "FormSubmission",
    "FormSubmissionList",
    "FormSubmissionValues",
    "FormSubmissionValuesByName",
    "FunnelRange",
    "FunnelRequest",
    "FunnelRequestType",
    "FunnelStage",
    "FunnelStages",
    "FunnelStagesAggregated",
    "FunnelStagesPerUserItem",
    "FunnelTotals",
    "FunnelTotalsPerUserItem",
    "FunnelTotalsValues",
    "GetCustomReportInterval",
    "GetCustomReportTransformY",
    "Group",
    "GroupCreate",
    "GroupList",
    "GroupMember",
    "GroupMemberCreate",
    "GroupUpdate",
    "IntegrationLink",
    "IntegrationLinkDefinition",
    "IntegrationLinkDefinitionCreate",
    "IntegrationLinkDefinitionCreateType",
    "IntegrationLinkDefinitionList",
    "IntegrationLinkDefinitionUpdate",
    "IntegrationLinkDefinitionUpdateTypeType0",
    "Lead",
    "LeadCreate",
    "LeadCustom",
    "LeadExportCreate",
    "LeadExportCreateFormat",
    "LeadExportCreateType",
    "LeadList",
    "LeadMerge",
    "LeadMergeActivity",
    "LeadMergeActivityList",
    "LeadStatus",
    "LeadStatusChange",
    "LeadStatusChangeCreate",
    "LeadStatusChangeList",
    "LeadStatusCreate",
    "LeadStatusList",
    "LeadStatusUpdate",
    "LeadUpdate",
    "ListActivitiesOrderBy",
    "ListActivitiesThreadEmails",
    "ListDialersSourceType",
    "ListOpportunitiesGroupBy",
    "ListOpportunitiesStatusType",
    "ListOpportunitiesValuePeriod",
    "ListTasksOrderBy",
    "ListTasksType",
    "ListTasksView",
    "ListUsersOrderBy",
    "Me",
    "Meeting",
    "MeetingAttendee",
    "MeetingAttendeeStatus",
    "MeetingIntegration",
    "MeetingList",
    "MeetingStatus",
    "MeetingUpdate",
    "Membership",
    "MembershipBulkUpdate",
    "MembershipBulkUpdateAutoRecordCalls",
    "MembershipBulkUpdateParams",
    "MembershipBulkUpdateResult",
    "MembershipCreate",
    "MembershipRoleIdType0",
    "MembershipUpdate",
    "MembershipUpdateAutoRecordCalls",
    "MessageStatus",
    "MetricValues",
    "NestedContactCreate",
    "Note",
    "NoteAttachment",
    "NoteCreate",
    "NoteList",
    "NoteUpdate",
    "Opportunity",
    "OpportunityCreate",
    "OpportunityCreateValuePeriod",
    "OpportunityExportCreate",
    "OpportunityExportCreateFormat",
    "OpportunityExportCreateParams",
    "OpportunityGroup",
    "OpportunityGroupCountByValuePeriod",
    "OpportunityList",
    "OpportunityListCountByValuePeriod",
    "OpportunityStatus",
    "OpportunityStatusChange",
    "OpportunityStatusChangeCreate",
    "OpportunityStatusChangeList",
    "OpportunityStatusCreate",
    "OpportunityStatusCreateType",
    "OpportunityStatusList",
    "OpportunityStatusUpdate",
    "OpportunityUpdate",
    "OpportunityUpdateValuePeriod",
    "Organization",
    "OrganizationUpdate",
    "OrganizationUpdateLeadStatusesItem",
    "Outcome",
    "OutcomeCreate",
    "OutcomeCreateAppliesToType0Item",
    "OutcomeCreateType",
    "OutcomeList",
    "OutcomeUpdate",
    "OutcomeUpdateAppliesToType0Item",
    "OutcomeUpdateTypeType0",
    "PhoneNumber",
    "PhoneNumberList",
    "PhoneNumberRequest",
    "PhoneNumberRequestCarrierTypeType0",
    "PhoneNumberRequestCountry",
    "PhoneNumberRequestSharing",
    "PhoneNumberUpdate",
    "PinnedViews",
    "Pipeline",
    "PipelineCreate",
    "PipelineList",
    "PipelineUpdate",
    "Playbook",
    "PlaybookCreate",
    "PlaybookList",
    "PlaybookUpdate",
    "RateLimitDetails",
    "RateLimitedBody",
    "RelativeRange",
    "ReportQuery",
    "ReportQueryType",
    "Role",
    "RoleCreate",
    "RoleCreateVisibilityUserLcfBehaviorType0",
    "RoleList",
    "RoleUpdate",
    "RoleUpdateVisibilityUserLcfBehaviorType0",
    "SMSAttachment",
    "SMSCreate",
    "SMSCreateDirection",
    "SMSDirection",
    "SMSList",
    "SMSUpdate",
    "SchedulingLink",
    "SchedulingLinkCreate",
    "SchedulingLinkIntegration",
    "SchedulingLinkList",
    "SchedulingLinkUpdate",
    "SearchAndNode",
    "SearchBooleanCondition",
    "SearchCount",
    "SearchCurrentUserCondition",
    "SearchCustomField",
    "SearchDayEnd",
    "SearchExistsCondition",
    "SearchFieldConditionNode",
    "SearchFieldName",
    "SearchFieldObjectType",
    "SearchFields",
    "SearchFixedLocalDate",
    "SearchFixedUtc",
    "SearchHasRelatedNode",
    "SearchHit",
    "SearchIdNode",
    "SearchMomentRangeCondition",
    "SearchNow",
    "SearchNumberRangeCondition",
    "SearchObjectType",
    "SearchObjectTypeNode",
    "SearchOffset",
    "SearchOffsetMoment",
    "SearchOffsetMomentDirection",
    "SearchOrNode",
    "SearchPage",
    "SearchReferenceCondition",
    "SearchReferenceConditionReferenceType",
    "SearchRegularField",
    "SearchRelativePeriod",
    "SearchRelativePeriodRange",
    "SearchRequest",
    "SearchSort",
    "SearchSortDirection",
    "SearchTermCondition",
    "SearchTextCondition",
    "SearchTextMode",
    "SearchTextNode",
    "SendAs",
    "SendAsBulkUpdate",
    "SendAsCreate",
    "SendAsList",
    "SentEmailsReport",
    "SentEmailsReportDataItem",
    "Sequence",
    "SequenceCreate",
    "SequenceCreateStatus",
    "SequenceCreateSubscriptionCountsByStatus",
    "SequenceList",
    "SequenceSchedule",
    "SequenceScheduleRange",
    "SequenceStep",
    "SequenceStepWrite",
    "SequenceStepWriteStepType",
    "SequenceStepWriteThreadingType1",
    "SequenceStepWriteThreadingType2Type1",
    "SequenceStepWriteThreadingType3Type1",
    "SequenceSubscription",
    "SequenceSubscriptionCreate",
    "SequenceSubscriptionList",
    "SequenceSubscriptionUpdate",
    "SequenceSubscriptionUpdateStatus",
    "SequenceUpdate",
    "SequenceUpdateStatus",
    "SequenceUpdateSubscriptionCountsByStatus",
    "SharedCustomField",
    "SharedCustomFieldAssociation",
    "SharedCustomFieldAssociationCreate",
    "SharedCustomFieldAssociationCreateObjectType",
    "SharedCustomFieldAssociationUpdate",
    "SharedCustomFieldCreate",
    "SharedCustomFieldCreateType",
    "SharedCustomFieldList",
    "SharedCustomFieldUpdate",
    "SharedSchedulingLink",
    "SharedSchedulingLinkAssociation",
    "SharedSchedulingLinkAssociationCreate",
    "SharedSchedulingLinkAssociationDelete",
    "SharedSchedulingLinkCreate",
    "SharedSchedulingLinkList",
    "SharedSchedulingLinkUpdate",
    "SmartView",
    "SmartViewColumn",
    "SmartViewCreate",
    "SmartViewList",
    "SmartViewSharing",
    "SmartViewSharingSettings",
    "SmartViewType",
    "SmartViewUpdate",
    "SmsTemplate",
    "SmsTemplateCreate",
    "SmsTemplateList",
    "SmsTemplateUpdate",
    "SmsTemplateUpdateStatus",
    "StatusOverviewRow",
    "StatusReference",
    "StatusReport",
    "StatusTransition",
    "SubscriptionCounts",
    "Task",
    "TaskAttachmentsItem",
    "TaskBulkUpdate",
    "TaskBulkUpdateResult",
    "TaskCompletedActivity",
    "TaskCompletedActivityList",
    "TaskCreate",
    "TaskCreateType",
    "TaskList",
    "TaskUpdate",
    "TemplateAttachment",
    "UnsubscribedEmail",
    "UnsubscribedEmailCreate",
    "UnsubscribedEmailList",
    "User",
    "UserAvailability",
    "UserAvailabilityList",
    "UserList",
    "ValidationErrorBody",
    "ValidationErrorBodyFieldErrors",
    "WebhookDelivery",
    "WebhookFilterFieldAccessor",
    "WebhookFilterFieldAccessorType",
    "WebhookFilterGroup",
    "WebhookFilterGroupType",
    "WebhookFilterNot",
    "WebhookFilterNotType",
    "WebhookFilterNull",
    "WebhookFilterNullType",
    "WebhookFilterValue",
    "WebhookFilterValueType",
    "WebhookSubscription",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionEvent",
    "WebhookSubscriptionList",
    "WebhookSubscriptionStatus",
    "WebhookSubscriptionUpdate",
    "WhatsAppMessage",
    "WhatsAppMessageCreate",
    "WhatsAppMessageCreateDirection",
    "WhatsAppMessageDirection",
    "WhatsAppMessageList",
    "WhatsAppMessageUpdate",
)
