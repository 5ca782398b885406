"""Operations tagged `scheduling_links`, and their typed facade (`SchedulingLinks`, `AsyncSchedulingLinks`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.scheduling_link import SchedulingLink
from ...models.scheduling_link_create import SchedulingLinkCreate
from ...models.scheduling_link_integration import SchedulingLinkIntegration
from ...models.scheduling_link_list import SchedulingLinkList
from ...models.scheduling_link_update import SchedulingLinkUpdate
from ...models.shared_scheduling_link import SharedSchedulingLink
from ...models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
from ...models.shared_scheduling_link_association_create import (
    SharedSchedulingLinkAssociationCreate,
)
from ...models.shared_scheduling_link_association_delete import (
    SharedSchedulingLinkAssociationDelete,
)
from ...models.shared_scheduling_link_create import SharedSchedulingLinkCreate
from ...models.shared_scheduling_link_list import SharedSchedulingLinkList
from ...models.shared_scheduling_link_update import SharedSchedulingLinkUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_scheduling_link,
    create_scheduling_link_integration,
    create_shared_scheduling_link,
    create_shared_scheduling_link_association,
    delete_scheduling_link,
    delete_scheduling_link_integration,
    delete_shared_scheduling_link,
    get_scheduling_link,
    get_shared_scheduling_link,
    list_scheduling_links,
    list_shared_scheduling_links,
    unmap_shared_scheduling_link,
    update_scheduling_link,
    update_shared_scheduling_link,
)

__all__ = ["AsyncSchedulingLinks", "SchedulingLinks"]


class SchedulingLinks:
    """The `scheduling_links` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: SchedulingLinkCreate,
    ) -> SchedulingLink:
        """Create an user scheduling link (`POST /scheduling_link/`)."""
        return create_scheduling_link.sync(
            body=body,
            client=self._client,
        )

    def create_scheduling_link_integration(
        self,
        *,
        body: SchedulingLinkIntegration,
    ) -> SchedulingLink:
        """Create or update a scheduling link of an OAuth app (`POST /scheduling_link/integration/`)."""
        return create_scheduling_link_integration.sync(
            body=body,
            client=self._client,
        )

    def create_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkCreate,
    ) -> SharedSchedulingLink:
        """Create a shared scheduling link (`POST /shared_scheduling_link/`)."""
        return create_shared_scheduling_link.sync(
            body=body,
            client=self._client,
        )

    def create_shared_scheduling_link_association(
        self,
        *,
        body: SharedSchedulingLinkAssociationCreate,
    ) -> SharedSchedulingLinkAssociation:
        """Map a shared scheduling link (`POST /shared_scheduling_link_association/`)."""
        return create_shared_scheduling_link_association.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        scheduling_link_id: str,
    ) -> None:
        """Delete an user scheduling link (`DELETE /scheduling_link/{scheduling_link_id}/`)."""
        return delete_scheduling_link.sync(
            scheduling_link_id=scheduling_link_id,
            client=self._client,
        )

    def delete_scheduling_link_integration(
        self,
        source_id: str,
    ) -> None:
        """Delete a scheduling link of an OAuth app (`DELETE /scheduling_link/integration/{source_id}/`)."""
        return delete_scheduling_link_integration.sync(
            source_id=source_id,
            client=self._client,
        )

    def delete_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
    ) -> None:
        """Delete a shared scheduling link (`DELETE /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return delete_shared_scheduling_link.sync(
            shared_scheduling_link_id=shared_scheduling_link_id,
            client=self._client,
        )

    def get(
        self,
        scheduling_link_id: str,
    ) -> SchedulingLink:
        """Get an user scheduling link (`GET /scheduling_link/{scheduling_link_id}/`)."""
        return get_scheduling_link.sync(
            scheduling_link_id=scheduling_link_id,
            client=self._client,
        )

    def get_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
    ) -> SharedSchedulingLink:
        """Get a shared scheduling link (`GET /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return get_shared_scheduling_link.sync(
            shared_scheduling_link_id=shared_scheduling_link_id,
            client=self._client,
        )

    def list(
        self,
    ) -> SchedulingLinkList:
        """List user scheduling links (`GET /scheduling_link/`)."""
        return list_scheduling_links.sync(
            client=self._client,
        )

    def list_shared_scheduling_links(
        self,
    ) -> SharedSchedulingLinkList:
        """List shared scheduling links (`GET /shared_scheduling_link/`)."""
        return list_shared_scheduling_links.sync(
            client=self._client,
        )

    def unmap_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkAssociationDelete,
    ) -> EmptyObject:
        """Unmap a shared scheduling link (`POST /shared_scheduling_link_association/unmap/`)."""
        return unmap_shared_scheduling_link.sync(
            body=body,
            client=self._client,
        )

    def update(
        self,
        scheduling_link_id: str,
        *,
        body: SchedulingLinkUpdate,
    ) -> SchedulingLink:
        """Update an user scheduling link (`PUT /scheduling_link/{scheduling_link_id}/`)."""
        return update_scheduling_link.sync(
            scheduling_link_id=scheduling_link_id,
            body=body,
            client=self._client,
        )

    def update_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
        *,
        body: SharedSchedulingLinkUpdate,
    ) -> SharedSchedulingLink:
        """Update a shared scheduling link (`PUT /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return update_shared_scheduling_link.sync(
            shared_scheduling_link_id=shared_scheduling_link_id,
            body=body,
            client=self._client,
        )


class AsyncSchedulingLinks:
    """The asyncio twin of `SchedulingLinks`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: SchedulingLinkCreate,
    ) -> SchedulingLink:
        """Create an user scheduling link (`POST /scheduling_link/`)."""
        return await create_scheduling_link.asyncio(
            body=body,
            client=self._client,
        )

    async def create_scheduling_link_integration(
        self,
        *,
        body: SchedulingLinkIntegration,
    ) -> SchedulingLink:
        """Create or update a scheduling link of an OAuth app (`POST /scheduling_link/integration/`)."""
        return await create_scheduling_link_integration.asyncio(
            body=body,
            client=self._client,
        )

    async def create_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkCreate,
    ) -> SharedSchedulingLink:
        """Create a shared scheduling link (`POST /shared_scheduling_link/`)."""
        return await create_shared_scheduling_link.asyncio(
            body=body,
            client=self._client,
        )

    async def create_shared_scheduling_link_association(
        self,
        *,
        body: SharedSchedulingLinkAssociationCreate,
    ) -> SharedSchedulingLinkAssociation:
        """Map a shared scheduling link (`POST /shared_scheduling_link_association/`)."""
        return await create_shared_scheduling_link_association.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        scheduling_link_id: str,
    ) -> None:
        """Delete an user scheduling link (`DELETE /scheduling_link/{scheduling_link_id}/`)."""
        return await delete_scheduling_link.asyncio(
            scheduling_link_id=scheduling_link_id,
            client=self._client,
        )

    async def delete_scheduling_link_integration(
        self,
        source_id: str,
    ) -> None:
        """Delete a scheduling link of an OAuth app (`DELETE /scheduling_link/integration/{source_id}/`)."""
        return await delete_scheduling_link_integration.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def delete_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
    ) -> None:
        """Delete a shared scheduling link (`DELETE /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return await delete_shared_scheduling_link.asyncio(
            shared_scheduling_link_id=shared_scheduling_link_id,
            client=self._client,
        )

    async def get(
        self,
        scheduling_link_id: str,
    ) -> SchedulingLink:
        """Get an user scheduling link (`GET /scheduling_link/{scheduling_link_id}/`)."""
        return await get_scheduling_link.asyncio(
            scheduling_link_id=scheduling_link_id,
            client=self._client,
        )

    async def get_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
    ) -> SharedSchedulingLink:
        """Get a shared scheduling link (`GET /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return await get_shared_scheduling_link.asyncio(
            shared_scheduling_link_id=shared_scheduling_link_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> SchedulingLinkList:
        """List user scheduling links (`GET /scheduling_link/`)."""
        return await list_scheduling_links.asyncio(
            client=self._client,
        )

    async def list_shared_scheduling_links(
        self,
    ) -> SharedSchedulingLinkList:
        """List shared scheduling links (`GET /shared_scheduling_link/`)."""
        return await list_shared_scheduling_links.asyncio(
            client=self._client,
        )

    async def unmap_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkAssociationDelete,
    ) -> EmptyObject:
        """Unmap a shared scheduling link (`POST /shared_scheduling_link_association/unmap/`)."""
        return await unmap_shared_scheduling_link.asyncio(
            body=body,
            client=self._client,
        )

    async def update(
        self,
        scheduling_link_id: str,
        *,
        body: SchedulingLinkUpdate,
    ) -> SchedulingLink:
        """Update an user scheduling link (`PUT /scheduling_link/{scheduling_link_id}/`)."""
        return await update_scheduling_link.asyncio(
            scheduling_link_id=scheduling_link_id,
            body=body,
            client=self._client,
        )

    async def update_shared_scheduling_link(
        self,
        shared_scheduling_link_id: str,
        *,
        body: SharedSchedulingLinkUpdate,
    ) -> SharedSchedulingLink:
        """Update a shared scheduling link (`PUT /shared_scheduling_link/{shared_scheduling_link_id}/`)."""
        return await update_shared_scheduling_link.asyncio(
            shared_scheduling_link_id=shared_scheduling_link_id,
            body=body,
            client=self._client,
        )
