"""Operations tagged `leads`, and their typed facade (`Leads`, `AsyncLeads`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...models.lead_list import LeadList
from ...models.lead_merge import LeadMerge
from ...models.lead_update import LeadUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_lead, delete_lead, get_lead, list_leads, merge_leads, update_lead

__all__ = ["AsyncLeads", "Leads"]


class Leads:
    """The `leads` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: LeadCreate,
    ) -> Lead:
        """Create a lead (`POST /lead/`)."""
        return create_lead.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        lead_id: str,
    ) -> EmptyObject:
        """Delete a lead (`DELETE /lead/{lead_id}/`)."""
        return delete_lead.sync(
            lead_id=lead_id,
            client=self._client,
        )

    def get(
        self,
        lead_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Lead:
        """Get a lead (`GET /lead/{lead_id}/`)."""
        return get_lead.sync(
            lead_id=lead_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> LeadList:
        """List leads (`GET /lead/`)."""
        return list_leads.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            query=query,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> Iterable[Lead]:
        """Every item of `GET /lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_leads.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Lead], bool]:
            page = list_leads.sync(
                fields=fields,
                query=query,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_leads.MAX_LIMIT, page_size)

    def merge(
        self,
        *,
        body: LeadMerge,
    ) -> Lead:
        """Merge two leads (`POST /lead/merge/`)."""
        return merge_leads.sync(
            body=body,
            client=self._client,
        )

    def update(
        self,
        lead_id: str,
        *,
        body: LeadUpdate,
    ) -> Lead:
        """Update a lead (`PUT /lead/{lead_id}/`)."""
        return update_lead.sync(
            lead_id=lead_id,
            body=body,
            client=self._client,
        )


class AsyncLeads:
    """The asyncio twin of `Leads`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: LeadCreate,
    ) -> Lead:
        """Create a lead (`POST /lead/`)."""
        return await create_lead.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        lead_id: str,
    ) -> EmptyObject:
        """Delete a lead (`DELETE /lead/{lead_id}/`)."""
        return await delete_lead.asyncio(
            lead_id=lead_id,
            client=self._client,
        )

    async def get(
        self,
        lead_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Lead:
        """Get a lead (`GET /lead/{lead_id}/`)."""
        return await get_lead.asyncio(
            lead_id=lead_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> LeadList:
        """List leads (`GET /lead/`)."""
        return await list_leads.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            query=query,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> AsyncIterable[Lead]:
        """Every item of `GET /lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_leads.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Lead], bool]:
            page = await list_leads.asyncio(
                fields=fields,
                query=query,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_leads.MAX_LIMIT, page_size)

    async def merge(
        self,
        *,
        body: LeadMerge,
    ) -> Lead:
        """Merge two leads (`POST /lead/merge/`)."""
        return await merge_leads.asyncio(
            body=body,
            client=self._client,
        )

    async def update(
        self,
        lead_id: str,
        *,
        body: LeadUpdate,
    ) -> Lead:
        """Update a lead (`PUT /lead/{lead_id}/`)."""
        return await update_lead.asyncio(
            lead_id=lead_id,
            body=body,
            client=self._client,
        )
