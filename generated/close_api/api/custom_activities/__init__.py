"""Operations tagged `custom_activities`, and their typed facade (`CustomActivities`, `AsyncCustomActivities`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_create import CustomActivityCreate
from ...models.custom_activity_list import CustomActivityList
from ...models.custom_activity_update import CustomActivityUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_custom_activity,
    delete_custom_activity,
    get_custom_activity,
    list_custom_activities,
    update_custom_activity,
)

__all__ = ["AsyncCustomActivities", "CustomActivities"]


class CustomActivities:
    """The `custom_activities` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CustomActivityCreate,
    ) -> CustomActivity:
        """Create a custom activity (`POST /activity/custom/`)."""
        return create_custom_activity.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a custom activity (`DELETE /activity/custom/{activity_id}/`)."""
        return delete_custom_activity.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
    ) -> CustomActivity:
        """Get a custom activity (`GET /activity/custom/{activity_id}/`)."""
        return get_custom_activity.sync(
            activity_id=activity_id,
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
        custom_activity_type_id: str | Unset = UNSET,
        custom_activity_type_id_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> CustomActivityList:
        """List custom activities (`GET /activity/custom/`)."""
        return list_custom_activities.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            custom_activity_type_id=custom_activity_type_id,
            custom_activity_type_id_in=custom_activity_type_id_in,
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
        custom_activity_type_id: str | Unset = UNSET,
        custom_activity_type_id_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[CustomActivity]:
        """Every item of `GET /activity/custom/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_activities.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomActivity], bool]:
            page = list_custom_activities.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                custom_activity_type_id=custom_activity_type_id,
                custom_activity_type_id_in=custom_activity_type_id_in,
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

        return self._pager(fetch, list_custom_activities.MAX_LIMIT, page_size)

    def update(
        self,
        activity_id: str,
        *,
        body: CustomActivityUpdate,
    ) -> CustomActivity:
        """Update a custom activity (`PUT /activity/custom/{activity_id}/`)."""
        return update_custom_activity.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncCustomActivities:
    """The asyncio twin of `CustomActivities`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CustomActivityCreate,
    ) -> CustomActivity:
        """Create a custom activity (`POST /activity/custom/`)."""
        return await create_custom_activity.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a custom activity (`DELETE /activity/custom/{activity_id}/`)."""
        return await delete_custom_activity.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
    ) -> CustomActivity:
        """Get a custom activity (`GET /activity/custom/{activity_id}/`)."""
        return await get_custom_activity.asyncio(
            activity_id=activity_id,
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
        custom_activity_type_id: str | Unset = UNSET,
        custom_activity_type_id_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> CustomActivityList:
        """List custom activities (`GET /activity/custom/`)."""
        return await list_custom_activities.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            custom_activity_type_id=custom_activity_type_id,
            custom_activity_type_id_in=custom_activity_type_id_in,
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
        custom_activity_type_id: str | Unset = UNSET,
        custom_activity_type_id_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[CustomActivity]:
        """Every item of `GET /activity/custom/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_activities.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomActivity], bool]:
            page = await list_custom_activities.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                custom_activity_type_id=custom_activity_type_id,
                custom_activity_type_id_in=custom_activity_type_id_in,
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

        return self._pager(fetch, list_custom_activities.MAX_LIMIT, page_size)

    async def update(
        self,
        activity_id: str,
        *,
        body: CustomActivityUpdate,
    ) -> CustomActivity:
        """Update a custom activity (`PUT /activity/custom/{activity_id}/`)."""
        return await update_custom_activity.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
