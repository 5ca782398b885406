"""Operations tagged `custom_activity_types`, and their typed facade (`CustomActivityTypes`, `AsyncCustomActivityTypes`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.custom_activity_type import CustomActivityType
from ...models.custom_activity_type_create import CustomActivityTypeCreate
from ...models.custom_activity_type_list import CustomActivityTypeList
from ...models.custom_activity_type_update import CustomActivityTypeUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_custom_activity_type,
    delete_custom_activity_type,
    get_custom_activity_type,
    list_custom_activity_types,
    update_custom_activity_type,
)

__all__ = ["AsyncCustomActivityTypes", "CustomActivityTypes"]


class CustomActivityTypes:
    """The `custom_activity_types` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: CustomActivityTypeCreate,
    ) -> CustomActivityType:
        """Create a custom activity type (`POST /custom_activity/`)."""
        return create_custom_activity_type.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        custom_activity_type_id: str,
    ) -> None:
        """Delete a custom activity type (`DELETE /custom_activity/{custom_activity_type_id}/`)."""
        return delete_custom_activity_type.sync(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def get(
        self,
        custom_activity_type_id: str,
    ) -> CustomActivityType:
        """Get a custom activity type (`GET /custom_activity/{custom_activity_type_id}/`)."""
        return get_custom_activity_type.sync(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def list(
        self,
    ) -> CustomActivityTypeList:
        """List custom activity types (`GET /custom_activity/`)."""
        return list_custom_activity_types.sync(
            client=self._client,
        )

    def update(
        self,
        custom_activity_type_id: str,
        *,
        body: CustomActivityTypeUpdate,
    ) -> CustomActivityType:
        """Update a custom activity type (`PUT /custom_activity/{custom_activity_type_id}/`)."""
        return update_custom_activity_type.sync(
            custom_activity_type_id=custom_activity_type_id,
            body=body,
            client=self._client,
        )


class AsyncCustomActivityTypes:
    """The asyncio twin of `CustomActivityTypes`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: CustomActivityTypeCreate,
    ) -> CustomActivityType:
        """Create a custom activity type (`POST /custom_activity/`)."""
        return await create_custom_activity_type.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        custom_activity_type_id: str,
    ) -> None:
        """Delete a custom activity type (`DELETE /custom_activity/{custom_activity_type_id}/`)."""
        return await delete_custom_activity_type.asyncio(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    async def get(
        self,
        custom_activity_type_id: str,
    ) -> CustomActivityType:
        """Get a custom activity type (`GET /custom_activity/{custom_activity_type_id}/`)."""
        return await get_custom_activity_type.asyncio(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> CustomActivityTypeList:
        """List custom activity types (`GET /custom_activity/`)."""
        return await list_custom_activity_types.asyncio(
            client=self._client,
        )

    async def update(
        self,
        custom_activity_type_id: str,
        *,
        body: CustomActivityTypeUpdate,
    ) -> CustomActivityType:
        """Update a custom activity type (`PUT /custom_activity/{custom_activity_type_id}/`)."""
        return await update_custom_activity_type.asyncio(
            custom_activity_type_id=custom_activity_type_id,
            body=body,
            client=self._client,
        )
