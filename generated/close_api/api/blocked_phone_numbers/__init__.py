"""Operations tagged `blocked_phone_numbers`, and their typed facade (`BlockedPhoneNumbers`, `AsyncBlockedPhoneNumbers`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.blocked_phone_number import BlockedPhoneNumber
from ...models.blocked_phone_number_create import BlockedPhoneNumberCreate
from ...models.blocked_phone_number_list import BlockedPhoneNumberList
from ...models.blocked_phone_number_settings import BlockedPhoneNumberSettings
from ...models.blocked_phone_number_settings_update import (
    BlockedPhoneNumberSettingsUpdate,
)
from ...models.blocked_phone_number_update import BlockedPhoneNumberUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_blocked_phone_number,
    delete_blocked_phone_number,
    get_blocked_phone_number,
    get_blocked_phone_number_settings,
    list_blocked_phone_numbers,
    update_blocked_phone_number,
    update_blocked_phone_number_settings,
)

__all__ = ["AsyncBlockedPhoneNumbers", "BlockedPhoneNumbers"]


class BlockedPhoneNumbers:
    """The `blocked_phone_numbers` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: BlockedPhoneNumberCreate,
    ) -> BlockedPhoneNumber:
        """Create a blocked phone number (`POST /blocked_phone_number/`)."""
        return create_blocked_phone_number.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        blocked_phone_number_id: str,
    ) -> None:
        """Delete a blocked phone number (`DELETE /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return delete_blocked_phone_number.sync(
            blocked_phone_number_id=blocked_phone_number_id,
            client=self._client,
        )

    def get(
        self,
        blocked_phone_number_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BlockedPhoneNumber:
        """Get a blocked phone number (`GET /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return get_blocked_phone_number.sync(
            blocked_phone_number_id=blocked_phone_number_id,
            fields=fields,
            client=self._client,
        )

    def get_blocked_phone_number_settings(
        self,
    ) -> BlockedPhoneNumberSettings:
        """Get the blocked phone number settings (`GET /blocked_phone_number/settings/`)."""
        return get_blocked_phone_number_settings.sync(
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BlockedPhoneNumberList:
        """List blocked phone numbers (`GET /blocked_phone_number/`)."""
        return list_blocked_phone_numbers.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[BlockedPhoneNumber]:
        """Every item of `GET /blocked_phone_number/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_blocked_phone_numbers.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[BlockedPhoneNumber], bool]:
            page = list_blocked_phone_numbers.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_blocked_phone_numbers.MAX_LIMIT, page_size)

    def update(
        self,
        blocked_phone_number_id: str,
        *,
        body: BlockedPhoneNumberUpdate,
    ) -> BlockedPhoneNumber:
        """Update a blocked phone number (`PUT /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return update_blocked_phone_number.sync(
            blocked_phone_number_id=blocked_phone_number_id,
            body=body,
            client=self._client,
        )

    def update_blocked_phone_number_settings(
        self,
        *,
        body: BlockedPhoneNumberSettingsUpdate,
    ) -> BlockedPhoneNumberSettings:
        """Update the blocked phone number settings (`PUT /blocked_phone_number/settings/`)."""
        return update_blocked_phone_number_settings.sync(
            body=body,
            client=self._client,
        )


class AsyncBlockedPhoneNumbers:
    """The asyncio twin of `BlockedPhoneNumbers`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: BlockedPhoneNumberCreate,
    ) -> BlockedPhoneNumber:
        """Create a blocked phone number (`POST /blocked_phone_number/`)."""
        return await create_blocked_phone_number.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        blocked_phone_number_id: str,
    ) -> None:
        """Delete a blocked phone number (`DELETE /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return await delete_blocked_phone_number.asyncio(
            blocked_phone_number_id=blocked_phone_number_id,
            client=self._client,
        )

    async def get(
        self,
        blocked_phone_number_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BlockedPhoneNumber:
        """Get a blocked phone number (`GET /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return await get_blocked_phone_number.asyncio(
            blocked_phone_number_id=blocked_phone_number_id,
            fields=fields,
            client=self._client,
        )

    async def get_blocked_phone_number_settings(
        self,
    ) -> BlockedPhoneNumberSettings:
        """Get the blocked phone number settings (`GET /blocked_phone_number/settings/`)."""
        return await get_blocked_phone_number_settings.asyncio(
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BlockedPhoneNumberList:
        """List blocked phone numbers (`GET /blocked_phone_number/`)."""
        return await list_blocked_phone_numbers.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[BlockedPhoneNumber]:
        """Every item of `GET /blocked_phone_number/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_blocked_phone_numbers.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[BlockedPhoneNumber], bool]:
            page = await list_blocked_phone_numbers.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_blocked_phone_numbers.MAX_LIMIT, page_size)

    async def update(
        self,
        blocked_phone_number_id: str,
        *,
        body: BlockedPhoneNumberUpdate,
    ) -> BlockedPhoneNumber:
        """Update a blocked phone number (`PUT /blocked_phone_number/{blocked_phone_number_id}/`)."""
        return await update_blocked_phone_number.asyncio(
            blocked_phone_number_id=blocked_phone_number_id,
            body=body,
            client=self._client,
        )

    async def update_blocked_phone_number_settings(
        self,
        *,
        body: BlockedPhoneNumberSettingsUpdate,
    ) -> BlockedPhoneNumberSettings:
        """Update the blocked phone number settings (`PUT /blocked_phone_number/settings/`)."""
        return await update_blocked_phone_number_settings.asyncio(
            body=body,
            client=self._client,
        )
