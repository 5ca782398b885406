"""Contains methods for accessing the API, and the typed facade: one attribute per spec tag."""

from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .activities import Activities, AsyncActivities
    from .advanced_filtering import AdvancedFiltering, AsyncAdvancedFiltering
    from .blocked_phone_numbers import AsyncBlockedPhoneNumbers, BlockedPhoneNumbers
    from .bulk_actions import AsyncBulkActions, BulkActions
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
    from .exports import AsyncExports, Exports
    from .field_enrichment import (
        AsyncFieldEnrichmentOperations,
        FieldEnrichmentOperations,
    )
    from .files import AsyncFiles, Files
    from .form_submissions import AsyncFormSubmissions, FormSubmissions
    from .forms import AsyncForms, Forms
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
    from .reporting import AsyncReporting, Reporting
    from .roles import AsyncRoles, Roles
    from .scheduling_links import AsyncSchedulingLinks, SchedulingLinks
    from .send_as import AsyncSendAsOperations, SendAsOperations
    from .sequences import AsyncSequences, Sequences
    from .shared_custom_field_associations import (
        AsyncSharedCustomFieldAssociations,
        SharedCustomFieldAssociations,
    )
    from .smart_views import AsyncSmartViews, SmartViews
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
    "bulk_actions",
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
    "exports",
    "field_enrichment",
    "files",
    "form_submissions",
    "forms",
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
    "reporting",
    "roles",
    "scheduling_links",
    "send_as",
    "sequences",
    "shared_custom_field_associations",
    "smart_views",
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
    """Turns `fetch(skip, limit) -> (items, has_more)` into an iterable over every item, and
    (`cursor`) `fetch(cursor, limit) -> (items, cursor_next)` likewise.

    `max_limit` is the endpoint's largest page size, `page_size` the caller's wish (or None).
    """

    def __call__(
        self,
        fetch: Callable[[int, int], tuple[Sequence[T], bool]],
        max_limit: int,
        page_size: int | None,
        /,
    ) -> Iterable[T]: ...

    def cursor(
        self,
        fetch: Callable[[str | None, int], tuple[Sequence[T], str | None]],
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

    def cursor(
        self,
        fetch: Callable[[str | None, int], Awaitable[tuple[Sequence[T], str | None]]],
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
        # Each tag's facade is built on first use and kept; rebinding starts afresh.
        self._api_facades: dict[str, Any] = {}

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._bind_api(client, pager)

    @property
    def activities(self) -> "Activities":
        """The `activities` operations."""
        facade: Activities | None = self._api_facades.get("activities")
        if facade is None:
            from .activities import Activities

            facade = Activities(self._api_client, self._api_pager)
            self._api_facades["activities"] = facade
        return facade

    @property
    def advanced_filtering(self) -> "AdvancedFiltering":
        """The `advanced_filtering` operations."""
        facade: AdvancedFiltering | None = self._api_facades.get("advanced_filtering")
        if facade is None:
            from .advanced_filtering import AdvancedFiltering

            facade = AdvancedFiltering(self._api_client, self._api_pager)
            self._api_facades["advanced_filtering"] = facade
        return facade

    @property
    def blocked_phone_numbers(self) -> "BlockedPhoneNumbers":
        """The `blocked_phone_numbers` operations."""
        facade: BlockedPhoneNumbers | None = self._api_facades.get(
            "blocked_phone_numbers"
        )
        if facade is None:
            from .blocked_phone_numbers import BlockedPhoneNumbers

            facade = BlockedPhoneNumbers(self._api_client, self._api_pager)
            self._api_facades["blocked_phone_numbers"] = facade
        return facade

    @property
    def bulk_actions(self) -> "BulkActions":
        """The `bulk_actions` operations."""
        facade: BulkActions | None = self._api_facades.get("bulk_actions")
        if facade is None:
            from .bulk_actions import BulkActions

            facade = BulkActions(self._api_client, self._api_pager)
            self._api_facades["bulk_actions"] = facade
        return facade

    @property
    def calls(self) -> "Calls":
        """The `calls` operations."""
        facade: Calls | None = self._api_facades.get("calls")
        if facade is None:
            from .calls import Calls

            facade = Calls(self._api_client, self._api_pager)
            self._api_facades["calls"] = facade
        return facade

    @property
    def comments(self) -> "Comments":
        """The `comments` operations."""
        facade: Comments | None = self._api_facades.get("comments")
        if facade is None:
            from .comments import Comments

            facade = Comments(self._api_client, self._api_pager)
            self._api_facades["comments"] = facade
        return facade

    @property
    def connected_accounts(self) -> "ConnectedAccounts":
        """The `connected_accounts` operations."""
        facade: ConnectedAccounts | None = self._api_facades.get("connected_accounts")
        if facade is None:
            from .connected_accounts import ConnectedAccounts

            facade = ConnectedAccounts(self._api_client, self._api_pager)
            self._api_facades["connected_accounts"] = facade
        return facade

    @property
    def contacts(self) -> "Contacts":
        """The `contacts` operations."""
        facade: Contacts | None = self._api_facades.get("contacts")
        if facade is None:
            from .contacts import Contacts

            facade = Contacts(self._api_client, self._api_pager)
            self._api_facades["contacts"] = facade
        return facade

    @property
    def custom_activities(self) -> "CustomActivities":
        """The `custom_activities` operations."""
        facade: CustomActivities | None = self._api_facades.get("custom_activities")
        if facade is None:
            from .custom_activities import CustomActivities

            facade = CustomActivities(self._api_client, self._api_pager)
            self._api_facades["custom_activities"] = facade
        return facade

    @property
    def custom_activity_types(self) -> "CustomActivityTypes":
        """The `custom_activity_types` operations."""
        facade: CustomActivityTypes | None = self._api_facades.get(
            "custom_activity_types"
        )
        if facade is None:
            from .custom_activity_types import CustomActivityTypes

            facade = CustomActivityTypes(self._api_client, self._api_pager)
            self._api_facades["custom_activity_types"] = facade
        return facade

    @property
    def custom_field_schemas(self) -> "CustomFieldSchemas":
        """The `custom_field_schemas` operations."""
        facade: CustomFieldSchemas | None = self._api_facades.get(
            "custom_field_schemas"
        )
        if facade is None:
            from .custom_field_schemas import CustomFieldSchemas

            facade = CustomFieldSchemas(self._api_client, self._api_pager)
            self._api_facades["custom_field_schemas"] = facade
        return facade

    @property
    def custom_fields(self) -> "CustomFields":
        """The `custom_fields` operations."""
        facade: CustomFields | None = self._api_facades.get("custom_fields")
        if facade is None:
            from .custom_fields import CustomFields

            facade = CustomFields(self._api_client, self._api_pager)
            self._api_facades["custom_fields"] = facade
        return facade

    @property
    def custom_object_types(self) -> "CustomObjectTypes":
        """The `custom_object_types` operations."""
        facade: CustomObjectTypes | None = self._api_facades.get("custom_object_types")
        if facade is None:
            from .custom_object_types import CustomObjectTypes

            facade = CustomObjectTypes(self._api_client, self._api_pager)
            self._api_facades["custom_object_types"] = facade
        return facade

    @property
    def custom_objects(self) -> "CustomObjects":
        """The `custom_objects` operations."""
        facade: CustomObjects | None = self._api_facades.get("custom_objects")
        if facade is None:
            from .custom_objects import CustomObjects

            facade = CustomObjects(self._api_client, self._api_pager)
            self._api_facades["custom_objects"] = facade
        return facade

    @property
    def dialers(self) -> "Dialers":
        """The `dialers` operations."""
        facade: Dialers | None = self._api_facades.get("dialers")
        if facade is None:
            from .dialers import Dialers

            facade = Dialers(self._api_client, self._api_pager)
            self._api_facades["dialers"] = facade
        return facade

    @property
    def email_templates(self) -> "EmailTemplates":
        """The `email_templates` operations."""
        facade: EmailTemplates | None = self._api_facades.get("email_templates")
        if facade is None:
            from .email_templates import EmailTemplates

            facade = EmailTemplates(self._api_client, self._api_pager)
            self._api_facades["email_templates"] = facade
        return facade

    @property
    def emails(self) -> "Emails":
        """The `emails` operations."""
        facade: Emails | None = self._api_facades.get("emails")
        if facade is None:
            from .emails import Emails

            facade = Emails(self._api_client, self._api_pager)
            self._api_facades["emails"] = facade
        return facade

    @property
    def events(self) -> "Events":
        """The `events` operations."""
        facade: Events | None = self._api_facades.get("events")
        if facade is None:
            from .events import Events

            facade = Events(self._api_client, self._api_pager)
            self._api_facades["events"] = facade
        return facade

    @property
    def exports(self) -> "Exports":
        """The `exports` operations."""
        facade: Exports | None = self._api_facades.get("exports")
        if facade is None:
            from .exports import Exports

            facade = Exports(self._api_client, self._api_pager)
            self._api_facades["exports"] = facade
        return facade

    @property
    def field_enrichment(self) -> "FieldEnrichmentOperations":
        """The `field_enrichment` operations."""
        facade: FieldEnrichmentOperations | None = self._api_facades.get(
            "field_enrichment"
        )
        if facade is None:
            from .field_enrichment import FieldEnrichmentOperations

            facade = FieldEnrichmentOperations(self._api_client, self._api_pager)
            self._api_facades["field_enrichment"] = facade
        return facade

    @property
    def files(self) -> "Files":
        """The `files` operations."""
        facade: Files | None = self._api_facades.get("files")
        if facade is None:
            from .files import Files

            facade = Files(self._api_client, self._api_pager)
            self._api_facades["files"] = facade
        return facade

    @property
    def form_submissions(self) -> "FormSubmissions":
        """The `form_submissions` operations."""
        facade: FormSubmissions | None = self._api_facades.get("form_submissions")
        if facade is None:
            from .form_submissions import FormSubmissions

            facade = FormSubmissions(self._api_client, self._api_pager)
            self._api_facades["form_submissions"] = facade
        return facade

    @property
    def forms(self) -> "Forms":
        """The `forms` operations."""
        facade: Forms | None = self._api_facades.get("forms")
        if facade is None:
            from .forms import Forms

            facade = Forms(self._api_client, self._api_pager)
            self._api_facades["forms"] = facade
        return facade

    @property
    def groups(self) -> "Groups":
        """The `groups` operations."""
        facade: Groups | None = self._api_facades.get("groups")
        if facade is None:
            from .groups import Groups

            facade = Groups(self._api_client, self._api_pager)
            self._api_facades["groups"] = facade
        return facade

    @property
    def integration_links(self) -> "IntegrationLinks":
        """The `integration_links` operations."""
        facade: IntegrationLinks | None = self._api_facades.get("integration_links")
        if facade is None:
            from .integration_links import IntegrationLinks

            facade = IntegrationLinks(self._api_client, self._api_pager)
            self._api_facades["integration_links"] = facade
        return facade

    @property
    def lead_history(self) -> "LeadHistory":
        """The `lead_history` operations."""
        facade: LeadHistory | None = self._api_facades.get("lead_history")
        if facade is None:
            from .lead_history import LeadHistory

            facade = LeadHistory(self._api_client, self._api_pager)
            self._api_facades["lead_history"] = facade
        return facade

    @property
    def lead_statuses(self) -> "LeadStatuses":
        """The `lead_statuses` operations."""
        facade: LeadStatuses | None = self._api_facades.get("lead_statuses")
        if facade is None:
            from .lead_statuses import LeadStatuses

            facade = LeadStatuses(self._api_client, self._api_pager)
            self._api_facades["lead_statuses"] = facade
        return facade

    @property
    def leads(self) -> "Leads":
        """The `leads` operations."""
        facade: Leads | None = self._api_facades.get("leads")
        if facade is None:
            from .leads import Leads

            facade = Leads(self._api_client, self._api_pager)
            self._api_facades["leads"] = facade
        return facade

    @property
    def meetings(self) -> "Meetings":
        """The `meetings` operations."""
        facade: Meetings | None = self._api_facades.get("meetings")
        if facade is None:
            from .meetings import Meetings

            facade = Meetings(self._api_client, self._api_pager)
            self._api_facades["meetings"] = facade
        return facade

    @property
    def memberships(self) -> "Memberships":
        """The `memberships` operations."""
        facade: Memberships | None = self._api_facades.get("memberships")
        if facade is None:
            from .memberships import Memberships

            facade = Memberships(self._api_client, self._api_pager)
            self._api_facades["memberships"] = facade
        return facade

    @property
    def notes(self) -> "Notes":
        """The `notes` operations."""
        facade: Notes | None = self._api_facades.get("notes")
        if facade is None:
            from .notes import Notes

            facade = Notes(self._api_client, self._api_pager)
            self._api_facades["notes"] = facade
        return facade

    @property
    def opportunities(self) -> "Opportunities":
        """The `opportunities` operations."""
        facade: Opportunities | None = self._api_facades.get("opportunities")
        if facade is None:
            from .opportunities import Opportunities

            facade = Opportunities(self._api_client, self._api_pager)
            self._api_facades["opportunities"] = facade
        return facade

    @property
    def opportunity_statuses(self) -> "OpportunityStatuses":
        """The `opportunity_statuses` operations."""
        facade: OpportunityStatuses | None = self._api_facades.get(
            "opportunity_statuses"
        )
        if facade is None:
            from .opportunity_statuses import OpportunityStatuses

            facade = OpportunityStatuses(self._api_client, self._api_pager)
            self._api_facades["opportunity_statuses"] = facade
        return facade

    @property
    def organizations(self) -> "Organizations":
        """The `organizations` operations."""
        facade: Organizations | None = self._api_facades.get("organizations")
        if facade is None:
            from .organizations import Organizations

            facade = Organizations(self._api_client, self._api_pager)
            self._api_facades["organizations"] = facade
        return facade

    @property
    def outcomes(self) -> "Outcomes":
        """The `outcomes` operations."""
        facade: Outcomes | None = self._api_facades.get("outcomes")
        if facade is None:
            from .outcomes import Outcomes

            facade = Outcomes(self._api_client, self._api_pager)
            self._api_facades["outcomes"] = facade
        return facade

    @property
    def phone_numbers(self) -> "PhoneNumbers":
        """The `phone_numbers` operations."""
        facade: PhoneNumbers | None = self._api_facades.get("phone_numbers")
        if facade is None:
            from .phone_numbers import PhoneNumbers

            facade = PhoneNumbers(self._api_client, self._api_pager)
            self._api_facades["phone_numbers"] = facade
        return facade

    @property
    def pipelines(self) -> "Pipelines":
        """The `pipelines` operations."""
        facade: Pipelines | None = self._api_facades.get("pipelines")
        if facade is None:
            from .pipelines import Pipelines

            facade = Pipelines(self._api_client, self._api_pager)
            self._api_facades["pipelines"] = facade
        return facade

    @property
    def playbooks(self) -> "Playbooks":
        """The `playbooks` operations."""
        facade: Playbooks | None = self._api_facades.get("playbooks")
        if facade is None:
            from .playbooks import Playbooks

            facade = Playbooks(self._api_client, self._api_pager)
            self._api_facades["playbooks"] = facade
        return facade

    @property
    def reporting(self) -> "Reporting":
        """The `reporting` operations."""
        facade: Reporting | None = self._api_facades.get("reporting")
        if facade is None:
            from .reporting import Reporting

            facade = Reporting(self._api_client, self._api_pager)
            self._api_facades["reporting"] = facade
        return facade

    @property
    def roles(self) -> "Roles":
        """The `roles` operations."""
        facade: Roles | None = self._api_facades.get("roles")
        if facade is None:
            from .roles import Roles

            facade = Roles(self._api_client, self._api_pager)
            self._api_facades["roles"] = facade
        return facade

    @property
    def scheduling_links(self) -> "SchedulingLinks":
        """The `scheduling_links` operations."""
        facade: SchedulingLinks | None = self._api_facades.get("scheduling_links")
        if facade is None:
            from .scheduling_links import SchedulingLinks

            facade = SchedulingLinks(self._api_client, self._api_pager)
            self._api_facades["scheduling_links"] = facade
        return facade

    @property
    def send_as(self) -> "SendAsOperations":
        """The `send_as` operations."""
        facade: SendAsOperations | None = self._api_facades.get("send_as")
        if facade is None:
            from .send_as import SendAsOperations

            facade = SendAsOperations(self._api_client, self._api_pager)
            self._api_facades["send_as"] = facade
        return facade

    @property
    def sequences(self) -> "Sequences":
        """The `sequences` operations."""
        facade: Sequences | None = self._api_facades.get("sequences")
        if facade is None:
            from .sequences import Sequences

            facade = Sequences(self._api_client, self._api_pager)
            self._api_facades["sequences"] = facade
        return facade

    @property
    def shared_custom_field_associations(self) -> "SharedCustomFieldAssociations":
        """The `shared_custom_field_associations` operations."""
        facade: SharedCustomFieldAssociations | None = self._api_facades.get(
            "shared_custom_field_associations"
        )
        if facade is None:
            from .shared_custom_field_associations import SharedCustomFieldAssociations

            facade = SharedCustomFieldAssociations(self._api_client, self._api_pager)
            self._api_facades["shared_custom_field_associations"] = facade
        return facade

    @property
    def smart_views(self) -> "SmartViews":
        """The `smart_views` operations."""
        facade: SmartViews | None = self._api_facades.get("smart_views")
        if facade is None:
            from .smart_views import SmartViews

            facade = SmartViews(self._api_client, self._api_pager)
            self._api_facades["smart_views"] = facade
        return facade

    @property
    def sms(self) -> "Sms":
        """The `sms` operations."""
        facade: Sms | None = self._api_facades.get("sms")
        if facade is None:
            from .sms import Sms

            facade = Sms(self._api_client, self._api_pager)
            self._api_facades["sms"] = facade
        return facade

    @property
    def sms_templates(self) -> "SmsTemplates":
        """The `sms_templates` operations."""
        facade: SmsTemplates | None = self._api_facades.get("sms_templates")
        if facade is None:
            from .sms_templates import SmsTemplates

            facade = SmsTemplates(self._api_client, self._api_pager)
            self._api_facades["sms_templates"] = facade
        return facade

    @property
    def status_changes(self) -> "StatusChanges":
        """The `status_changes` operations."""
        facade: StatusChanges | None = self._api_facades.get("status_changes")
        if facade is None:
            from .status_changes import StatusChanges

            facade = StatusChanges(self._api_client, self._api_pager)
            self._api_facades["status_changes"] = facade
        return facade

    @property
    def task_completed_activities(self) -> "TaskCompletedActivities":
        """The `task_completed_activities` operations."""
        facade: TaskCompletedActivities | None = self._api_facades.get(
            "task_completed_activities"
        )
        if facade is None:
            from .task_completed_activities import TaskCompletedActivities

            facade = TaskCompletedActivities(self._api_client, self._api_pager)
            self._api_facades["task_completed_activities"] = facade
        return facade

    @property
    def tasks(self) -> "Tasks":
        """The `tasks` operations."""
        facade: Tasks | None = self._api_facades.get("tasks")
        if facade is None:
            from .tasks import Tasks

            facade = Tasks(self._api_client, self._api_pager)
            self._api_facades["tasks"] = facade
        return facade

    @property
    def unsubscribed_emails(self) -> "UnsubscribedEmails":
        """The `unsubscribed_emails` operations."""
        facade: UnsubscribedEmails | None = self._api_facades.get("unsubscribed_emails")
        if facade is None:
            from .unsubscribed_emails import UnsubscribedEmails

            facade = UnsubscribedEmails(self._api_client, self._api_pager)
            self._api_facades["unsubscribed_emails"] = facade
        return facade

    @property
    def users(self) -> "Users":
        """The `users` operations."""
        facade: Users | None = self._api_facades.get("users")
        if facade is None:
            from .users import Users

            facade = Users(self._api_client, self._api_pager)
            self._api_facades["users"] = facade
        return facade

    @property
    def webhooks(self) -> "Webhooks":
        """The `webhooks` operations."""
        facade: Webhooks | None = self._api_facades.get("webhooks")
        if facade is None:
            from .webhooks import Webhooks

            facade = Webhooks(self._api_client, self._api_pager)
            self._api_facades["webhooks"] = facade
        return facade

    @property
    def whatsapp(self) -> "Whatsapp":
        """The `whatsapp` operations."""
        facade: Whatsapp | None = self._api_facades.get("whatsapp")
        if facade is None:
            from .whatsapp import Whatsapp

            facade = Whatsapp(self._api_client, self._api_pager)
            self._api_facades["whatsapp"] = facade
        return facade


class AsyncApi:
    """The asyncio twin of `Api`: `await api.leads.get(lead_id)`."""

    def _bind_api(
        self, client: AuthenticatedClient | Client, pager: AsyncPager
    ) -> None:
        # Separate from __init__ so a subclass can rebind a copy to another client.
        self._api_client = client
        self._api_pager = pager
        # Each tag's facade is built on first use and kept; rebinding starts afresh.
        self._api_facades: dict[str, Any] = {}

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._bind_api(client, pager)

    @property
    def activities(self) -> "AsyncActivities":
        """The `activities` operations."""
        facade: AsyncActivities | None = self._api_facades.get("activities")
        if facade is None:
            from .activities import AsyncActivities

            facade = AsyncActivities(self._api_client, self._api_pager)
            self._api_facades["activities"] = facade
        return facade

    @property
    def advanced_filtering(self) -> "AsyncAdvancedFiltering":
        """The `advanced_filtering` operations."""
        facade: AsyncAdvancedFiltering | None = self._api_facades.get(
            "advanced_filtering"
        )
        if facade is None:
            from .advanced_filtering import AsyncAdvancedFiltering

            facade = AsyncAdvancedFiltering(self._api_client, self._api_pager)
            self._api_facades["advanced_filtering"] = facade
        return facade

    @property
    def blocked_phone_numbers(self) -> "AsyncBlockedPhoneNumbers":
        """The `blocked_phone_numbers` operations."""
        facade: AsyncBlockedPhoneNumbers | None = self._api_facades.get(
            "blocked_phone_numbers"
        )
        if facade is None:
            from .blocked_phone_numbers import AsyncBlockedPhoneNumbers

            facade = AsyncBlockedPhoneNumbers(self._api_client, self._api_pager)
            self._api_facades["blocked_phone_numbers"] = facade
        return facade

    @property
    def bulk_actions(self) -> "AsyncBulkActions":
        """The `bulk_actions` operations."""
        facade: AsyncBulkActions | None = self._api_facades.get("bulk_actions")
        if facade is None:
            from .bulk_actions import AsyncBulkActions

            facade = AsyncBulkActions(self._api_client, self._api_pager)
            self._api_facades["bulk_actions"] = facade
        return facade

    @property
    def calls(self) -> "AsyncCalls":
        """The `calls` operations."""
        facade: AsyncCalls | None = self._api_facades.get("calls")
        if facade is None:
            from .calls import AsyncCalls

            facade = AsyncCalls(self._api_client, self._api_pager)
            self._api_facades["calls"] = facade
        return facade

    @property
    def comments(self) -> "AsyncComments":
        """The `comments` operations."""
        facade: AsyncComments | None = self._api_facades.get("comments")
        if facade is None:
            from .comments import AsyncComments

            facade = AsyncComments(self._api_client, self._api_pager)
            self._api_facades["comments"] = facade
        return facade

    @property
    def connected_accounts(self) -> "AsyncConnectedAccounts":
        """The `connected_accounts` operations."""
        facade: AsyncConnectedAccounts | None = self._api_facades.get(
            "connected_accounts"
        )
        if facade is None:
            from .connected_accounts import AsyncConnectedAccounts

            facade = AsyncConnectedAccounts(self._api_client, self._api_pager)
            self._api_facades["connected_accounts"] = facade
        return facade

    @property
    def contacts(self) -> "AsyncContacts":
        """The `contacts` operations."""
        facade: AsyncContacts | None = self._api_facades.get("contacts")
        if facade is None:
            from .contacts import AsyncContacts

            facade = AsyncContacts(self._api_client, self._api_pager)
            self._api_facades["contacts"] = facade
        return facade

    @property
    def custom_activities(self) -> "AsyncCustomActivities":
        """The `custom_activities` operations."""
        facade: AsyncCustomActivities | None = self._api_facades.get(
            "custom_activities"
        )
        if facade is None:
            from .custom_activities import AsyncCustomActivities

            facade = AsyncCustomActivities(self._api_client, self._api_pager)
            self._api_facades["custom_activities"] = facade
        return facade

    @property
    def custom_activity_types(self) -> "AsyncCustomActivityTypes":
        """The `custom_activity_types` operations."""
        facade: AsyncCustomActivityTypes | None = self._api_facades.get(
            "custom_activity_types"
        )
        if facade is None:
            from .custom_activity_types import AsyncCustomActivityTypes

            facade = AsyncCustomActivityTypes(self._api_client, self._api_pager)
            self._api_facades["custom_activity_types"] = facade
        return facade

    @property
    def custom_field_schemas(self) -> "AsyncCustomFieldSchemas":
        """The `custom_field_schemas` operations."""
        facade: AsyncCustomFieldSchemas | None = self._api_facades.get(
            "custom_field_schemas"
        )
        if facade is None:
            from .custom_field_schemas import AsyncCustomFieldSchemas

            facade = AsyncCustomFieldSchemas(self._api_client, self._api_pager)
            self._api_facades["custom_field_schemas"] = facade
        return facade

    @property
    def custom_fields(self) -> "AsyncCustomFields":
        """The `custom_fields` operations."""
        facade: AsyncCustomFields | None = self._api_facades.get("custom_fields")
        if facade is None:
            from .custom_fields import AsyncCustomFields

            facade = AsyncCustomFields(self._api_client, self._api_pager)
            self._api_facades["custom_fields"] = facade
        return facade

    @property
    def custom_object_types(self) -> "AsyncCustomObjectTypes":
        """The `custom_object_types` operations."""
        facade: AsyncCustomObjectTypes | None = self._api_facades.get(
            "custom_object_types"
        )
        if facade is None:
            from .custom_object_types import AsyncCustomObjectTypes

            facade = AsyncCustomObjectTypes(self._api_client, self._api_pager)
            self._api_facades["custom_object_types"] = facade
        return facade

    @property
    def custom_objects(self) -> "AsyncCustomObjects":
        """The `custom_objects` operations."""
        facade: AsyncCustomObjects | None = self._api_facades.get("custom_objects")
        if facade is None:
            from .custom_objects import AsyncCustomObjects

            facade = AsyncCustomObjects(self._api_client, self._api_pager)
            self._api_facades["custom_objects"] = facade
        return facade

    @property
    def dialers(self) -> "AsyncDialers":
        """The `dialers` operations."""
        facade: AsyncDialers | None = self._api_facades.get("dialers")
        if facade is None:
            from .dialers import AsyncDialers

            facade = AsyncDialers(self._api_client, self._api_pager)
            self._api_facades["dialers"] = facade
        return facade

    @property
    def email_templates(self) -> "AsyncEmailTemplates":
        """The `email_templates` operations."""
        facade: AsyncEmailTemplates | None = self._api_facades.get("email_templates")
        if facade is None:
            from .email_templates import AsyncEmailTemplates

            facade = AsyncEmailTemplates(self._api_client, self._api_pager)
            self._api_facades["email_templates"] = facade
        return facade

    @property
    def emails(self) -> "AsyncEmails":
        """The `emails` operations."""
        facade: AsyncEmails | None = self._api_facades.get("emails")
        if facade is None:
            from .emails import AsyncEmails

            facade = AsyncEmails(self._api_client, self._api_pager)
            self._api_facades["emails"] = facade
        return facade

    @property
    def events(self) -> "AsyncEvents":
        """The `events` operations."""
        facade: AsyncEvents | None = self._api_facades.get("events")
        if facade is None:
            from .events import AsyncEvents

            facade = AsyncEvents(self._api_client, self._api_pager)
            self._api_facades["events"] = facade
        return facade

    @property
    def exports(self) -> "AsyncExports":
        """The `exports` operations."""
        facade: AsyncExports | None = self._api_facades.get("exports")
        if facade is None:
            from .exports import AsyncExports

            facade = AsyncExports(self._api_client, self._api_pager)
            self._api_facades["exports"] = facade
        return facade

    @property
    def field_enrichment(self) -> "AsyncFieldEnrichmentOperations":
        """The `field_enrichment` operations."""
        facade: AsyncFieldEnrichmentOperations | None = self._api_facades.get(
            "field_enrichment"
        )
        if facade is None:
            from .field_enrichment import AsyncFieldEnrichmentOperations

            facade = AsyncFieldEnrichmentOperations(self._api_client, self._api_pager)
            self._api_facades["field_enrichment"] = facade
        return facade

    @property
    def files(self) -> "AsyncFiles":
        """The `files` operations."""
        facade: AsyncFiles | None = self._api_facades.get("files")
        if facade is None:
            from .files import AsyncFiles

            facade = AsyncFiles(self._api_client, self._api_pager)
            self._api_facades["files"] = facade
        return facade

    @property
    def form_submissions(self) -> "AsyncFormSubmissions":
        """The `form_submissions` operations."""
        facade: AsyncFormSubmissions | None = self._api_facades.get("form_submissions")
        if facade is None:
            from .form_submissions import AsyncFormSubmissions

            facade = AsyncFormSubmissions(self._api_client, self._api_pager)
            self._api_facades["form_submissions"] = facade
        return facade

    @property
    def forms(self) -> "AsyncForms":
        """The `forms` operations."""
        facade: AsyncForms | None = self._api_facades.get("forms")
        if facade is None:
            from .forms import AsyncForms

            facade = AsyncForms(self._api_client, self._api_pager)
            self._api_facades["forms"] = facade
        return facade

    @property
    def groups(self) -> "AsyncGroups":
        """The `groups` operations."""
        facade: AsyncGroups | None = self._api_facades.get("groups")
        if facade is None:
            from .groups import AsyncGroups

            facade = AsyncGroups(self._api_client, self._api_pager)
            self._api_facades["groups"] = facade
        return facade

    @property
    def integration_links(self) -> "AsyncIntegrationLinks":
        """The `integration_links` operations."""
        facade: AsyncIntegrationLinks | None = self._api_facades.get(
            "integration_links"
        )
        if facade is None:
            from .integration_links import AsyncIntegrationLinks

            facade = AsyncIntegrationLinks(self._api_client, self._api_pager)
            self._api_facades["integration_links"] = facade
        return facade

    @property
    def lead_history(self) -> "AsyncLeadHistory":
        """The `lead_history` operations."""
        facade: AsyncLeadHistory | None = self._api_facades.get("lead_history")
        if facade is None:
            from .lead_history import AsyncLeadHistory

            facade = AsyncLeadHistory(self._api_client, self._api_pager)
            self._api_facades["lead_history"] = facade
        return facade

    @property
    def lead_statuses(self) -> "AsyncLeadStatuses":
        """The `lead_statuses` operations."""
        facade: AsyncLeadStatuses | None = self._api_facades.get("lead_statuses")
        if facade is None:
            from .lead_statuses import AsyncLeadStatuses

            facade = AsyncLeadStatuses(self._api_client, self._api_pager)
            self._api_facades["lead_statuses"] = facade
        return facade

    @property
    def leads(self) -> "AsyncLeads":
        """The `leads` operations."""
        facade: AsyncLeads | None = self._api_facades.get("leads")
        if facade is None:
            from .leads import AsyncLeads

            facade = AsyncLeads(self._api_client, self._api_pager)
            self._api_facades["leads"] = facade
        return facade

    @property
    def meetings(self) -> "AsyncMeetings":
        """The `meetings` operations."""
        facade: AsyncMeetings | None = self._api_facades.get("meetings")
        if facade is None:
            from .meetings import AsyncMeetings

            facade = AsyncMeetings(self._api_client, self._api_pager)
            self._api_facades["meetings"] = facade
        return facade

    @property
    def memberships(self) -> "AsyncMemberships":
        """The `memberships` operations."""
        facade: AsyncMemberships | None = self._api_facades.get("memberships")
        if facade is None:
            from .memberships import AsyncMemberships

            facade = AsyncMemberships(self._api_client, self._api_pager)
            self._api_facades["memberships"] = facade
        return facade

    @property
    def notes(self) -> "AsyncNotes":
        """The `notes` operations."""
        facade: AsyncNotes | None = self._api_facades.get("notes")
        if facade is None:
            from .notes import AsyncNotes

            facade = AsyncNotes(self._api_client, self._api_pager)
            self._api_facades["notes"] = facade
        return facade

    @property
    def opportunities(self) -> "AsyncOpportunities":
        """The `opportunities` operations."""
        facade: AsyncOpportunities | None = self._api_facades.get("opportunities")
        if facade is None:
            from .opportunities import AsyncOpportunities

            facade = AsyncOpportunities(self._api_client, self._api_pager)
            self._api_facades["opportunities"] = facade
        return facade

    @property
    def opportunity_statuses(self) -> "AsyncOpportunityStatuses":
        """The `opportunity_statuses` operations."""
        facade: AsyncOpportunityStatuses | None = self._api_facades.get(
            "opportunity_statuses"
        )
        if facade is None:
            from .opportunity_statuses import AsyncOpportunityStatuses

            facade = AsyncOpportunityStatuses(self._api_client, self._api_pager)
            self._api_facades["opportunity_statuses"] = facade
        return facade

    @property
    def organizations(self) -> "AsyncOrganizations":
        """The `organizations` operations."""
        facade: AsyncOrganizations | None = self._api_facades.get("organizations")
        if facade is None:
            from .organizations import AsyncOrganizations

            facade = AsyncOrganizations(self._api_client, self._api_pager)
            self._api_facades["organizations"] = facade
        return facade

    @property
    def outcomes(self) -> "AsyncOutcomes":
        """The `outcomes` operations."""
        facade: AsyncOutcomes | None = self._api_facades.get("outcomes")
        if facade is None:
            from .outcomes import AsyncOutcomes

            facade = AsyncOutcomes(self._api_client, self._api_pager)
            self._api_facades["outcomes"] = facade
        return facade

    @property
    def phone_numbers(self) -> "AsyncPhoneNumbers":
        """The `phone_numbers` operations."""
        facade: AsyncPhoneNumbers | None = self._api_facades.get("phone_numbers")
        if facade is None:
            from .phone_numbers import AsyncPhoneNumbers

            facade = AsyncPhoneNumbers(self._api_client, self._api_pager)
            self._api_facades["phone_numbers"] = facade
        return facade

    @property
    def pipelines(self) -> "AsyncPipelines":
        """The `pipelines` operations."""
        facade: AsyncPipelines | None = self._api_facades.get("pipelines")
        if facade is None:
            from .pipelines import AsyncPipelines

            facade = AsyncPipelines(self._api_client, self._api_pager)
            self._api_facades["pipelines"] = facade
        return facade

    @property
    def playbooks(self) -> "AsyncPlaybooks":
        """The `playbooks` operations."""
        facade: AsyncPlaybooks | None = self._api_facades.get("playbooks")
        if facade is None:
            from .playbooks import AsyncPlaybooks

            facade = AsyncPlaybooks(self._api_client, self._api_pager)
            self._api_facades["playbooks"] = facade
        return facade

    @property
    def reporting(self) -> "AsyncReporting":
        """The `reporting` operations."""
        facade: AsyncReporting | None = self._api_facades.get("reporting")
        if facade is None:
            from .reporting import AsyncReporting

            facade = AsyncReporting(self._api_client, self._api_pager)
            self._api_facades["reporting"] = facade
        return facade

    @property
    def roles(self) -> "AsyncRoles":
        """The `roles` operations."""
        facade: AsyncRoles | None = self._api_facades.get("roles")
        if facade is None:
            from .roles import AsyncRoles

            facade = AsyncRoles(self._api_client, self._api_pager)
            self._api_facades["roles"] = facade
        return facade

    @property
    def scheduling_links(self) -> "AsyncSchedulingLinks":
        """The `scheduling_links` operations."""
        facade: AsyncSchedulingLinks | None = self._api_facades.get("scheduling_links")
        if facade is None:
            from .scheduling_links import AsyncSchedulingLinks

            facade = AsyncSchedulingLinks(self._api_client, self._api_pager)
            self._api_facades["scheduling_links"] = facade
        return facade

    @property
    def send_as(self) -> "AsyncSendAsOperations":
        """The `send_as` operations."""
        facade: AsyncSendAsOperations | None = self._api_facades.get("send_as")
        if facade is None:
            from .send_as import AsyncSendAsOperations

            facade = AsyncSendAsOperations(self._api_client, self._api_pager)
            self._api_facades["send_as"] = facade
        return facade

    @property
    def sequences(self) -> "AsyncSequences":
        """The `sequences` operations."""
        facade: AsyncSequences | None = self._api_facades.get("sequences")
        if facade is None:
            from .sequences import AsyncSequences

            facade = AsyncSequences(self._api_client, self._api_pager)
            self._api_facades["sequences"] = facade
        return facade

    @property
    def shared_custom_field_associations(self) -> "AsyncSharedCustomFieldAssociations":
        """The `shared_custom_field_associations` operations."""
        facade: AsyncSharedCustomFieldAssociations | None = self._api_facades.get(
            "shared_custom_field_associations"
        )
        if facade is None:
            from .shared_custom_field_associations import (
                AsyncSharedCustomFieldAssociations,
            )

            facade = AsyncSharedCustomFieldAssociations(
                self._api_client, self._api_pager
            )
            self._api_facades["shared_custom_field_associations"] = facade
        return facade

    @property
    def smart_views(self) -> "AsyncSmartViews":
        """The `smart_views` operations."""
        facade: AsyncSmartViews | None = self._api_facades.get("smart_views")
        if facade is None:
            from .smart_views import AsyncSmartViews

            facade = AsyncSmartViews(self._api_client, self._api_pager)
            self._api_facades["smart_views"] = facade
        return facade

    @property
    def sms(self) -> "AsyncSms":
        """The `sms` operations."""
        facade: AsyncSms | None = self._api_facades.get("sms")
        if facade is None:
            from .sms import AsyncSms

            facade = AsyncSms(self._api_client, self._api_pager)
            self._api_facades["sms"] = facade
        return facade

    @property
    def sms_templates(self) -> "AsyncSmsTemplates":
        """The `sms_templates` operations."""
        facade: AsyncSmsTemplates | None = self._api_facades.get("sms_templates")
        if facade is None:
            from .sms_templates import AsyncSmsTemplates

            facade = AsyncSmsTemplates(self._api_client, self._api_pager)
            self._api_facades["sms_templates"] = facade
        return facade

    @property
    def status_changes(self) -> "AsyncStatusChanges":
        """The `status_changes` operations."""
        facade: AsyncStatusChanges | None = self._api_facades.get("status_changes")
        if facade is None:
            from .status_changes import AsyncStatusChanges

            facade = AsyncStatusChanges(self._api_client, self._api_pager)
            self._api_facades["status_changes"] = facade
        return facade

    @property
    def task_completed_activities(self) -> "AsyncTaskCompletedActivities":
        """The `task_completed_activities` operations."""
        facade: AsyncTaskCompletedActivities | None = self._api_facades.get(
            "task_completed_activities"
        )
        if facade is None:
            from .task_completed_activities import AsyncTaskCompletedActivities

            facade = AsyncTaskCompletedActivities(self._api_client, self._api_pager)
            self._api_facades["task_completed_activities"] = facade
        return facade

    @property
    def tasks(self) -> "AsyncTasks":
        """The `tasks` operations."""
        facade: AsyncTasks | None = self._api_facades.get("tasks")
        if facade is None:
            from .tasks import AsyncTasks

            facade = AsyncTasks(self._api_client, self._api_pager)
            self._api_facades["tasks"] = facade
        return facade

    @property
    def unsubscribed_emails(self) -> "AsyncUnsubscribedEmails":
        """The `unsubscribed_emails` operations."""
        facade: AsyncUnsubscribedEmails | None = self._api_facades.get(
            "unsubscribed_emails"
        )
        if facade is None:
            from .unsubscribed_emails import AsyncUnsubscribedEmails

            facade = AsyncUnsubscribedEmails(self._api_client, self._api_pager)
            self._api_facades["unsubscribed_emails"] = facade
        return facade

    @property
    def users(self) -> "AsyncUsers":
        """The `users` operations."""
        facade: AsyncUsers | None = self._api_facades.get("users")
        if facade is None:
            from .users import AsyncUsers

            facade = AsyncUsers(self._api_client, self._api_pager)
            self._api_facades["users"] = facade
        return facade

    @property
    def webhooks(self) -> "AsyncWebhooks":
        """The `webhooks` operations."""
        facade: AsyncWebhooks | None = self._api_facades.get("webhooks")
        if facade is None:
            from .webhooks import AsyncWebhooks

            facade = AsyncWebhooks(self._api_client, self._api_pager)
            self._api_facades["webhooks"] = facade
        return facade

    @property
    def whatsapp(self) -> "AsyncWhatsapp":
        """The `whatsapp` operations."""
        facade: AsyncWhatsapp | None = self._api_facades.get("whatsapp")
        if facade is None:
            from .whatsapp import AsyncWhatsapp

            facade = AsyncWhatsapp(self._api_client, self._api_pager)
            self._api_facades["whatsapp"] = facade
        return facade
