"""Operations tagged `comments`, and their typed facade (`Comments`, `AsyncComments`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...models.comment_list import CommentList
from ...models.comment_thread import CommentThread
from ...models.comment_thread_list import CommentThreadList
from ...models.comment_update import CommentUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_comment,
    delete_comment,
    get_comment,
    get_comment_thread,
    list_comment_threads,
    list_comments,
    update_comment,
)

__all__ = ["AsyncComments", "Comments"]


class Comments:
    """The `comments` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CommentCreate,
    ) -> Comment:
        """Comment on an object (`POST /comment/`)."""
        return create_comment.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        comment_id: str,
    ) -> None:
        """Remove a comment (`DELETE /comment/{comment_id}/`)."""
        return delete_comment.sync(
            comment_id=comment_id,
            client=self._client,
        )

    def get(
        self,
        comment_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Comment:
        """Get a comment (`GET /comment/{comment_id}/`)."""
        return get_comment.sync(
            comment_id=comment_id,
            fields=fields,
            client=self._client,
        )

    def get_comment_thread(
        self,
        thread_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CommentThread:
        """Get a comment thread (`GET /comment_thread/{thread_id}/`)."""
        return get_comment_thread.sync(
            thread_id=thread_id,
            fields=fields,
            client=self._client,
        )

    def list_comment_threads(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        ids: str | Unset = UNSET,
        object_ids: str | Unset = UNSET,
    ) -> CommentThreadList:
        """List comment threads (`GET /comment_thread/`)."""
        return list_comment_threads.sync(
            limit=limit,
            skip=skip,
            ids=ids,
            object_ids=object_ids,
            client=self._client,
        )

    def paginate_comment_threads(
        self,
        *,
        page_size: int | None = None,
        ids: str | Unset = UNSET,
        object_ids: str | Unset = UNSET,
    ) -> Iterable[CommentThread]:
        """Every item of `GET /comment_thread/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_comment_threads.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CommentThread], bool]:
            page = list_comment_threads.sync(
                ids=ids,
                object_ids=object_ids,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_comment_threads.MAX_LIMIT, page_size)

    def list(
        self,
        *,
        object_id: str | Unset = UNSET,
        thread_id: str | Unset = UNSET,
    ) -> CommentList:
        """List comments (`GET /comment/`)."""
        return list_comments.sync(
            object_id=object_id,
            thread_id=thread_id,
            client=self._client,
        )

    def update(
        self,
        comment_id: str,
        *,
        body: CommentUpdate,
    ) -> Comment:
        """Edit a comment (`PUT /comment/{comment_id}/`)."""
        return update_comment.sync(
            comment_id=comment_id,
            body=body,
            client=self._client,
        )


class AsyncComments:
    """The asyncio twin of `Comments`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CommentCreate,
    ) -> Comment:
        """Comment on an object (`POST /comment/`)."""
        return await create_comment.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        comment_id: str,
    ) -> None:
        """Remove a comment (`DELETE /comment/{comment_id}/`)."""
        return await delete_comment.asyncio(
            comment_id=comment_id,
            client=self._client,
        )

    async def get(
        self,
        comment_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Comment:
        """Get a comment (`GET /comment/{comment_id}/`)."""
        return await get_comment.asyncio(
            comment_id=comment_id,
            fields=fields,
            client=self._client,
        )

    async def get_comment_thread(
        self,
        thread_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CommentThread:
        """Get a comment thread (`GET /comment_thread/{thread_id}/`)."""
        return await get_comment_thread.asyncio(
            thread_id=thread_id,
            fields=fields,
            client=self._client,
        )

    async def list_comment_threads(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        ids: str | Unset = UNSET,
        object_ids: str | Unset = UNSET,
    ) -> CommentThreadList:
        """List comment threads (`GET /comment_thread/`)."""
        return await list_comment_threads.asyncio(
            limit=limit,
            skip=skip,
            ids=ids,
            object_ids=object_ids,
            client=self._client,
        )

    def paginate_comment_threads(
        self,
        *,
        page_size: int | None = None,
        ids: str | Unset = UNSET,
        object_ids: str | Unset = UNSET,
    ) -> AsyncIterable[CommentThread]:
        """Every item of `GET /comment_thread/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_comment_threads.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CommentThread], bool]:
            page = await list_comment_threads.asyncio(
                ids=ids,
                object_ids=object_ids,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_comment_threads.MAX_LIMIT, page_size)

    async def list(
        self,
        *,
        object_id: str | Unset = UNSET,
        thread_id: str | Unset = UNSET,
    ) -> CommentList:
        """List comments (`GET /comment/`)."""
        return await list_comments.asyncio(
            object_id=object_id,
            thread_id=thread_id,
            client=self._client,
        )

    async def update(
        self,
        comment_id: str,
        *,
        body: CommentUpdate,
    ) -> Comment:
        """Edit a comment (`PUT /comment/{comment_id}/`)."""
        return await update_comment.asyncio(
            comment_id=comment_id,
            body=body,
            client=self._client,
        )
