"""Operations tagged `opportunities`, and their typed facade (`Opportunities`, `AsyncOpportunities`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.list_opportunities_group_by import (
    ListOpportunitiesGroupBy,
    check_list_opportunities_group_by,
)
from ...models.list_opportunities_status_type import (
    ListOpportunitiesStatusType,
    check_list_opportunities_status_type,
)
from ...models.list_opportunities_value_period import (
    ListOpportunitiesValuePeriod,
    check_list_opportunities_value_period,
)
from ...models.opportunity import Opportunity
from ...models.opportunity_create import OpportunityCreate
from ...models.opportunity_group import OpportunityGroup
from ...models.opportunity_list import OpportunityList
from ...models.opportunity_update import OpportunityUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_opportunity,
    delete_opportunity,
    get_opportunity,
    list_opportunities,
    update_opportunity,
)

__all__ = ["AsyncOpportunities", "Opportunities"]


class Opportunities:
    """The `opportunities` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: OpportunityCreate,
    ) -> Opportunity:
        """Create an opportunity (`POST /opportunity/`)."""
        return create_opportunity.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        opportunity_id: str,
    ) -> EmptyObject:
        """Delete an opportunity (`DELETE /opportunity/{opportunity_id}/`)."""
        return delete_opportunity.sync(
            opportunity_id=opportunity_id,
            client=self._client,
        )

    def get(
        self,
        opportunity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Opportunity:
        """Get an opportunity (`GET /opportunity/{opportunity_id}/`)."""
        return get_opportunity.sync(
            opportunity_id=opportunity_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status_type: ListOpportunitiesStatusType | Unset = UNSET,
        value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
        lead_saved_search_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        status_id_in: str | Unset = UNSET,
        status_type_in: str | Unset = UNSET,
        status_label: str | Unset = UNSET,
        status_label_in: str | Unset = UNSET,
        value_period_in: str | Unset = UNSET,
        date_created: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: str | Unset = UNSET,
        group_by: ListOpportunitiesGroupBy | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        lead_query: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_stalled: str | Unset = UNSET,
    ) -> OpportunityList:
        """List opportunities (`GET /opportunity/`)."""
        return list_opportunities.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            user_id=user_id,
            status_id=status_id,
            status_type=status_type,
            value_period=value_period,
            lead_saved_search_id=lead_saved_search_id,
            user_id_in=user_id_in,
            status_id_in=status_id_in,
            status_type_in=status_type_in,
            status_label=status_label,
            status_label_in=status_label_in,
            value_period_in=value_period_in,
            date_created=date_created,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated=date_updated,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_won=date_won,
            date_won_gt=date_won_gt,
            date_won_gte=date_won_gte,
            date_won_lt=date_won_lt,
            date_won_lte=date_won_lte,
            order_by=order_by,
            group_by=group_by,
            organization_id=organization_id,
            status=status,
            status_in=status_in,
            lead_query=lead_query,
            query=query,
            is_stalled=is_stalled,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status_type: ListOpportunitiesStatusType | Unset = UNSET,
        value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
        lead_saved_search_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        status_id_in: str | Unset = UNSET,
        status_type_in: str | Unset = UNSET,
        status_label: str | Unset = UNSET,
        status_label_in: str | Unset = UNSET,
        value_period_in: str | Unset = UNSET,
        date_created: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        lead_query: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_stalled: str | Unset = UNSET,
    ) -> Iterable[Opportunity]:
        """Every item of `GET /opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunities.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Opportunity], bool]:
            page = list_opportunities.sync(
                fields=fields,
                lead_id=lead_id,
                user_id=user_id,
                status_id=status_id,
                status_type=status_type,
                value_period=value_period,
                lead_saved_search_id=lead_saved_search_id,
                user_id_in=user_id_in,
                status_id_in=status_id_in,
                status_type_in=status_type_in,
                status_label=status_label,
                status_label_in=status_label_in,
                value_period_in=value_period_in,
                date_created=date_created,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                date_updated=date_updated,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                date_won=date_won,
                date_won_gt=date_won_gt,
                date_won_gte=date_won_gte,
                date_won_lt=date_won_lt,
                date_won_lte=date_won_lte,
                order_by=order_by,
                organization_id=organization_id,
                status=status,
                status_in=status_in,
                lead_query=lead_query,
                query=query,
                is_stalled=is_stalled,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            # Never grouped: `paginate` does not send `_group_by`.
            return [
                entry for entry in page.data if isinstance(entry, Opportunity)
            ], page.has_more

        return self._pager(fetch, list_opportunities.MAX_LIMIT, page_size)

    def update(
        self,
        opportunity_id: str,
        *,
        body: OpportunityUpdate,
    ) -> Opportunity:
        """Update an opportunity (`PUT /opportunity/{opportunity_id}/`)."""
        return update_opportunity.sync(
            opportunity_id=opportunity_id,
            body=body,
            client=self._client,
        )


class AsyncOpportunities:
    """The asyncio twin of `Opportunities`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: OpportunityCreate,
    ) -> Opportunity:
        """Create an opportunity (`POST /opportunity/`)."""
        return await create_opportunity.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        opportunity_id: str,
    ) -> EmptyObject:
        """Delete an opportunity (`DELETE /opportunity/{opportunity_id}/`)."""
        return await delete_opportunity.asyncio(
            opportunity_id=opportunity_id,
            client=self._client,
        )

    async def get(
        self,
        opportunity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Opportunity:
        """Get an opportunity (`GET /opportunity/{opportunity_id}/`)."""
        return await get_opportunity.asyncio(
            opportunity_id=opportunity_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status_type: ListOpportunitiesStatusType | Unset = UNSET,
        value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
        lead_saved_search_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        status_id_in: str | Unset = UNSET,
        status_type_in: str | Unset = UNSET,
        status_label: str | Unset = UNSET,
        status_label_in: str | Unset = UNSET,
        value_period_in: str | Unset = UNSET,
        date_created: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: str | Unset = UNSET,
        group_by: ListOpportunitiesGroupBy | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        lead_query: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_stalled: str | Unset = UNSET,
    ) -> OpportunityList:
        """List opportunities (`GET /opportunity/`)."""
        return await list_opportunities.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            user_id=user_id,
            status_id=status_id,
            status_type=status_type,
            value_period=value_period,
            lead_saved_search_id=lead_saved_search_id,
            user_id_in=user_id_in,
            status_id_in=status_id_in,
            status_type_in=status_type_in,
            status_label=status_label,
            status_label_in=status_label_in,
            value_period_in=value_period_in,
            date_created=date_created,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated=date_updated,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_won=date_won,
            date_won_gt=date_won_gt,
            date_won_gte=date_won_gte,
            date_won_lt=date_won_lt,
            date_won_lte=date_won_lte,
            order_by=order_by,
            group_by=group_by,
            organization_id=organization_id,
            status=status,
            status_in=status_in,
            lead_query=lead_query,
            query=query,
            is_stalled=is_stalled,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status_type: ListOpportunitiesStatusType | Unset = UNSET,
        value_period: ListOpportunitiesValuePeriod | Unset = UNSET,
        lead_saved_search_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        status_id_in: str | Unset = UNSET,
        status_type_in: str | Unset = UNSET,
        status_label: str | Unset = UNSET,
        status_label_in: str | Unset = UNSET,
        value_period_in: str | Unset = UNSET,
        date_created: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_won_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        lead_query: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_stalled: str | Unset = UNSET,
    ) -> AsyncIterable[Opportunity]:
        """Every item of `GET /opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunities.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Opportunity], bool]:
            page = await list_opportunities.asyncio(
                fields=fields,
                lead_id=lead_id,
                user_id=user_id,
                status_id=status_id,
                status_type=status_type,
                value_period=value_period,
                lead_saved_search_id=lead_saved_search_id,
                user_id_in=user_id_in,
                status_id_in=status_id_in,
                status_type_in=status_type_in,
                status_label=status_label,
                status_label_in=status_label_in,
                value_period_in=value_period_in,
                date_created=date_created,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                date_updated=date_updated,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                date_won=date_won,
                date_won_gt=date_won_gt,
                date_won_gte=date_won_gte,
                date_won_lt=date_won_lt,
                date_won_lte=date_won_lte,
                order_by=order_by,
                organization_id=organization_id,
                status=status,
                status_in=status_in,
                lead_query=lead_query,
                query=query,
                is_stalled=is_stalled,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            # Never grouped: `paginate` does not send `_group_by`.
            return [
                entry for entry in page.data if isinstance(entry, Opportunity)
            ], page.has_more

        return self._pager(fetch, list_opportunities.MAX_LIMIT, page_size)

    async def update(
        self,
        opportunity_id: str,
        *,
        body: OpportunityUpdate,
    ) -> Opportunity:
        """Update an opportunity (`PUT /opportunity/{opportunity_id}/`)."""
        return await update_opportunity.asyncio(
            opportunity_id=opportunity_id,
            body=body,
            client=self._client,
        )
