"""Operations tagged `status_changes`, and their typed facade (`StatusChanges`, `AsyncStatusChanges`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.lead_status_change import LeadStatusChange
from ...models.lead_status_change_create import LeadStatusChangeCreate
from ...models.lead_status_change_list import LeadStatusChangeList
from ...models.opportunity_status_change import OpportunityStatusChange
from ...models.opportunity_status_change_create import OpportunityStatusChangeCreate
from ...models.opportunity_status_change_list import OpportunityStatusChangeList
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_lead_status_change,
    create_opportunity_status_change,
    delete_lead_status_change,
    delete_opportunity_status_change,
    get_lead_status_change,
    get_opportunity_status_change,
    list_lead_status_changes,
    list_opportunity_status_changes,
)

__all__ = ["AsyncStatusChanges", "StatusChanges"]


class StatusChanges:
    """The `status_changes` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_lead_status_change(
        self,
        *,
        body: LeadStatusChangeCreate,
    ) -> LeadStatusChange:
        """Record a lead status change (`POST /activity/status_change/lead/`)."""
        return create_lead_status_change.sync(
            body=body,
            client=self._client,
        )

    def create_opportunity_status_change(
        self,
        *,
        body: OpportunityStatusChangeCreate,
    ) -> OpportunityStatusChange:
        """Record an opportunity status change (`POST /activity/status_change/opportunity/`)."""
        return create_opportunity_status_change.sync(
            body=body,
            client=self._client,
        )

    def delete_lead_status_change(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a lead status change (`DELETE /activity/status_change/lead/{activity_id}/`)."""
        return delete_lead_status_change.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def delete_opportunity_status_change(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an opportunity status change (`DELETE /activity/status_change/opportunity/{activity_id}/`)."""
        return delete_opportunity_status_change.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get_lead_status_change(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LeadStatusChange:
        """Get a lead status change (`GET /activity/status_change/lead/{activity_id}/`)."""
        return get_lead_status_change.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def get_opportunity_status_change(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatusChange:
        """Get an opportunity status change (`GET /activity/status_change/opportunity/{activity_id}/`)."""
        return get_opportunity_status_change.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list_lead_status_changes(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> LeadStatusChangeList:
        """List lead status changes (`GET /activity/status_change/lead/`)."""
        return list_lead_status_changes.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
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

    def paginate_lead_status_changes(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[LeadStatusChange]:
        """Every item of `GET /activity/status_change/lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_lead_status_changes.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[LeadStatusChange], bool]:
            page = list_lead_status_changes.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
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

        return self._pager(fetch, list_lead_status_changes.MAX_LIMIT, page_size)

    def list_opportunity_status_changes(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        opportunity_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> OpportunityStatusChangeList:
        """List opportunity status changes (`GET /activity/status_change/opportunity/`)."""
        return list_opportunity_status_changes.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            opportunity_id=opportunity_id,
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

    def paginate_opportunity_status_changes(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        opportunity_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[OpportunityStatusChange]:
        """Every item of `GET /activity/status_change/opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunity_status_changes.MAX_LIMIT`
        (the default).
        """

        def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[OpportunityStatusChange], bool]:
            page = list_opportunity_status_changes.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                opportunity_id=opportunity_id,
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

        return self._pager(fetch, list_opportunity_status_changes.MAX_LIMIT, page_size)


class AsyncStatusChanges:
    """The asyncio twin of `StatusChanges`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_lead_status_change(
        self,
        *,
        body: LeadStatusChangeCreate,
    ) -> LeadStatusChange:
        """Record a lead status change (`POST /activity/status_change/lead/`)."""
        return await create_lead_status_change.asyncio(
            body=body,
            client=self._client,
        )

    async def create_opportunity_status_change(
        self,
        *,
        body: OpportunityStatusChangeCreate,
    ) -> OpportunityStatusChange:
        """Record an opportunity status change (`POST /activity/status_change/opportunity/`)."""
        return await create_opportunity_status_change.asyncio(
            body=body,
            client=self._client,
        )

    async def delete_lead_status_change(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a lead status change (`DELETE /activity/status_change/lead/{activity_id}/`)."""
        return await delete_lead_status_change.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def delete_opportunity_status_change(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an opportunity status change (`DELETE /activity/status_change/opportunity/{activity_id}/`)."""
        return await delete_opportunity_status_change.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get_lead_status_change(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LeadStatusChange:
        """Get a lead status change (`GET /activity/status_change/lead/{activity_id}/`)."""
        return await get_lead_status_change.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def get_opportunity_status_change(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatusChange:
        """Get an opportunity status change (`GET /activity/status_change/opportunity/{activity_id}/`)."""
        return await get_opportunity_status_change.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list_lead_status_changes(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> LeadStatusChangeList:
        """List lead status changes (`GET /activity/status_change/lead/`)."""
        return await list_lead_status_changes.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
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

    def paginate_lead_status_changes(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[LeadStatusChange]:
        """Every item of `GET /activity/status_change/lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_lead_status_changes.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[LeadStatusChange], bool]:
            page = await list_lead_status_changes.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
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

        return self._pager(fetch, list_lead_status_changes.MAX_LIMIT, page_size)

    async def list_opportunity_status_changes(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        opportunity_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> OpportunityStatusChangeList:
        """List opportunity status changes (`GET /activity/status_change/opportunity/`)."""
        return await list_opportunity_status_changes.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            opportunity_id=opportunity_id,
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

    def paginate_opportunity_status_changes(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        opportunity_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[OpportunityStatusChange]:
        """Every item of `GET /activity/status_change/opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunity_status_changes.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[OpportunityStatusChange], bool]:
            page = await list_opportunity_status_changes.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                opportunity_id=opportunity_id,
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

        return self._pager(fetch, list_opportunity_status_changes.MAX_LIMIT, page_size)
