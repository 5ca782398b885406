"""Operations tagged `phone_numbers`, and their typed facade (`PhoneNumbers`, `AsyncPhoneNumbers`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.phone_number import PhoneNumber
from ...models.phone_number_list import PhoneNumberList
from ...models.phone_number_request import PhoneNumberRequest
from ...models.phone_number_update import PhoneNumberUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_phone_number,
    delete_phone_number,
    get_phone_number,
    list_phone_numbers,
    update_phone_number,
)

__all__ = ["AsyncPhoneNumbers", "PhoneNumbers"]


class PhoneNumbers:
    """The `phone_numbers` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: PhoneNumberRequest,
    ) -> PhoneNumber:
        """Rent an internal phone number (`POST /phone_number/request/internal/`)."""
        return create_phone_number.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        phone_number_id: str,
    ) -> EmptyObject:
        """Delete a phone number (`DELETE /phone_number/{phone_number_id}/`)."""
        return delete_phone_number.sync(
            phone_number_id=phone_number_id,
            client=self._client,
        )

    def get(
        self,
        phone_number_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PhoneNumber:
        """Get a phone number (`GET /phone_number/{phone_number_id}/`)."""
        return get_phone_number.sync(
            phone_number_id=phone_number_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        number: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        is_group_number: bool | Unset = UNSET,
    ) -> PhoneNumberList:
        """List phone numbers (`GET /phone_number/`)."""
        return list_phone_numbers.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            number=number,
            user_id=user_id,
            is_group_number=is_group_number,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        number: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        is_group_number: bool | Unset = UNSET,
    ) -> Iterable[PhoneNumber]:
        """Every item of `GET /phone_number/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_phone_numbers.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[PhoneNumber], bool]:
            page = list_phone_numbers.sync(
                fields=fields,
                number=number,
                user_id=user_id,
                is_group_number=is_group_number,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_phone_numbers.MAX_LIMIT, page_size)

    def update(
        self,
        phone_number_id: str,
        *,
        body: PhoneNumberUpdate,
    ) -> PhoneNumber:
        """Update a phone number (`PUT /phone_number/{phone_number_id}/`)."""
        return update_phone_number.sync(
            phone_number_id=phone_number_id,
            body=body,
            client=self._client,
        )


class AsyncPhoneNumbers:
    """The asyncio twin of `PhoneNumbers`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: PhoneNumberRequest,
    ) -> PhoneNumber:
        """Rent an internal phone number (`POST /phone_number/request/internal/`)."""
        return await create_phone_number.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        phone_number_id: str,
    ) -> EmptyObject:
        """Delete a phone number (`DELETE /phone_number/{phone_number_id}/`)."""
        return await delete_phone_number.asyncio(
            phone_number_id=phone_number_id,
            client=self._client,
        )

    async def get(
        self,
        phone_number_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PhoneNumber:
        """Get a phone number (`GET /phone_number/{phone_number_id}/`)."""
        return await get_phone_number.asyncio(
            phone_number_id=phone_number_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        number: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        is_group_number: bool | Unset = UNSET,
    ) -> PhoneNumberList:
        """List phone numbers (`GET /phone_number/`)."""
        return await list_phone_numbers.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            number=number,
            user_id=user_id,
            is_group_number=is_group_number,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        number: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        is_group_number: bool | Unset = UNSET,
    ) -> AsyncIterable[PhoneNumber]:
        """Every item of `GET /phone_number/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_phone_numbers.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[PhoneNumber], bool]:
            page = await list_phone_numbers.asyncio(
                fields=fields,
                number=number,
                user_id=user_id,
                is_group_number=is_group_number,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_phone_numbers.MAX_LIMIT, page_size)

    async def update(
        self,
        phone_number_id: str,
        *,
        body: PhoneNumberUpdate,
    ) -> PhoneNumber:
        """Update a phone number (`PUT /phone_number/{phone_number_id}/`)."""
        return await update_phone_number.asyncio(
            phone_number_id=phone_number_id,
            body=body,
            client=self._client,
        )
