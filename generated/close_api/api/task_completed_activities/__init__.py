"""Operations tagged `task_completed_activities`, and their typed facade (`TaskCompletedActivities`, `AsyncTaskCompletedActivities`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.task_completed_activity import TaskCompletedActivity
from ...models.task_completed_activity_list import TaskCompletedActivityList
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    delete_task_completed_activity,
    get_task_completed_activity,
    list_task_completed_activities,
)

__all__ = ["AsyncTaskCompletedActivities", "TaskCompletedActivities"]


class TaskCompletedActivities:
    """The `task_completed_activities` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a Task Completed activity (`DELETE /activity/task_completed/{activity_id}/`)."""
        return delete_task_completed_activity.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
    ) -> TaskCompletedActivity:
        """Get a Task Completed activity (`GET /activity/task_completed/{activity_id}/`)."""
        return get_task_completed_activity.sync(
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
        user_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> TaskCompletedActivityList:
        """List Task Completed activities (`GET /activity/task_completed/`)."""
        return list_task_completed_activities.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            user_id=user_id,
            task_id=task_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[TaskCompletedActivity]:
        """Every item of `GET /activity/task_completed/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_task_completed_activities.MAX_LIMIT`
        (the default).
        """

        def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[TaskCompletedActivity], bool]:
            page = list_task_completed_activities.sync(
                fields=fields,
                lead_id=lead_id,
                user_id=user_id,
                task_id=task_id,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_task_completed_activities.MAX_LIMIT, page_size)


class AsyncTaskCompletedActivities:
    """The asyncio twin of `TaskCompletedActivities`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a Task Completed activity (`DELETE /activity/task_completed/{activity_id}/`)."""
        return await delete_task_completed_activity.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
    ) -> TaskCompletedActivity:
        """Get a Task Completed activity (`GET /activity/task_completed/{activity_id}/`)."""
        return await get_task_completed_activity.asyncio(
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
        user_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> TaskCompletedActivityList:
        """List Task Completed activities (`GET /activity/task_completed/`)."""
        return await list_task_completed_activities.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            user_id=user_id,
            task_id=task_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[TaskCompletedActivity]:
        """Every item of `GET /activity/task_completed/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_task_completed_activities.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[TaskCompletedActivity], bool]:
            page = await list_task_completed_activities.asyncio(
                fields=fields,
                lead_id=lead_id,
                user_id=user_id,
                task_id=task_id,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_task_completed_activities.MAX_LIMIT, page_size)
