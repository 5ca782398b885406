"""Operations tagged `groups`, and their typed facade (`Groups`, `AsyncGroups`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.group import Group
from ...models.group_create import GroupCreate
from ...models.group_list import GroupList
from ...models.group_member import GroupMember
from ...models.group_member_create import GroupMemberCreate
from ...models.group_update import GroupUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    add_group_member,
    create_group,
    delete_group,
    get_group,
    list_groups,
    remove_group_member,
    update_group,
)

__all__ = ["AsyncGroups", "Groups"]


class Groups:
    """The `groups` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def add_group_member(
        self,
        group_id: str,
        *,
        body: GroupMemberCreate,
    ) -> GroupMember:
        """Add a member to a group (`POST /group/{group_id}/member/`)."""
        return add_group_member.sync(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def create(
        self,
        *,
        body: GroupCreate,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Create a group (`POST /group/`)."""
        return create_group.sync(
            body=body,
            fields=fields,
            client=self._client,
        )

    def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a group (`DELETE /group/{group_id}/`)."""
        return delete_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def get(
        self,
        group_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Get a group (`GET /group/{group_id}/`)."""
        return get_group.sync(
            group_id=group_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> GroupList:
        """List groups (`GET /group/`)."""
        return list_groups.sync(
            fields=fields,
            client=self._client,
        )

    def remove_group_member(
        self,
        group_id: str,
        user_id: str,
    ) -> None:
        """Remove a member from a group (`DELETE /group/{group_id}/member/{user_id}/`)."""
        return remove_group_member.sync(
            group_id=group_id,
            user_id=user_id,
            client=self._client,
        )

    def update(
        self,
        group_id: str,
        *,
        body: GroupUpdate,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Rename a group (`PUT /group/{group_id}/`)."""
        return update_group.sync(
            group_id=group_id,
            body=body,
            fields=fields,
            client=self._client,
        )


class AsyncGroups:
    """The asyncio twin of `Groups`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def add_group_member(
        self,
        group_id: str,
        *,
        body: GroupMemberCreate,
    ) -> GroupMember:
        """Add a member to a group (`POST /group/{group_id}/member/`)."""
        return await add_group_member.asyncio(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: GroupCreate,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Create a group (`POST /group/`)."""
        return await create_group.asyncio(
            body=body,
            fields=fields,
            client=self._client,
        )

    async def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a group (`DELETE /group/{group_id}/`)."""
        return await delete_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def get(
        self,
        group_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Get a group (`GET /group/{group_id}/`)."""
        return await get_group.asyncio(
            group_id=group_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> GroupList:
        """List groups (`GET /group/`)."""
        return await list_groups.asyncio(
            fields=fields,
            client=self._client,
        )

    async def remove_group_member(
        self,
        group_id: str,
        user_id: str,
    ) -> None:
        """Remove a member from a group (`DELETE /group/{group_id}/member/{user_id}/`)."""
        return await remove_group_member.asyncio(
            group_id=group_id,
            user_id=user_id,
            client=self._client,
        )

    async def update(
        self,
        group_id: str,
        *,
        body: GroupUpdate,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Rename a group (`PUT /group/{group_id}/`)."""
        return await update_group.asyncio(
            group_id=group_id,
            body=body,
            fields=fields,
            client=self._client,
        )
