"""Operations tagged `lead_statuses`, and their typed facade (`LeadStatuses`, `AsyncLeadStatuses`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.lead_status import LeadStatus
from ...models.lead_status_create import LeadStatusCreate
from ...models.lead_status_list import LeadStatusList
from ...models.lead_status_update import LeadStatusUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_lead_status,
    delete_lead_status,
    list_lead_statuses,
    update_lead_status,
)

__all__ = ["AsyncLeadStatuses", "LeadStatuses"]


class LeadStatuses:
    """The `lead_statuses` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: LeadStatusCreate,
    ) -> LeadStatus:
        """Create a lead status (`POST /status/lead/`)."""
        return create_lead_status.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        status_id: str,
    ) -> EmptyObject:
        """Delete a lead status (`DELETE /status/lead/{status_id}/`)."""
        return delete_lead_status.sync(
            status_id=status_id,
            client=self._client,
        )

    def list(
        self,
    ) -> LeadStatusList:
        """List lead statuses (`GET /status/lead/`)."""
        return list_lead_statuses.sync(
            client=self._client,
        )

    def update(
        self,
        status_id: str,
        *,
        body: LeadStatusUpdate,
    ) -> LeadStatus:
        """Update a lead status (`PUT /status/lead/{status_id}/`)."""
        return update_lead_status.sync(
            status_id=status_id,
            body=body,
            client=self._client,
        )


class AsyncLeadStatuses:
    """The asyncio twin of `LeadStatuses`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: LeadStatusCreate,
    ) -> LeadStatus:
        """Create a lead status (`POST /status/lead/`)."""
        return await create_lead_status.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        status_id: str,
    ) -> EmptyObject:
        """Delete a lead status (`DELETE /status/lead/{status_id}/`)."""
        return await delete_lead_status.asyncio(
            status_id=status_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> LeadStatusList:
        """List lead statuses (`GET /status/lead/`)."""
        return await list_lead_statuses.asyncio(
            client=self._client,
        )

    async def update(
        self,
        status_id: str,
        *,
        body: LeadStatusUpdate,
    ) -> LeadStatus:
        """Update a lead status (`PUT /status/lead/{status_id}/`)."""
        return await update_lead_status.asyncio(
            status_id=status_id,
            body=body,
            client=self._client,
        )
