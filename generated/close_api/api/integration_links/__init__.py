"""Operations tagged `integration_links`, and their typed facade (`IntegrationLinks`, `AsyncIntegrationLinks`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.integration_link_definition import IntegrationLinkDefinition
from ...models.integration_link_definition_create import IntegrationLinkDefinitionCreate
from ...models.integration_link_definition_list import IntegrationLinkDefinitionList
from ...models.integration_link_definition_update import IntegrationLinkDefinitionUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_integration_link,
    delete_integration_link,
    get_integration_link,
    list_integration_links,
    update_integration_link,
)

__all__ = ["AsyncIntegrationLinks", "IntegrationLinks"]


class IntegrationLinks:
    """The `integration_links` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: IntegrationLinkDefinitionCreate,
    ) -> IntegrationLinkDefinition:
        """Create an integration link (`POST /integration_link/`)."""
        return create_integration_link.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        integration_link_id: str,
    ) -> EmptyObject:
        """Delete an integration link (`DELETE /integration_link/{integration_link_id}/`)."""
        return delete_integration_link.sync(
            integration_link_id=integration_link_id,
            client=self._client,
        )

    def get(
        self,
        integration_link_id: str,
    ) -> IntegrationLinkDefinition:
        """Get an integration link (`GET /integration_link/{integration_link_id}/`)."""
        return get_integration_link.sync(
            integration_link_id=integration_link_id,
            client=self._client,
        )

    def list(
        self,
    ) -> IntegrationLinkDefinitionList:
        """List integration links (`GET /integration_link/`)."""
        return list_integration_links.sync(
            client=self._client,
        )

    def update(
        self,
        integration_link_id: str,
        *,
        body: IntegrationLinkDefinitionUpdate,
    ) -> IntegrationLinkDefinition:
        """Update an integration link (`PUT /integration_link/{integration_link_id}/`)."""
        return update_integration_link.sync(
            integration_link_id=integration_link_id,
            body=body,
            client=self._client,
        )


class AsyncIntegrationLinks:
    """The asyncio twin of `IntegrationLinks`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: IntegrationLinkDefinitionCreate,
    ) -> IntegrationLinkDefinition:
        """Create an integration link (`POST /integration_link/`)."""
        return await create_integration_link.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        integration_link_id: str,
    ) -> EmptyObject:
        """Delete an integration link (`DELETE /integration_link/{integration_link_id}/`)."""
        return await delete_integration_link.asyncio(
            integration_link_id=integration_link_id,
            client=self._client,
        )

    async def get(
        self,
        integration_link_id: str,
    ) -> IntegrationLinkDefinition:
        """Get an integration link (`GET /integration_link/{integration_link_id}/`)."""
        return await get_integration_link.asyncio(
            integration_link_id=integration_link_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> IntegrationLinkDefinitionList:
        """List integration links (`GET /integration_link/`)."""
        return await list_integration_links.asyncio(
            client=self._client,
        )

    async def update(
        self,
        integration_link_id: str,
        *,
        body: IntegrationLinkDefinitionUpdate,
    ) -> IntegrationLinkDefinition:
        """Update an integration link (`PUT /integration_link/{integration_link_id}/`)."""
        return await update_integration_link.asyncio(
            integration_link_id=integration_link_id,
            body=body,
            client=self._client,
        )
