"""Operations tagged `connected_accounts`, and their typed facade (`ConnectedAccounts`, `AsyncConnectedAccounts`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.connected_account import ConnectedAccount
from ...models.connected_account_list import ConnectedAccountList
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_connected_account, list_connected_accounts

__all__ = ["AsyncConnectedAccounts", "ConnectedAccounts"]


class ConnectedAccounts:
    """The `connected_accounts` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get(
        self,
        connected_account_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ConnectedAccount:
        """Get a connected account (`GET /connected_account/{connected_account_id}/`)."""
        return get_connected_account.sync(
            connected_account_id=connected_account_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> ConnectedAccountList:
        """List connected accounts (`GET /connected_account/`)."""
        return list_connected_accounts.sync(
            fields=fields,
            user_id=user_id,
            client=self._client,
        )


class AsyncConnectedAccounts:
    """The asyncio twin of `ConnectedAccounts`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get(
        self,
        connected_account_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ConnectedAccount:
        """Get a connected account (`GET /connected_account/{connected_account_id}/`)."""
        return await get_connected_account.asyncio(
            connected_account_id=connected_account_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> ConnectedAccountList:
        """List connected accounts (`GET /connected_account/`)."""
        return await list_connected_accounts.asyncio(
            fields=fields,
            user_id=user_id,
            client=self._client,
        )
