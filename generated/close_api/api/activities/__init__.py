"""Operations tagged `activities`, and their typed facade (`Activities`, `AsyncActivities`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.call import Call
from ...models.created_activity import CreatedActivity
from ...models.custom_activity import CustomActivity
from ...models.email import Email
from ...models.email_thread import EmailThread
from ...models.error_body import ErrorBody
from ...models.form_submission import FormSubmission
from ...models.lead_merge_activity import LeadMergeActivity
from ...models.lead_status_change import LeadStatusChange
from ...models.list_activities_order_by import (
    ListActivitiesOrderBy,
    check_list_activities_order_by,
)
from ...models.list_activities_thread_emails import (
    ListActivitiesThreadEmails,
    check_list_activities_thread_emails,
)
from ...models.meeting import Meeting
from ...models.note import Note
from ...models.opportunity_status_change import OpportunityStatusChange
from ...models.rate_limited_body import RateLimitedBody
from ...models.sms import SMS
from ...models.task_completed_activity import TaskCompletedActivity
from ...models.validation_error_body import ValidationErrorBody
from ...models.whats_app_message import WhatsAppMessage
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import list_activities

__all__ = ["Activities", "AsyncActivities"]


class Activities:
    """The `activities` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        lead_id_in: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        order_by: ListActivitiesOrderBy | Unset = UNSET,
        thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> ActivityList:
        """List activities of every type (`GET /activity/`)."""
        return list_activities.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            lead_id_in=lead_id_in,
            contact_id=contact_id,
            contact_id_in=contact_id_in,
            user_id=user_id,
            user_id_in=user_id_in,
            type_=type_,
            type_in=type_in,
            id_in=id_in,
            order_by=order_by,
            thread_emails=thread_emails,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        lead_id_in: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        order_by: ListActivitiesOrderBy | Unset = UNSET,
        thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[
        Call
        | CreatedActivity
        | CustomActivity
        | Email
        | EmailThread
        | FormSubmission
        | LeadMergeActivity
        | LeadStatusChange
        | Meeting
        | Note
        | OpportunityStatusChange
        | SMS
        | TaskCompletedActivity
        | WhatsAppMessage
    ]:
        """Every item of `GET /activity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_activities.MAX_LIMIT`
        (the default).
        """

        def fetch(
            skip: int, limit: int
        ) -> tuple[
            Sequence[
                Call
                | CreatedActivity
                | CustomActivity
                | Email
                | EmailThread
                | FormSubmission
                | LeadMergeActivity
                | LeadStatusChange
                | Meeting
                | Note
                | OpportunityStatusChange
                | SMS
                | TaskCompletedActivity
                | WhatsAppMessage
            ],
            bool,
        ]:
            page = list_activities.sync(
                fields=fields,
                lead_id=lead_id,
                lead_id_in=lead_id_in,
                contact_id=contact_id,
                contact_id_in=contact_id_in,
                user_id=user_id,
                user_id_in=user_id_in,
                type_=type_,
                type_in=type_in,
                id_in=id_in,
                order_by=order_by,
                thread_emails=thread_emails,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_activities.MAX_LIMIT, page_size)


class AsyncActivities:
    """The asyncio twin of `Activities`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        lead_id_in: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        order_by: ListActivitiesOrderBy | Unset = UNSET,
        thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> ActivityList:
        """List activities of every type (`GET /activity/`)."""
        return await list_activities.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            lead_id_in=lead_id_in,
            contact_id=contact_id,
            contact_id_in=contact_id_in,
            user_id=user_id,
            user_id_in=user_id_in,
            type_=type_,
            type_in=type_in,
            id_in=id_in,
            order_by=order_by,
            thread_emails=thread_emails,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        lead_id_in: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        order_by: ListActivitiesOrderBy | Unset = UNSET,
        thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[
        Call
        | CreatedActivity
        | CustomActivity
        | Email
        | EmailThread
        | FormSubmission
        | LeadMergeActivity
        | LeadStatusChange
        | Meeting
        | Note
        | OpportunityStatusChange
        | SMS
        | TaskCompletedActivity
        | WhatsAppMessage
    ]:
        """Every item of `GET /activity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_activities.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[
            Sequence[
                Call
                | CreatedActivity
                | CustomActivity
                | Email
                | EmailThread
                | FormSubmission
                | LeadMergeActivity
                | LeadStatusChange
                | Meeting
                | Note
                | OpportunityStatusChange
                | SMS
                | TaskCompletedActivity
                | WhatsAppMessage
            ],
            bool,
        ]:
            page = await list_activities.asyncio(
                fields=fields,
                lead_id=lead_id,
                lead_id_in=lead_id_in,
                contact_id=contact_id,
                contact_id_in=contact_id_in,
                user_id=user_id,
                user_id_in=user_id_in,
                type_=type_,
                type_in=type_in,
                id_in=id_in,
                order_by=order_by,
                thread_emails=thread_emails,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_activities.MAX_LIMIT, page_size)
