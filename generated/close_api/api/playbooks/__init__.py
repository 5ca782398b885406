"""Operations tagged `playbooks`, and their typed facade (`Playbooks`, `AsyncPlaybooks`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.playbook import Playbook
from ...models.playbook_create import PlaybookCreate
from ...models.playbook_list import PlaybookList
from ...models.playbook_update import PlaybookUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    archive_playbook,
    create_playbook,
    delete_playbook,
    get_playbook,
    list_playbooks,
    unarchive_playbook,
    update_playbook,
)

__all__ = ["AsyncPlaybooks", "Playbooks"]


class Playbooks:
    """The `playbooks` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def archive(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Archive a playbook (`POST /playbook/{playbook_id}/archive/`)."""
        return archive_playbook.sync(
            playbook_id=playbook_id,
            client=self._client,
        )

    def create(
        self,
        *,
        body: PlaybookCreate,
    ) -> Playbook:
        """Create a playbook (`POST /playbook/`)."""
        return create_playbook.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        playbook_id: str,
    ) -> None:
        """Delete a playbook (`DELETE /playbook/{playbook_id}/`)."""
        return delete_playbook.sync(
            playbook_id=playbook_id,
            client=self._client,
        )

    def get(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Get a playbook (`GET /playbook/{playbook_id}/`)."""
        return get_playbook.sync(
            playbook_id=playbook_id,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        position_gt: int | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
    ) -> PlaybookList:
        """List playbooks (`GET /playbook/`)."""
        return list_playbooks.sync(
            limit=limit,
            skip=skip,
            is_archived=is_archived,
            position_gt=position_gt,
            created_at_lt=created_at_lt,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        is_archived: bool | Unset = UNSET,
        position_gt: int | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
    ) -> Iterable[Playbook]:
        """Every item of `GET /playbook/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_playbooks.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Playbook], bool]:
            page = list_playbooks.sync(
                is_archived=is_archived,
                position_gt=position_gt,
                created_at_lt=created_at_lt,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_playbooks.MAX_LIMIT, page_size)

    def unarchive(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Unarchive a playbook (`POST /playbook/{playbook_id}/unarchive/`)."""
        return unarchive_playbook.sync(
            playbook_id=playbook_id,
            client=self._client,
        )

    def update(
        self,
        playbook_id: str,
        *,
        body: PlaybookUpdate,
    ) -> Playbook:
        """Update a playbook (`PUT /playbook/{playbook_id}/`)."""
        return update_playbook.sync(
            playbook_id=playbook_id,
            body=body,
            client=self._client,
        )


class AsyncPlaybooks:
    """The asyncio twin of `Playbooks`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def archive(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Archive a playbook (`POST /playbook/{playbook_id}/archive/`)."""
        return await archive_playbook.asyncio(
            playbook_id=playbook_id,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: PlaybookCreate,
    ) -> Playbook:
        """Create a playbook (`POST /playbook/`)."""
        return await create_playbook.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        playbook_id: str,
    ) -> None:
        """Delete a playbook (`DELETE /playbook/{playbook_id}/`)."""
        return await delete_playbook.asyncio(
            playbook_id=playbook_id,
            client=self._client,
        )

    async def get(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Get a playbook (`GET /playbook/{playbook_id}/`)."""
        return await get_playbook.asyncio(
            playbook_id=playbook_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        position_gt: int | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
    ) -> PlaybookList:
        """List playbooks (`GET /playbook/`)."""
        return await list_playbooks.asyncio(
            limit=limit,
            skip=skip,
            is_archived=is_archived,
            position_gt=position_gt,
            created_at_lt=created_at_lt,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        is_archived: bool | Unset = UNSET,
        position_gt: int | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[Playbook]:
        """Every item of `GET /playbook/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_playbooks.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Playbook], bool]:
            page = await list_playbooks.asyncio(
                is_archived=is_archived,
                position_gt=position_gt,
                created_at_lt=created_at_lt,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_playbooks.MAX_LIMIT, page_size)

    async def unarchive(
        self,
        playbook_id: str,
    ) -> Playbook:
        """Unarchive a playbook (`POST /playbook/{playbook_id}/unarchive/`)."""
        return await unarchive_playbook.asyncio(
            playbook_id=playbook_id,
            client=self._client,
        )

    async def update(
        self,
        playbook_id: str,
        *,
        body: PlaybookUpdate,
    ) -> Playbook:
        """Update a playbook (`PUT /playbook/{playbook_id}/`)."""
        return await update_playbook.asyncio(
            playbook_id=playbook_id,
            body=body,
            client=self._client,
        )
