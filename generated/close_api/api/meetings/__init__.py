"""Operations tagged `meetings`, and their typed facade (`Meetings`, `AsyncMeetings`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.meeting import Meeting
from ...models.meeting_integration import MeetingIntegration
from ...models.meeting_list import MeetingList
from ...models.meeting_update import MeetingUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_meeting_integration,
    delete_meeting,
    get_meeting,
    list_meetings,
    update_meeting,
)

__all__ = ["AsyncMeetings", "Meetings"]


class Meetings:
    """The `meetings` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_meeting_integration(
        self,
        activity_id: str,
        *,
        body: MeetingIntegration,
    ) -> EmptyObject:
        """Create or update a meeting's third-party integration (`POST /activity/meeting/{activity_id}/integration/`)."""
        return create_meeting_integration.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a meeting (`DELETE /activity/meeting/{activity_id}/`)."""
        return delete_meeting.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Meeting:
        """Get a meeting (`GET /activity/meeting/{activity_id}/`)."""
        return get_meeting.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        provider_calendar_event_id: str | Unset = UNSET,
        provider_calendar_id: str | Unset = UNSET,
        provider_calendar_type: str | Unset = UNSET,
        starts_at: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
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
    ) -> MeetingList:
        """List meetings (`GET /activity/meeting/`)."""
        return list_meetings.sync(
            limit=limit,
            provider_calendar_event_id=provider_calendar_event_id,
            provider_calendar_id=provider_calendar_id,
            provider_calendar_type=provider_calendar_type,
            starts_at=starts_at,
            starts_at_gte=starts_at_gte,
            starts_at_lt=starts_at_lt,
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
        provider_calendar_event_id: str | Unset = UNSET,
        provider_calendar_id: str | Unset = UNSET,
        provider_calendar_type: str | Unset = UNSET,
        starts_at: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
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
    ) -> Iterable[Meeting]:
        """Every item of `GET /activity/meeting/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_meetings.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Meeting], bool]:
            page = list_meetings.sync(
                provider_calendar_event_id=provider_calendar_event_id,
                provider_calendar_id=provider_calendar_id,
                provider_calendar_type=provider_calendar_type,
                starts_at=starts_at,
                starts_at_gte=starts_at_gte,
                starts_at_lt=starts_at_lt,
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

        return self._pager(fetch, list_meetings.MAX_LIMIT, page_size)

    def update(
        self,
        activity_id: str,
        *,
        body: MeetingUpdate,
    ) -> Meeting:
        """Update a meeting (`PUT /activity/meeting/{activity_id}/`)."""
        return update_meeting.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncMeetings:
    """The asyncio twin of `Meetings`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_meeting_integration(
        self,
        activity_id: str,
        *,
        body: MeetingIntegration,
    ) -> EmptyObject:
        """Create or update a meeting's third-party integration (`POST /activity/meeting/{activity_id}/integration/`)."""
        return await create_meeting_integration.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a meeting (`DELETE /activity/meeting/{activity_id}/`)."""
        return await delete_meeting.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Meeting:
        """Get a meeting (`GET /activity/meeting/{activity_id}/`)."""
        return await get_meeting.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        provider_calendar_event_id: str | Unset = UNSET,
        provider_calendar_id: str | Unset = UNSET,
        provider_calendar_type: str | Unset = UNSET,
        starts_at: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
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
    ) -> MeetingList:
        """List meetings (`GET /activity/meeting/`)."""
        return await list_meetings.asyncio(
            limit=limit,
            provider_calendar_event_id=provider_calendar_event_id,
            provider_calendar_id=provider_calendar_id,
            provider_calendar_type=provider_calendar_type,
            starts_at=starts_at,
            starts_at_gte=starts_at_gte,
            starts_at_lt=starts_at_lt,
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
        provider_calendar_event_id: str | Unset = UNSET,
        provider_calendar_id: str | Unset = UNSET,
        provider_calendar_type: str | Unset = UNSET,
        starts_at: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        starts_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
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
    ) -> AsyncIterable[Meeting]:
        """Every item of `GET /activity/meeting/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_meetings.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Meeting], bool]:
            page = await list_meetings.asyncio(
                provider_calendar_event_id=provider_calendar_event_id,
                provider_calendar_id=provider_calendar_id,
                provider_calendar_type=provider_calendar_type,
                starts_at=starts_at,
                starts_at_gte=starts_at_gte,
                starts_at_lt=starts_at_lt,
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

        return self._pager(fetch, list_meetings.MAX_LIMIT, page_size)

    async def update(
        self,
        activity_id: str,
        *,
        body: MeetingUpdate,
    ) -> Meeting:
        """Update a meeting (`PUT /activity/meeting/{activity_id}/`)."""
        return await update_meeting.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
