"""Operations tagged `roles`, and their typed facade (`Roles`, `AsyncRoles`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.role import Role
from ...models.role_create import RoleCreate
from ...models.role_list import RoleList
from ...models.role_update import RoleUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_role, delete_role, get_role, list_roles, update_role

__all__ = ["AsyncRoles", "Roles"]


class Roles:
    """The `roles` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: RoleCreate,
    ) -> Role:
        """Create a role (`POST /role/`)."""
        return create_role.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        role_id: str,
    ) -> EmptyObject:
        """Delete a role (`DELETE /role/{role_id}/`)."""
        return delete_role.sync(
            role_id=role_id,
            client=self._client,
        )

    def get(
        self,
        role_id: str,
    ) -> Role:
        """Get a role (`GET /role/{role_id}/`)."""
        return get_role.sync(
            role_id=role_id,
            client=self._client,
        )

    def list(
        self,
    ) -> RoleList:
        """List roles (`GET /role/`)."""
        return list_roles.sync(
            client=self._client,
        )

    def update(
        self,
        role_id: str,
        *,
        body: RoleUpdate,
    ) -> Role:
        """Update a role (`PUT /role/{role_id}/`)."""
        return update_role.sync(
            role_id=role_id,
            body=body,
            client=self._client,
        )


class AsyncRoles:
    """The asyncio twin of `Roles`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: RoleCreate,
    ) -> Role:
        """Create a role (`POST /role/`)."""
        return await create_role.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        role_id: str,
    ) -> EmptyObject:
        """Delete a role (`DELETE /role/{role_id}/`)."""
        return await delete_role.asyncio(
            role_id=role_id,
            client=self._client,
        )

    async def get(
        self,
        role_id: str,
    ) -> Role:
        """Get a role (`GET /role/{role_id}/`)."""
        return await get_role.asyncio(
            role_id=role_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> RoleList:
        """List roles (`GET /role/`)."""
        return await list_roles.asyncio(
            client=self._client,
        )

    async def update(
        self,
        role_id: str,
        *,
        body: RoleUpdate,
    ) -> Role:
        """Update a role (`PUT /role/{role_id}/`)."""
        return await update_role.asyncio(
            role_id=role_id,
            body=body,
            client=self._client,
        )
