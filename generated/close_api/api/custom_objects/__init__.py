"""Operations tagged `custom_objects`, and their typed facade (`CustomObjects`, `AsyncCustomObjects`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_create import CustomObjectCreate
from ...models.custom_object_list import CustomObjectList
from ...models.custom_object_update import CustomObjectUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_custom_object,
    delete_custom_object,
    get_custom_object,
    list_custom_objects,
    update_custom_object,
)

__all__ = ["AsyncCustomObjects", "CustomObjects"]


class CustomObjects:
    """The `custom_objects` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CustomObjectCreate,
    ) -> CustomObject:
        """Create a custom object (`POST /custom_object/`)."""
        return create_custom_object.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        custom_object_id: str,
    ) -> None:
        """Delete a custom object (`DELETE /custom_object/{custom_object_id}/`)."""
        return delete_custom_object.sync(
            custom_object_id=custom_object_id,
            client=self._client,
        )

    def get(
        self,
        custom_object_id: str,
    ) -> CustomObject:
        """Get a custom object (`GET /custom_object/{custom_object_id}/`)."""
        return get_custom_object.sync(
            custom_object_id=custom_object_id,
            client=self._client,
        )

    def list(
        self,
        *,
        lead_id: str,
        custom_object_type_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomObjectList:
        """List the custom objects of a lead (`GET /custom_object/`)."""
        return list_custom_objects.sync(
            lead_id=lead_id,
            custom_object_type_id=custom_object_type_id,
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        lead_id: str,
        custom_object_type_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Iterable[CustomObject]:
        """Every item of `GET /custom_object/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_objects.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomObject], bool]:
            page = list_custom_objects.sync(
                lead_id=lead_id,
                custom_object_type_id=custom_object_type_id,
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_custom_objects.MAX_LIMIT, page_size)

    def update(
        self,
        custom_object_id: str,
        *,
        body: CustomObjectUpdate,
    ) -> CustomObject:
        """Update a custom object (`PUT /custom_object/{custom_object_id}/`)."""
        return update_custom_object.sync(
            custom_object_id=custom_object_id,
            body=body,
            client=self._client,
        )


class AsyncCustomObjects:
    """The asyncio twin of `CustomObjects`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CustomObjectCreate,
    ) -> CustomObject:
        """Create a custom object (`POST /custom_object/`)."""
        return await create_custom_object.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        custom_object_id: str,
    ) -> None:
        """Delete a custom object (`DELETE /custom_object/{custom_object_id}/`)."""
        return await delete_custom_object.asyncio(
            custom_object_id=custom_object_id,
            client=self._client,
        )

    async def get(
        self,
        custom_object_id: str,
    ) -> CustomObject:
        """Get a custom object (`GET /custom_object/{custom_object_id}/`)."""
        return await get_custom_object.asyncio(
            custom_object_id=custom_object_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        lead_id: str,
        custom_object_type_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomObjectList:
        """List the custom objects of a lead (`GET /custom_object/`)."""
        return await list_custom_objects.asyncio(
            lead_id=lead_id,
            custom_object_type_id=custom_object_type_id,
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        lead_id: str,
        custom_object_type_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[CustomObject]:
        """Every item of `GET /custom_object/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_objects.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomObject], bool]:
            page = await list_custom_objects.asyncio(
                lead_id=lead_id,
                custom_object_type_id=custom_object_type_id,
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_custom_objects.MAX_LIMIT, page_size)

    async def update(
        self,
        custom_object_id: str,
        *,
        body: CustomObjectUpdate,
    ) -> CustomObject:
        """Update a custom object (`PUT /custom_object/{custom_object_id}/`)."""
        return await update_custom_object.asyncio(
            custom_object_id=custom_object_id,
            body=body,
            client=self._client,
        )
