"""Operations tagged `calls`, and their typed facade (`Calls`, `AsyncCalls`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.call_create import CallCreate
from ...models.call_list import CallList
from ...models.call_update import CallUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_call, delete_call, get_call, list_calls, update_call

__all__ = ["AsyncCalls", "Calls"]


class Calls:
    """The `calls` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CallCreate,
    ) -> Call:
        """Log a call (`POST /activity/call/`)."""
        return create_call.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a call (`DELETE /activity/call/{activity_id}/`)."""
        return delete_call.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Call:
        """Get a call (`GET /activity/call/{activity_id}/`)."""
        return get_call.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> CallList:
        """List calls (`GET /activity/call/`)."""
        return list_calls.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[Call]:
        """Every item of `GET /activity/call/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_calls.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Call], bool]:
            page = list_calls.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_calls.MAX_LIMIT, page_size)

    def update(
        self,
        activity_id: str,
        *,
        body: CallUpdate,
    ) -> Call:
        """Update a call (`PUT /activity/call/{activity_id}/`)."""
        return update_call.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncCalls:
    """The asyncio twin of `Calls`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CallCreate,
    ) -> Call:
        """Log a call (`POST /activity/call/`)."""
        return await create_call.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a call (`DELETE /activity/call/{activity_id}/`)."""
        return await delete_call.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Call:
        """Get a call (`GET /activity/call/{activity_id}/`)."""
        return await get_call.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> CallList:
        """List calls (`GET /activity/call/`)."""
        return await list_calls.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[Call]:
        """Every item of `GET /activity/call/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_calls.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Call], bool]:
            page = await list_calls.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_calls.MAX_LIMIT, page_size)

    async def update(
        self,
        activity_id: str,
        *,
        body: CallUpdate,
    ) -> Call:
        """Update a call (`PUT /activity/call/{activity_id}/`)."""
        return await update_call.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
