"""Operations tagged `opportunity_statuses`, and their typed facade (`OpportunityStatuses`, `AsyncOpportunityStatuses`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.opportunity_status import OpportunityStatus
from ...models.opportunity_status_create import OpportunityStatusCreate
from ...models.opportunity_status_list import OpportunityStatusList
from ...models.opportunity_status_update import OpportunityStatusUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_opportunity_status,
    delete_opportunity_status,
    list_opportunity_statuses,
    update_opportunity_status,
)

__all__ = ["AsyncOpportunityStatuses", "OpportunityStatuses"]


class OpportunityStatuses:
    """The `opportunity_statuses` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: OpportunityStatusCreate,
    ) -> OpportunityStatus:
        """Create an opportunity status (`POST /status/opportunity/`)."""
        return create_opportunity_status.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        status_id: str,
    ) -> EmptyObject:
        """Delete an opportunity status (`DELETE /status/opportunity/{status_id}/`)."""
        return delete_opportunity_status.sync(
            status_id=status_id,
            client=self._client,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatusList:
        """List opportunity statuses (`GET /status/opportunity/`)."""
        return list_opportunity_statuses.sync(
            fields=fields,
            client=self._client,
        )

    def update(
        self,
        status_id: str,
        *,
        body: OpportunityStatusUpdate,
    ) -> OpportunityStatus:
        """Rename an opportunity status (`PUT /status/opportunity/{status_id}/`)."""
        return update_opportunity_status.sync(
            status_id=status_id,
            body=body,
            client=self._client,
        )


class AsyncOpportunityStatuses:
    """The asyncio twin of `OpportunityStatuses`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: OpportunityStatusCreate,
    ) -> OpportunityStatus:
        """Create an opportunity status (`POST /status/opportunity/`)."""
        return await create_opportunity_status.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        status_id: str,
    ) -> EmptyObject:
        """Delete an opportunity status (`DELETE /status/opportunity/{status_id}/`)."""
        return await delete_opportunity_status.asyncio(
            status_id=status_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatusList:
        """List opportunity statuses (`GET /status/opportunity/`)."""
        return await list_opportunity_statuses.asyncio(
            fields=fields,
            client=self._client,
        )

    async def update(
        self,
        status_id: str,
        *,
        body: OpportunityStatusUpdate,
    ) -> OpportunityStatus:
        """Rename an opportunity status (`PUT /status/opportunity/{status_id}/`)."""
        return await update_opportunity_status.asyncio(
            status_id=status_id,
            body=body,
            client=self._client,
        )
