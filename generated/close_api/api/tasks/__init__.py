"""Operations tagged `tasks`, and their typed facade (`Tasks`, `AsyncTasks`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.bulk_update_tasks_type import (
    BulkUpdateTasksType,
    check_bulk_update_tasks_type,
)
from ...models.bulk_update_tasks_view import (
    BulkUpdateTasksView,
    check_bulk_update_tasks_view,
)
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.list_tasks_order_by import ListTasksOrderBy, check_list_tasks_order_by
from ...models.list_tasks_type import ListTasksType, check_list_tasks_type
from ...models.list_tasks_view import ListTasksView, check_list_tasks_view
from ...models.rate_limited_body import RateLimitedBody
from ...models.task import Task
from ...models.task_bulk_update import TaskBulkUpdate
from ...models.task_bulk_update_result import TaskBulkUpdateResult
from ...models.task_create import TaskCreate
from ...models.task_list import TaskList
from ...models.task_update import TaskUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    bulk_update_tasks,
    create_task,
    delete_task,
    get_task,
    list_tasks,
    update_task,
)

__all__ = ["AsyncTasks", "Tasks"]


class Tasks:
    """The `tasks` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def bulk_update_tasks(
        self,
        *,
        body: TaskBulkUpdate,
        id_in: str | Unset = UNSET,
        type_: BulkUpdateTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: BulkUpdateTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> TaskBulkUpdateResult:
        """Update many tasks (`PUT /task/`)."""
        return bulk_update_tasks.sync(
            body=body,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            client=self._client,
        )

    def create(
        self,
        *,
        body: TaskCreate,
    ) -> Task:
        """Create a task (`POST /task/`)."""
        return create_task.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        task_id: str,
    ) -> EmptyObject:
        """Delete a task (`DELETE /task/{task_id}/`)."""
        return delete_task.sync(
            task_id=task_id,
            client=self._client,
        )

    def get(
        self,
        task_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Task:
        """Get a task (`GET /task/{task_id}/`)."""
        return get_task.sync(
            task_id=task_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: ListTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: ListTasksOrderBy | Unset = UNSET,
    ) -> TaskList:
        """List tasks (`GET /task/`)."""
        return list_tasks.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            order_by=order_by,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: ListTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: ListTasksOrderBy | Unset = UNSET,
    ) -> Iterable[Task]:
        """Every item of `GET /task/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_tasks.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Task], bool]:
            page = list_tasks.sync(
                fields=fields,
                id_in=id_in,
                type_=type_,
                type_in=type_in,
                lead_id=lead_id,
                assigned_to=assigned_to,
                is_complete=is_complete,
                view=view,
                date_gt=date_gt,
                date_gte=date_gte,
                date_lt=date_lt,
                date_lte=date_lte,
                due_date_gt=due_date_gt,
                due_date_gte=due_date_gte,
                due_date_lt=due_date_lt,
                due_date_lte=due_date_lte,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                order_by=order_by,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_tasks.MAX_LIMIT, page_size)

    def update(
        self,
        task_id: str,
        *,
        body: TaskUpdate,
    ) -> Task:
        """Update a task (`PUT /task/{task_id}/`)."""
        return update_task.sync(
            task_id=task_id,
            body=body,
            client=self._client,
        )


class AsyncTasks:
    """The asyncio twin of `Tasks`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def bulk_update_tasks(
        self,
        *,
        body: TaskBulkUpdate,
        id_in: str | Unset = UNSET,
        type_: BulkUpdateTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: BulkUpdateTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> TaskBulkUpdateResult:
        """Update many tasks (`PUT /task/`)."""
        return await bulk_update_tasks.asyncio(
            body=body,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: TaskCreate,
    ) -> Task:
        """Create a task (`POST /task/`)."""
        return await create_task.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        task_id: str,
    ) -> EmptyObject:
        """Delete a task (`DELETE /task/{task_id}/`)."""
        return await delete_task.asyncio(
            task_id=task_id,
            client=self._client,
        )

    async def get(
        self,
        task_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Task:
        """Get a task (`GET /task/{task_id}/`)."""
        return await get_task.asyncio(
            task_id=task_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: ListTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: ListTasksOrderBy | Unset = UNSET,
    ) -> TaskList:
        """List tasks (`GET /task/`)."""
        return await list_tasks.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            order_by=order_by,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: ListTasksView | Unset = UNSET,
        date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
        due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
        order_by: ListTasksOrderBy | Unset = UNSET,
    ) -> AsyncIterable[Task]:
        """Every item of `GET /task/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_tasks.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Task], bool]:
            page = await list_tasks.asyncio(
                fields=fields,
                id_in=id_in,
                type_=type_,
                type_in=type_in,
                lead_id=lead_id,
                assigned_to=assigned_to,
                is_complete=is_complete,
                view=view,
                date_gt=date_gt,
                date_gte=date_gte,
                date_lt=date_lt,
                date_lte=date_lte,
                due_date_gt=due_date_gt,
                due_date_gte=due_date_gte,
                due_date_lt=due_date_lt,
                due_date_lte=due_date_lte,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                date_updated_gt=date_updated_gt,
                date_updated_gte=date_updated_gte,
                date_updated_lt=date_updated_lt,
                date_updated_lte=date_updated_lte,
                order_by=order_by,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_tasks.MAX_LIMIT, page_size)

    async def update(
        self,
        task_id: str,
        *,
        body: TaskUpdate,
    ) -> Task:
        """Update a task (`PUT /task/{task_id}/`)."""
        return await update_task.asyncio(
            task_id=task_id,
            body=body,
            client=self._client,
        )
