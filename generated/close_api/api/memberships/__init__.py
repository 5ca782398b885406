"""Operations tagged `memberships`, and their typed facade (`Memberships`, `AsyncMemberships`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.membership import Membership
from ...models.membership_bulk_update import MembershipBulkUpdate
from ...models.membership_bulk_update_result import MembershipBulkUpdateResult
from ...models.membership_create import MembershipCreate
from ...models.membership_update import MembershipUpdate
from ...models.pinned_views import PinnedViews
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    add_membership,
    bulk_update_memberships,
    get_membership_pinned_views,
    update_membership,
    update_membership_pinned_views,
)

__all__ = ["AsyncMemberships", "Memberships"]


class Memberships:
    """The `memberships` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def add(
        self,
        *,
        body: MembershipCreate,
    ) -> Membership:
        """Add a member to the organization (`POST /membership/`)."""
        return add_membership.sync(
            body=body,
            client=self._client,
        )

    def bulk_update_memberships(
        self,
        *,
        body: MembershipBulkUpdate,
    ) -> MembershipBulkUpdateResult:
        """Update many memberships (`PUT /membership/`)."""
        return bulk_update_memberships.sync(
            body=body,
            client=self._client,
        )

    def get_membership_pinned_views(
        self,
        membership_id: str,
    ) -> PinnedViews:
        """Get a member's pinned views (`GET /membership/{membership_id}/pinned_views/`)."""
        return get_membership_pinned_views.sync(
            membership_id=membership_id,
            client=self._client,
        )

    def update(
        self,
        membership_id: str,
        *,
        body: MembershipUpdate,
    ) -> Membership:
        """Update a membership (`PUT /membership/{membership_id}/`)."""
        return update_membership.sync(
            membership_id=membership_id,
            body=body,
            client=self._client,
        )

    def update_membership_pinned_views(
        self,
        membership_id: str,
        *,
        body: PinnedViews,
    ) -> PinnedViews:
        """Set a member's pinned views (`PUT /membership/{membership_id}/pinned_views/`)."""
        return update_membership_pinned_views.sync(
            membership_id=membership_id,
            body=body,
            client=self._client,
        )


class AsyncMemberships:
    """The asyncio twin of `Memberships`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def add(
        self,
        *,
        body: MembershipCreate,
    ) -> Membership:
        """Add a member to the organization (`POST /membership/`)."""
        return await add_membership.asyncio(
            body=body,
            client=self._client,
        )

    async def bulk_update_memberships(
        self,
        *,
        body: MembershipBulkUpdate,
    ) -> MembershipBulkUpdateResult:
        """Update many memberships (`PUT /membership/`)."""
        return await bulk_update_memberships.asyncio(
            body=body,
            client=self._client,
        )

    async def get_membership_pinned_views(
        self,
        membership_id: str,
    ) -> PinnedViews:
        """Get a member's pinned views (`GET /membership/{membership_id}/pinned_views/`)."""
        return await get_membership_pinned_views.asyncio(
            membership_id=membership_id,
            client=self._client,
        )

    async def update(
        self,
        membership_id: str,
        *,
        body: MembershipUpdate,
    ) -> Membership:
        """Update a membership (`PUT /membership/{membership_id}/`)."""
        return await update_membership.asyncio(
            membership_id=membership_id,
            body=body,
            client=self._client,
        )

    async def update_membership_pinned_views(
        self,
        membership_id: str,
        *,
        body: PinnedViews,
    ) -> PinnedViews:
        """Set a member's pinned views (`PUT /membership/{membership_id}/pinned_views/`)."""
        return await update_membership_pinned_views.asyncio(
            membership_id=membership_id,
            body=body,
            client=self._client,
        )
