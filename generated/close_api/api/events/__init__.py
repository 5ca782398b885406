"""Operations tagged `events`, and their typed facade (`Events`, `AsyncEvents`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.event import Event
from ...models.event_list import EventList
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_event, list_events

__all__ = ["AsyncEvents", "Events"]


class Events:
    """The `events` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get(
        self,
        event_id: str,
    ) -> Event:
        """Get an event (`GET /event/{event_id}/`)."""
        return get_event.sync(
            event_id=event_id,
            client=self._client,
        )

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        object_type: str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> EventList:
        """List events (`GET /event/`)."""
        return list_events.sync(
            cursor=cursor,
            limit=limit,
            object_type=object_type,
            object_id=object_id,
            action=action,
            lead_id=lead_id,
            user_id=user_id,
            request_id=request_id,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        object_type: str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[Event]:
        """Every item of `GET /event/`, following `cursor_next` page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_events.MAX_LIMIT`
        (the default).
        """

        def fetch(cursor: str | None, limit: int) -> tuple[Sequence[Event], str | None]:
            page = list_events.sync(
                object_type=object_type,
                object_id=object_id,
                action=action,
                lead_id=lead_id,
                user_id=user_id,
                request_id=request_id,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                client=self._client,
                cursor=UNSET if cursor is None else cursor,
                limit=limit,
            )
            return page.data, page.cursor_next

        return self._pager.cursor(fetch, list_events.MAX_LIMIT, page_size)


class AsyncEvents:
    """The asyncio twin of `Events`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get(
        self,
        event_id: str,
    ) -> Event:
        """Get an event (`GET /event/{event_id}/`)."""
        return await get_event.asyncio(
            event_id=event_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        object_type: str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> EventList:
        """List events (`GET /event/`)."""
        return await list_events.asyncio(
            cursor=cursor,
            limit=limit,
            object_type=object_type,
            object_id=object_id,
            action=action,
            lead_id=lead_id,
            user_id=user_id,
            request_id=request_id,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        object_type: str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[Event]:
        """Every item of `GET /event/`, following `cursor_next` page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_events.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            cursor: str | None, limit: int
        ) -> tuple[Sequence[Event], str | None]:
            page = await list_events.asyncio(
                object_type=object_type,
                object_id=object_id,
                action=action,
                lead_id=lead_id,
                user_id=user_id,
                request_id=request_id,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                client=self._client,
                cursor=UNSET if cursor is None else cursor,
                limit=limit,
            )
            return page.data, page.cursor_next

        return self._pager.cursor(fetch, list_events.MAX_LIMIT, page_size)
