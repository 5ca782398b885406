"""Operations tagged `users`, and their typed facade (`Users`, `AsyncUsers`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_users_order_by import ListUsersOrderBy, check_list_users_order_by
from ...models.me import Me
from ...models.rate_limited_body import RateLimitedBody
from ...models.user import User
from ...models.user_availability import UserAvailability
from ...models.user_availability_list import UserAvailabilityList
from ...models.user_list import UserList
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_me, get_user, list_user_availability, list_users

__all__ = ["AsyncUsers", "Users"]


class Users:
    """The `users` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get_me(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> Me:
        """Get the current user (`GET /me/`)."""
        return get_me.sync(
            fields=fields,
            client=self._client,
        )

    def get(
        self,
        user_id: str,
    ) -> User:
        """Get a user (`GET /user/{user_id}/`)."""
        return get_user.sync(
            user_id=user_id,
            client=self._client,
        )

    def list_user_availability(
        self,
        *,
        organization_id: str | Unset = UNSET,
    ) -> UserAvailabilityList:
        """List the members' availability (`GET /user/availability/`)."""
        return list_user_availability.sync(
            organization_id=organization_id,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        order_by: ListUsersOrderBy | Unset = UNSET,
    ) -> UserList:
        """List users (`GET /user/`)."""
        return list_users.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            order_by=order_by,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        order_by: ListUsersOrderBy | Unset = UNSET,
    ) -> Iterable[User]:
        """Every item of `GET /user/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_users.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[User], bool]:
            page = list_users.sync(
                fields=fields,
                order_by=order_by,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_users.MAX_LIMIT, page_size)


class AsyncUsers:
    """The asyncio twin of `Users`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get_me(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> Me:
        """Get the current user (`GET /me/`)."""
        return await get_me.asyncio(
            fields=fields,
            client=self._client,
        )

    async def get(
        self,
        user_id: str,
    ) -> User:
        """Get a user (`GET /user/{user_id}/`)."""
        return await get_user.asyncio(
            user_id=user_id,
            client=self._client,
        )

    async def list_user_availability(
        self,
        *,
        organization_id: str | Unset = UNSET,
    ) -> UserAvailabilityList:
        """List the members' availability (`GET /user/availability/`)."""
        return await list_user_availability.asyncio(
            organization_id=organization_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        order_by: ListUsersOrderBy | Unset = UNSET,
    ) -> UserList:
        """List users (`GET /user/`)."""
        return await list_users.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            order_by=order_by,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        order_by: ListUsersOrderBy | Unset = UNSET,
    ) -> AsyncIterable[User]:
        """Every item of `GET /user/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_users.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[User], bool]:
            page = await list_users.asyncio(
                fields=fields,
                order_by=order_by,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_users.MAX_LIMIT, page_size)
