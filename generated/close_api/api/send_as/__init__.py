"""Operations tagged `send_as`, and their typed facade (`SendAsOperations`, `AsyncSendAsOperations`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.send_as import SendAs
from ...models.send_as_bulk_update import SendAsBulkUpdate
from ...models.send_as_create import SendAsCreate
from ...models.send_as_list import SendAsList
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    bulk_update_send_as,
    create_send_as,
    delete_send_as,
    delete_send_as_by_users,
    get_send_as_association,
    list_send_as,
)

__all__ = ["AsyncSendAsOperations", "SendAsOperations"]


class SendAsOperations:
    """The `send_as` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def bulk_update_send_as(
        self,
        *,
        body: SendAsBulkUpdate,
    ) -> SendAsList:
        """Change send-as associations in bulk (`POST /send_as/bulk/`)."""
        return bulk_update_send_as.sync(
            body=body,
            client=self._client,
        )

    def create(
        self,
        *,
        body: SendAsCreate,
    ) -> SendAs:
        """Create a send-as association (`POST /send_as/`)."""
        return create_send_as.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        send_as_id: str,
    ) -> None:
        """Delete a send-as association (`DELETE /send_as/{send_as_id}/`)."""
        return delete_send_as.sync(
            send_as_id=send_as_id,
            client=self._client,
        )

    def delete_send_as_by_users(
        self,
        *,
        allowing_user_id: str,
        allowed_user_id: str,
    ) -> None:
        """Delete a send-as association by its members (`DELETE /send_as/`)."""
        return delete_send_as_by_users.sync(
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
            client=self._client,
        )

    def get_send_as_association(
        self,
        send_as_id: str,
    ) -> SendAs:
        """Get a send-as association (`GET /send_as/{send_as_id}/`)."""
        return get_send_as_association.sync(
            send_as_id=send_as_id,
            client=self._client,
        )

    def list(
        self,
        *,
        allowing_user_id: str | Unset = UNSET,
        allowed_user_id: str | Unset = UNSET,
    ) -> SendAsList:
        """List send-as associations (`GET /send_as/`)."""
        return list_send_as.sync(
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
            client=self._client,
        )


class AsyncSendAsOperations:
    """The asyncio twin of `SendAsOperations`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def bulk_update_send_as(
        self,
        *,
        body: SendAsBulkUpdate,
    ) -> SendAsList:
        """Change send-as associations in bulk (`POST /send_as/bulk/`)."""
        return await bulk_update_send_as.asyncio(
            body=body,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: SendAsCreate,
    ) -> SendAs:
        """Create a send-as association (`POST /send_as/`)."""
        return await create_send_as.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        send_as_id: str,
    ) -> None:
        """Delete a send-as association (`DELETE /send_as/{send_as_id}/`)."""
        return await delete_send_as.asyncio(
            send_as_id=send_as_id,
            client=self._client,
        )

    async def delete_send_as_by_users(
        self,
        *,
        allowing_user_id: str,
        allowed_user_id: str,
    ) -> None:
        """Delete a send-as association by its members (`DELETE /send_as/`)."""
        return await delete_send_as_by_users.asyncio(
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
            client=self._client,
        )

    async def get_send_as_association(
        self,
        send_as_id: str,
    ) -> SendAs:
        """Get a send-as association (`GET /send_as/{send_as_id}/`)."""
        return await get_send_as_association.asyncio(
            send_as_id=send_as_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        allowing_user_id: str | Unset = UNSET,
        allowed_user_id: str | Unset = UNSET,
    ) -> SendAsList:
        """List send-as associations (`GET /send_as/`)."""
        return await list_send_as.asyncio(
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
            client=self._client,
        )
