"""Operations tagged `custom_object_types`, and their typed facade (`CustomObjectTypes`, `AsyncCustomObjectTypes`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.custom_object_type import CustomObjectType
from ...models.custom_object_type_create import CustomObjectTypeCreate
from ...models.custom_object_type_list import CustomObjectTypeList
from ...models.custom_object_type_update import CustomObjectTypeUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_custom_object_type,
    delete_custom_object_type,
    get_custom_object_type,
    list_custom_object_types,
    update_custom_object_type,
)

__all__ = ["AsyncCustomObjectTypes", "CustomObjectTypes"]


class CustomObjectTypes:
    """The `custom_object_types` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CustomObjectTypeCreate,
    ) -> CustomObjectType:
        """Create a custom object type (`POST /custom_object_type/`)."""
        return create_custom_object_type.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        custom_object_type_id: str,
    ) -> None:
        """Delete a custom object type (`DELETE /custom_object_type/{custom_object_type_id}/`)."""
        return delete_custom_object_type.sync(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def get(
        self,
        custom_object_type_id: str,
    ) -> CustomObjectType:
        """Get a custom object type (`GET /custom_object_type/{custom_object_type_id}/`)."""
        return get_custom_object_type.sync(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def list(
        self,
    ) -> CustomObjectTypeList:
        """List custom object types (`GET /custom_object_type/`)."""
        return list_custom_object_types.sync(
            client=self._client,
        )

    def update(
        self,
        custom_object_type_id: str,
        *,
        body: CustomObjectTypeUpdate,
    ) -> CustomObjectType:
        """Update a custom object type (`PUT /custom_object_type/{custom_object_type_id}/`)."""
        return update_custom_object_type.sync(
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )


class AsyncCustomObjectTypes:
    """The asyncio twin of `CustomObjectTypes`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CustomObjectTypeCreate,
    ) -> CustomObjectType:
        """Create a custom object type (`POST /custom_object_type/`)."""
        return await create_custom_object_type.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        custom_object_type_id: str,
    ) -> None:
        """Delete a custom object type (`DELETE /custom_object_type/{custom_object_type_id}/`)."""
        return await delete_custom_object_type.asyncio(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    async def get(
        self,
        custom_object_type_id: str,
    ) -> CustomObjectType:
        """Get a custom object type (`GET /custom_object_type/{custom_object_type_id}/`)."""
        return await get_custom_object_type.asyncio(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> CustomObjectTypeList:
        """List custom object types (`GET /custom_object_type/`)."""
        return await list_custom_object_types.asyncio(
            client=self._client,
        )

    async def update(
        self,
        custom_object_type_id: str,
        *,
        body: CustomObjectTypeUpdate,
    ) -> CustomObjectType:
        """Update a custom object type (`PUT /custom_object_type/{custom_object_type_id}/`)."""
        return await update_custom_object_type.asyncio(
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )
