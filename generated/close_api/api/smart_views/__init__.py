"""Operations tagged `smart_views`, and their typed facade (`SmartViews`, `AsyncSmartViews`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.smart_view import SmartView
from ...models.smart_view_create import SmartViewCreate
from ...models.smart_view_list import SmartViewList
from ...models.smart_view_type import SmartViewType, check_smart_view_type
from ...models.smart_view_update import SmartViewUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_smart_view,
    delete_smart_view,
    get_smart_view,
    list_smart_views,
    update_smart_view,
)

__all__ = ["AsyncSmartViews", "SmartViews"]


class SmartViews:
    """The `smart_views` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: SmartViewCreate,
    ) -> SmartView:
        """Create a Smart View (`POST /saved_search/`)."""
        return create_smart_view.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        smart_view_id: str,
    ) -> EmptyObject:
        """Delete a Smart View (`DELETE /saved_search/{smart_view_id}/`)."""
        return delete_smart_view.sync(
            smart_view_id=smart_view_id,
            client=self._client,
        )

    def get(
        self,
        smart_view_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmartView:
        """Get a Smart View (`GET /saved_search/{smart_view_id}/`)."""
        return get_smart_view.sync(
            smart_view_id=smart_view_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        type_: SmartViewType | Unset = UNSET,
        type_in: str | Unset = UNSET,
    ) -> SmartViewList:
        """List Smart Views (`GET /saved_search/`)."""
        return list_smart_views.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            type_=type_,
            type_in=type_in,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        type_: SmartViewType | Unset = UNSET,
        type_in: str | Unset = UNSET,
    ) -> Iterable[SmartView]:
        """Every item of `GET /saved_search/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_smart_views.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[SmartView], bool]:
            page = list_smart_views.sync(
                fields=fields,
                type_=type_,
                type_in=type_in,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_smart_views.MAX_LIMIT, page_size)

    def update(
        self,
        smart_view_id: str,
        *,
        body: SmartViewUpdate,
    ) -> SmartView:
        """Update a Smart View (`PUT /saved_search/{smart_view_id}/`)."""
        return update_smart_view.sync(
            smart_view_id=smart_view_id,
            body=body,
            client=self._client,
        )


class AsyncSmartViews:
    """The asyncio twin of `SmartViews`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: SmartViewCreate,
    ) -> SmartView:
        """Create a Smart View (`POST /saved_search/`)."""
        return await create_smart_view.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        smart_view_id: str,
    ) -> EmptyObject:
        """Delete a Smart View (`DELETE /saved_search/{smart_view_id}/`)."""
        return await delete_smart_view.asyncio(
            smart_view_id=smart_view_id,
            client=self._client,
        )

    async def get(
        self,
        smart_view_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmartView:
        """Get a Smart View (`GET /saved_search/{smart_view_id}/`)."""
        return await get_smart_view.asyncio(
            smart_view_id=smart_view_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        type_: SmartViewType | Unset = UNSET,
        type_in: str | Unset = UNSET,
    ) -> SmartViewList:
        """List Smart Views (`GET /saved_search/`)."""
        return await list_smart_views.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            type_=type_,
            type_in=type_in,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        type_: SmartViewType | Unset = UNSET,
        type_in: str | Unset = UNSET,
    ) -> AsyncIterable[SmartView]:
        """Every item of `GET /saved_search/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_smart_views.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[SmartView], bool]:
            page = await list_smart_views.asyncio(
                fields=fields,
                type_=type_,
                type_in=type_in,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_smart_views.MAX_LIMIT, page_size)

    async def update(
        self,
        smart_view_id: str,
        *,
        body: SmartViewUpdate,
    ) -> SmartView:
        """Update a Smart View (`PUT /saved_search/{smart_view_id}/`)."""
        return await update_smart_view.asyncio(
            smart_view_id=smart_view_id,
            body=body,
            client=self._client,
        )
