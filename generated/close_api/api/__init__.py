"""Contains methods for accessing the API, and the typed facade: one attribute per spec tag."""

from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .activities import Activities, AsyncActivities
    from .advanced_filtering import AdvancedFiltering, AsyncAdvancedFiltering
    from .blocked_phone_numbers import AsyncBlockedPhoneNumbers, BlockedPhoneNumbers
    from .calls import AsyncCalls, Calls
    from .comments import AsyncComments, Comments
    from .connected_accounts import AsyncConnectedAccounts, ConnectedAccounts
    from .contacts import AsyncContacts, Contacts
    from .custom_activities import AsyncCustomActivities, CustomActivities
    from .custom_activity_types import AsyncCustomActivityTypes, CustomActivityTypes
    from .custom_field_schemas import AsyncCustomFieldSchemas, CustomFieldSchemas
    from .custom_fields import AsyncCustomFields, CustomFields
    from .custom_object_types import AsyncCustomObjectTypes, CustomObjectTypes
    from .custom_objects import AsyncCustomObjects, CustomObjects
    from .dialers import AsyncDialers, Dialers
    from .email_templates import AsyncEmailTemplates, EmailTemplates
    from .emails import AsyncEmails, Emails
    from .events import AsyncEvents, Events
    from .field_enrichment import AsyncFieldEnrichment, FieldEnrichment
    from .files import AsyncFiles, Files
    from .form_submissions import AsyncFormSubmissions, FormSubmissions
    from .groups import AsyncGroups, Groups
    from .integration_links import AsyncIntegrationLinks, IntegrationLinks
    from .lead_history import AsyncLeadHistory, LeadHistory
    from .lead_statuses import AsyncLeadStatuses, LeadStatuses
    from .leads import AsyncLeads, Leads
    from .meetings import AsyncMeetings, Meetings
    from .memberships import AsyncMemberships, Memberships
    from .notes import AsyncNotes, Notes
    from .opportunities import AsyncOpportunities, Opportunities
    from .opportunity_statuses import AsyncOpportunityStatuses, OpportunityStatuses
    from .organizations import AsyncOrganizations, Organizations
    from .outcomes import AsyncOutcomes, Outcomes
    from .phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .pipelines import AsyncPipelines, Pipelines
    from .playbooks import AsyncPlaybooks, Playbooks
    from .roles import AsyncRoles, Roles
    from .send_as import AsyncSendAs, SendAs
    from .sequences import AsyncSequences, Sequences
    from .shared_custom_field_associations import (
        AsyncSharedCustomFieldAssociations,
        SharedCustomFieldAssociations,
    )
    from .sms import AsyncSms, Sms
    from .sms_templates import AsyncSmsTemplates, SmsTemplates
    from .status_changes import AsyncStatusChanges, StatusChanges
    from .task_completed_activities import (
        AsyncTaskCompletedActivities,
        TaskCompletedActivities,
    )
    from .tasks import AsyncTasks, Tasks
    from .unsubscribed_emails import AsyncUnsubscribedEmails, UnsubscribedEmails
    from .users import AsyncUsers, Users
    from .webhooks import AsyncWebhooks, Webhooks
    from .whatsapp import AsyncWhatsapp, Whatsapp

__all__ = ["TAGS", "Api", "AsyncApi", "AsyncPager", "Pager"]

T = TypeVar("T")

TAGS: Final = (
    "activities",
    "advanced_filtering",
    "blocked_phone_numbers",
    "calls",
    "comments",
    "connected_accounts",
    "contacts",
    "custom_activities",
    "custom_activity_types",
    "custom_field_schemas",
    "custom_fields",
    "custom_object_types",
    "custom_objects",
    "dialers",
    "email_templates",
    "emails",
    "events",
    "field_enrichment",
    "files",
    "form_submissions",
    "groups",
    "integration_links",
    "lead_history",
    "lead_statuses",
    "leads",
    "meetings",
    "memberships",
    "notes",
    "opportunities",
    "opportunity_statuses",
    "organizations",
    "outcomes",
    "phone_numbers",
    "pipelines",
    "playbooks",
    "roles",
    "send_as",
    "sequences",
    "shared_custom_field_associations",
    "sms",
    "sms_templates",
    "status_changes",
    "task_completed_activities",
    "tasks",
    "unsubscribed_emails",
    "users",
    "webhooks",
    "whatsapp",
)
"""The spec's tags: each is a subpackage here and an attribute of `Api` / `AsyncApi`."""


class Pager(Protocol):
    """Turns `fetch(skip, limit) -> (items, has_more)` into an iterable over every item.

    `max_limit` is the endpoint's largest page size, `page_size` the caller's wish (or None).
    """

    def __call__(
        self,
        fetch: Callable[[int, int], tuple[Sequence[T], bool]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> Iterable[T]: ...


class AsyncPager(Protocol):
    """The asyncio twin of `Pager`: `fetch` is awaited, the result is async-iterable."""

    def __call__(
        self,
        fetch: Callable[[int, int], Awaitable[tuple[Sequence[T], bool]]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> AsyncIterable[T]: ...


class Api:
    """Every operation of the spec on one client, grouped by tag: `api.leads.get(lead_id)`."""

    def _bind_api(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        # Separate from __init__ so a subclass can rebind a copy to another client.
        self._api_client = client
        self._api_pager = pager

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._bind_api(client, pager)

    @property
    def activities(self) -> "Activities":
        """The `activities` operations."""
        from .activities import Activities

        return Activities(self._api_client, self._api_pager)

    @property
    def advanced_filtering(self) -> "AdvancedFiltering":
        """The `advanced_filtering` operations."""
        from .advanced_filtering import AdvancedFiltering

        return AdvancedFiltering(self._api_client, self._api_pager)

    @property
    def blocked_phone_numbers(self) -> "BlockedPhoneNumbers":
        """The `blocked_phone_numbers` operations."""
        from .blocked_phone_numbers import BlockedPhoneNumbers

        return BlockedPhoneNumbers(self._api_client, self._api_pager)

    @property
    def calls(self) -> "Calls":
        """The `calls` operations."""
        from .calls import Calls

        return Calls(self._api_client, self._api_pager)

    @property
    def comments(self) -> "Comments":
        """The `comments` operations."""
        from .comments import Comments

        return Comments(self._api_client, self._api_pager)

    @property
    def connected_accounts(self) -> "ConnectedAccounts":
        """The `connected_accounts` operations."""
        from .connected_accounts import ConnectedAccounts

        return ConnectedAccounts(self._api_client, self._api_pager)

    @property
    def contacts(self) -> "Contacts":
        """The `contacts` operations."""
        from .contacts import Contacts

        return Contacts(self._api_client, self._api_pager)

    @property
    def custom_activities(self) -> "CustomActivities":
        """The `custom_activities` operations."""
        from .custom_activities import CustomActivities

        return CustomActivities(self._api_client, self._api_pager)

    @property
    def custom_activity_types(self) -> "CustomActivityTypes":
        """The `custom_activity_types` operations."""
        from .custom_activity_types import CustomActivityTypes

        return CustomActivityTypes(self._api_client, self._api_pager)

    @property
    def custom_field_schemas(self) -> "CustomFieldSchemas":
        """The `custom_field_schemas` operations."""
        from .custom_field_schemas import CustomFieldSchemas

        return CustomFieldSchemas(self._api_client, self._api_pager)

    @property
    def custom_fields(self) -> "CustomFields":
        """The `custom_fields` operations."""
        from .custom_fields import CustomFields

        return CustomFields(self._api_client, self._api_pager)

    @property
    def custom_object_types(self) -> "CustomObjectTypes":
        """The `custom_object_types` operations."""
        from .custom_object_types import CustomObjectTypes

        return CustomObjectTypes(self._api_client, self._api_pager)

    @property
    def custom_objects(self) -> "CustomObjects":
        """The `custom_objects` operations."""
        from .custom_objects import CustomObjects

        return CustomObjects(self._api_client, self._api_pager)

    @property
    def dialers(self) -> "Dialers":
        """The `dialers` operations."""
        from .dialers import Dialers

        return Dialers(self._api_client, self._api_pager)

    @property
    def email_templates(self) -> "EmailTemplates":
        """The `email_templates` operations."""
        from .email_templates import EmailTemplates

        return EmailTemplates(self._api_client, self._api_pager)

    @property
    def emails(self) -> "Emails":
        """The `emails` operations."""
        from .emails import Emails

        return Emails(self._api_client, self._api_pager)

    @property
    def events(self) -> "Events":
        """The `events` operations."""
        from .events import Events

        return Events(self._api_client, self._api_pager)

    @property
    def field_enrichment(self) -> "FieldEnrichment":
        """The `field_enrichment` operations."""
        from .field_enrichment import FieldEnrichment

        return FieldEnrichment(self._api_client, self._api_pager)

    @property
    def files(self) -> "Files":
        """The `files` operations."""
        from .files import Files

        return Files(self._api_client, self._api_pager)

    @property
    def form_submissions(self) -> "FormSubmissions":
        """The `form_submissions` operations."""
        from .form_submissions import FormSubmissions

        return FormSubmissions(self._api_client, self._api_pager)

    @property
    def groups(self) -> "Groups":
        """The `groups` operations."""
        from .groups import Groups

        return Groups(self._api_client, self._api_pager)

    @property
    def integration_links(self) -> "IntegrationLinks":
        """The `integration_links` operations."""
        from .integration_links import IntegrationLinks

        return IntegrationLinks(self._api_client, self._api_pager)

    @property
    def lead_history(self) -> "LeadHistory":
        """The `lead_history` operations."""
        from .lead_history import LeadHistory

        return LeadHistory(self._api_client, self._api_pager)

    @property
    def lead_statuses(self) -> "LeadStatuses":
        """The `lead_statuses` operations."""
        from .lead_statuses import LeadStatuses

        return LeadStatuses(self._api_client, self._api_pager)

    @property
    def leads(self) -> "Leads":
        """The `leads` operations."""
        from .leads import Leads

        return Leads(self._api_client, self._api_pager)

    @property
    def meetings(self) -> "Meetings":
        """The `meetings` operations."""
        from .meetings import Meetings

        return Meetings(self._api_client, self._api_pager)

    @property
    def memberships(self) -> "Memberships":
        """The `memberships` operations."""
        from .memberships import Memberships

        return Memberships(self._api_client, self._api_pager)

    @property
    def notes(self) -> "Notes":
        """The `notes` operations."""
        from .notes import Notes

        return Notes(self._api_client, self._api_pager)

    @property
    def opportunities(self) -> "Opportunities":
        """The `opportunities` operations."""
        from .opportunities import Opportunities

        return Opportunities(self._api_client, self._api_pager)

    @property
    def opportunity_statuses(self) -> "OpportunityStatuses":
        """The `opportunity_statuses` operations."""
        from .opportunity_statuses import OpportunityStatuses

        return OpportunityStatuses(self._api_client, self._api_pager)

    @property
    def organizations(self) -> "Organizations":
        """The `organizations` operations."""
        from .organizations import Organizations

        return Organizations(self._api_client, self._api_pager)

    @property
    def outcomes(self) -> "Outcomes":
        """The `outcomes` operations."""
        from .outcomes import Outcomes

        return Outcomes(self._api_client, self._api_pager)

    @property
    def phone_numbers(self) -> "PhoneNumbers":
        """The `phone_numbers` operations."""
        from .phone_numbers import PhoneNumbers

        return PhoneNumbers(self._api_client, self._api_pager)

    @property
    def pipelines(self) -> "Pipelines":
        """The `pipelines` operations."""
        from .pipelines import Pipelines

        return Pipelines(self._api_client, self._api_pager)

    @property
    def playbooks(self) -> "Playbooks":
        """The `playbooks` operations."""
        from .playbooks import Playbooks

        return Playbooks(self._api_client, self._api_pager)

    @property
    def roles(self) -> "Roles":
        """The `roles` operations."""
        from .roles import Roles

        return Roles(self._api_client, self._api_pager)

    @property
    def send_as(self) -> "SendAs":
        """The `send_as` operations."""
        from .send_as import SendAs

        return SendAs(self._api_client, self._api_pager)

    @property
    def sequences(self) -> "Sequences":
        """The `sequences` operations."""
        from .sequences import Sequences

        return Sequences(self._api_client, self._api_pager)

    @property
    def shared_custom_field_associations(self) -> "SharedCustomFieldAssociations":
        """The `shared_custom_field_associations` operations."""
        from .shared_custom_field_associations import SharedCustomFieldAssociations

        return SharedCustomFieldAssociations(self._api_client, self._api_pager)

    @property
    def sms(self) -> "Sms":
        """The `sms` operations."""
        from .sms import Sms

        return Sms(self._api_client, self._api_pager)

    @property
    def sms_templates(self) -> "SmsTemplates":
        """The `sms_templates` operations."""
        from .sms_templates import SmsTemplates

        return SmsTemplates(self._api_client, self._api_pager)

    @property
    def status_changes(self) -> "StatusChanges":
        """The `status_changes` operations."""
        from .status_changes import StatusChanges

        return StatusChanges(self._api_client, self._api_pager)

    @property
    def task_completed_activities(self) -> "TaskCompletedActivities":
        """The `task_completed_activities` operations."""
        from .task_completed_activities import TaskCompletedActivities

        return TaskCompletedActivities(self._api_client, self._api_pager)

    @property
    def tasks(self) -> "Tasks":
        """The `tasks` operations."""
        from .tasks import Tasks

        return Tasks(self._api_client, self._api_pager)

    @property
    def unsubscribed_emails(self) -> "UnsubscribedEmails":
        """The `unsubscribed_emails` operations."""
        from .unsubscribed_emails import UnsubscribedEmails

        return UnsubscribedEmails(self._api_client, self._api_pager)

    @property
    def users(self) -> "Users":
        """The `users` operations."""
        from .users import Users

        return Users(self._api_client, self._api_pager)

    @property
    def webhooks(self) -> "Webhooks":
        """The `webhooks` operations."""
        from .webhooks import Webhooks

        return Webhooks(self._api_client, self._api_pager)

    @property
    def whatsapp(self) -> "Whatsapp":
        """The `whatsapp` operations."""
        from .whatsapp import Whatsapp

        return Whatsapp(self._api_client, self._api_pager)


class AsyncApi:
    """The asyncio twin of `Api`: `await api.leads.get(lead_id)`."""

    def _bind_api(
        self, client: AuthenticatedClient | Client, pager: AsyncPager
    ) -> None:
        # Separate from __init__ so a subclass can rebind a copy to another client.
        self._api_client = client
        self._api_pager = pager

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._bind_api(client, pager)

    @property
    def activities(self) -> "AsyncActivities":
        """The `activities` operations."""
        from .activities import AsyncActivities

        return AsyncActivities(self._api_client, self._api_pager)

    @property
    def advanced_filtering(self) -> "AsyncAdvancedFiltering":
        """The `advanced_filtering` operations."""
        from .advanced_filtering import AsyncAdvancedFiltering

        return AsyncAdvancedFiltering(self._api_client, self._api_pager)

    @property
    def blocked_phone_numbers(self) -> "AsyncBlockedPhoneNumbers":
        """The `blocked_phone_numbers` operations."""
        from .blocked_phone_numbers import AsyncBlockedPhoneNumbers

        return AsyncBlockedPhoneNumbers(self._api_client, self._api_pager)

    @property
    def calls(self) -> "AsyncCalls":
        """The `calls` operations."""
        from .calls import AsyncCalls

        return AsyncCalls(self._api_client, self._api_pager)

    @property
    def comments(self) -> "AsyncComments":
        """The `comments` operations."""
        from .comments import AsyncComments

        return AsyncComments(self._api_client, self._api_pager)

    @property
    def connected_accounts(self) -> "AsyncConnectedAccounts":
        """The `connected_accounts` operations."""
        from .connected_accounts import AsyncConnectedAccounts

        return AsyncConnectedAccounts(self._api_client, self._api_pager)

    @property
    def contacts(self) -> "AsyncContacts":
        """The `contacts` operations."""
        from .contacts import AsyncContacts

        return AsyncContacts(self._api_client, self._api_pager)

    @property
    def custom_activities(self) -> "AsyncCustomActivities":
        """The `custom_activities` operations."""
        from .custom_activities import AsyncCustomActivities

        return AsyncCustomActivities(self._api_client, self._api_pager)

    @property
    def custom_activity_types(self) -> "AsyncCustomActivityTypes":
        """The `custom_activity_types` operations."""
        from .custom_activity_types import AsyncCustomActivityTypes

        return AsyncCustomActivityTypes(self._api_client, self._api_pager)

    @property
    def custom_field_schemas(self) -> "AsyncCustomFieldSchemas":
        """The `custom_field_schemas` operations."""
        from .custom_field_schemas import AsyncCustomFieldSchemas

        return AsyncCustomFieldSchemas(self._api_client, self._api_pager)

    @property
    def custom_fields(self) -> "AsyncCustomFields":
        """The `custom_fields` operations."""
        from .custom_fields import AsyncCustomFields

        return AsyncCustomFields(self._api_client, self._api_pager)

    @property
    def custom_object_types(self) -> "AsyncCustomObjectTypes":
        """The `custom_object_types` operations."""
        from .custom_object_types import AsyncCustomObjectTypes

        return AsyncCustomObjectTypes(self._api_client, self._api_pager)

    @property
    def custom_objects(self) -> "AsyncCustomObjects":
        """The `custom_objects` operations."""
        from .custom_objects import AsyncCustomObjects

        return AsyncCustomObjects(self._api_client, self._api_pager)

    @property
    def dialers(self) -> "AsyncDialers":
        """The `dialers` operations."""
        from .dialers import AsyncDialers

        return AsyncDialers(self._api_client, self._api_pager)

    @property
    def email_templates(self) -> "AsyncEmailTemplates":
        """The `email_templates` operations."""
        from .email_templates import AsyncEmailTemplates

        return AsyncEmailTemplates(self._api_client, self._api_pager)

    @property
    def emails(self) -> "AsyncEmails":
        """The `emails` operations."""
        from .emails import AsyncEmails

        return AsyncEmails(self._api_client, self._api_pager)

    @property
    def events(self) -> "AsyncEvents":
        """The `events` operations."""
        from .events import AsyncEvents

        return AsyncEvents(self._api_client, self._api_pager)

    @property
    def field_enrichment(self) -> "AsyncFieldEnrichment":
        """The `field_enrichment` operations."""
        from .field_enrichment import AsyncFieldEnrichment

        return AsyncFieldEnrichment(self._api_client, self._api_pager)

    @property
    def files(self) -> "AsyncFiles":
        """The `files` operations."""
        from .files import AsyncFiles

        return AsyncFiles(self._api_client, self._api_pager)

    @property
    def form_submissions(self) -> "AsyncFormSubmissions":
        """The `form_submissions` operations."""
        from .form_submissions import AsyncFormSubmissions

        return AsyncFormSubmissions(self._api_client, self._api_pager)

    @property
    def groups(self) -> "AsyncGroups":
        """The `groups` operations."""
        from .groups import AsyncGroups

        return AsyncGroups(self._api_client, self._api_pager)

    @property
    def integration_links(self) -> "AsyncIntegrationLinks":
        """The `integration_links` operations."""
        from .integration_links import AsyncIntegrationLinks

        return AsyncIntegrationLinks(self._api_client, self._api_pager)

    @property
    def lead_history(self) -> "AsyncLeadHistory":
        """The `lead_history` operations."""
        from .lead_history import AsyncLeadHistory

        return AsyncLeadHistory(self._api_client, self._api_pager)

    @property
    def lead_statuses(self) -> "AsyncLeadStatuses":
        """The `lead_statuses` operations."""
        from .lead_statuses import AsyncLeadStatuses

        return AsyncLeadStatuses(self._api_client, self._api_pager)

    @property
    def leads(self) -> "AsyncLeads":
        """The `leads` operations."""
        from .leads import AsyncLeads

        return AsyncLeads(self._api_client, self._api_pager)

    @property
    def meetings(self) -> "AsyncMeetings":
        """The `meetings` operations."""
        from .meetings import AsyncMeetings

        return AsyncMeetings(self._api_client, self._api_pager)

    @property
    def memberships(self) -> "AsyncMemberships":
        """The `memberships` operations."""
        from .memberships import AsyncMemberships

        return AsyncMemberships(self._api_client, self._api_pager)

    @property
    def notes(self) -> "AsyncNotes":
        """The `notes` operations."""
        from .notes import AsyncNotes

        return AsyncNotes(self._api_client, self._api_pager)

    @property
    def opportunities(self) -> "AsyncOpportunities":
        """The `opportunities` operations."""
        from .opportunities import AsyncOpportunities

        return AsyncOpportunities(self._api_client, self._api_pager)

    @property
    def opportunity_statuses(self) -> "AsyncOpportunityStatuses":
        """The `opportunity_statuses` operations."""
        from .opportunity_statuses import AsyncOpportunityStatuses

        return AsyncOpportunityStatuses(self._api_client, self._api_pager)

    @property
    def organizations(self) -> "AsyncOrganizations":
        """The `organizations` operations."""
        from .organizations import AsyncOrganizations

        return AsyncOrganizations(self._api_client, self._api_pager)

    @property
    def outcomes(self) -> "AsyncOutcomes":
        """The `outcomes` operations."""
        from .outcomes import AsyncOutcomes

        return AsyncOutcomes(self._api_client, self._api_pager)

    @property
    def phone_numbers(self) -> "AsyncPhoneNumbers":
        """The `phone_numbers` operations."""
        from .phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self._api_client, self._api_pager)

    @property
    def pipelines(self) -> "AsyncPipelines":
        """The `pipelines` operations."""
        from .pipelines import AsyncPipelines

        return AsyncPipelines(self._api_client, self._api_pager)

    @property
    def playbooks(self) -> "AsyncPlaybooks":
        """The `playbooks` operations."""
        from .playbooks import AsyncPlaybooks

        return AsyncPlaybooks(self._api_client, self._api_pager)

    @property
    def roles(self) -> "AsyncRoles":
        """The `roles` operations."""
        from .roles import AsyncRoles

        return AsyncRoles(self._api_client, self._api_pager)

    @property
    def send_as(self) -> "AsyncSendAs":
        """The `send_as` operations."""
        from .send_as import AsyncSendAs

        return AsyncSendAs(self._api_client, self._api_pager)

    @property
    def sequences(self) -> "AsyncSequences":
        """The `sequences` operations."""
        from .sequences import AsyncSequences

        return AsyncSequences(self._api_client, self._api_pager)

    @property
    def shared_custom_field_associations(self) -> "AsyncSharedCustomFieldAssociations":
        """The `shared_custom_field_associations` operations."""
        from .shared_custom_field_associations import AsyncSharedCustomFieldAssociations

        return AsyncSharedCustomFieldAssociations(self._api_client, self._api_pager)

    @property
    def sms(self) -> "AsyncSms":
        """The `sms` operations."""
        from .sms import AsyncSms

        return AsyncSms(self._api_client, self._api_pager)

    @property
    def sms_templates(self) -> "AsyncSmsTemplates":
        """The `sms_templates` operations."""
        from .sms_templates import AsyncSmsTemplates

        return AsyncSmsTemplates(self._api_client, self._api_pager)

    @property
    def status_changes(self) -> "AsyncStatusChanges":
        """The `status_changes` operations."""
        from .status_changes import AsyncStatusChanges

        return AsyncStatusChanges(self._api_client, self._api_pager)

    @property
    def task_completed_activities(self) -> "AsyncTaskCompletedActivities":
        """The `task_completed_activities` operations."""
        from .task_completed_activities import AsyncTaskCompletedActivities

        return AsyncTaskCompletedActivities(self._api_client, self._api_pager)

    @property
    def tasks(self) -> "AsyncTasks":
        """The `tasks` operations."""
        from .tasks import AsyncTasks

        return AsyncTasks(self._api_client, self._api_pager)

    @property
    def unsubscribed_emails(self) -> "AsyncUnsubscribedEmails":
        """The `unsubscribed_emails` operations."""
        from .unsubscribed_emails import AsyncUnsubscribedEmails

        return AsyncUnsubscribedEmails(self._api_client, self._api_pager)

    @property
    def users(self) -> "AsyncUsers":
        """The `users` operations."""
        from .users import AsyncUsers

        return AsyncUsers(self._api_client, self._api_pager)

    @property
    def webhooks(self) -> "AsyncWebhooks":
        """The `webhooks` operations."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self._api_client, self._api_pager)

    @property
    def whatsapp(self) -> "AsyncWhatsapp":
        """The `whatsapp` operations."""
        from .whatsapp import AsyncWhatsapp

        return AsyncWhatsapp(self._api_client, self._api_pager)
