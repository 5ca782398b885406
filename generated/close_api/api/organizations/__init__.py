"""Operations tagged `organizations`, and their typed facade (`Organizations`, `AsyncOrganizations`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_organization, update_organization

__all__ = ["AsyncOrganizations", "Organizations"]


class Organizations:
    """The `organizations` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get(
        self,
        organization_id: str,
        *,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Get an organization (`GET /organization/{organization_id}/`)."""
        return get_organization.sync(
            organization_id=organization_id,
            expand=expand,
            client=self._client,
        )

    def update(
        self,
        organization_id: str,
        *,
        body: OrganizationUpdate,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Update the organization (`PUT /organization/{organization_id}/`)."""
        return update_organization.sync(
            organization_id=organization_id,
            body=body,
            expand=expand,
            client=self._client,
        )


class AsyncOrganizations:
    """The asyncio twin of `Organizations`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get(
        self,
        organization_id: str,
        *,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Get an organization (`GET /organization/{organization_id}/`)."""
        return await get_organization.asyncio(
            organization_id=organization_id,
            expand=expand,
            client=self._client,
        )

    async def update(
        self,
        organization_id: str,
        *,
        body: OrganizationUpdate,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Update the organization (`PUT /organization/{organization_id}/`)."""
        return await update_organization.asyncio(
            organization_id=organization_id,
            body=body,
            expand=expand,
            client=self._client,
        )
