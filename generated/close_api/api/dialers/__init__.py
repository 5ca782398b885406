"""Operations tagged `dialers`, and their typed facade (`Dialers`, `AsyncDialers`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.dialer import Dialer
from ...models.dialer_list import DialerList
from ...models.error_body import ErrorBody
from ...models.list_dialers_source_type import (
    ListDialersSourceType,
    check_list_dialers_source_type,
)
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_dialer, list_dialers

__all__ = ["AsyncDialers", "Dialers"]


class Dialers:
    """The `dialers` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get(
        self,
        dialer_id: str,
    ) -> Dialer:
        """Get a dialer session (`GET /dialer/{dialer_id}/`)."""
        return get_dialer.sync(
            dialer_id=dialer_id,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        source_type: ListDialersSourceType | Unset = UNSET,
        source_value: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> DialerList:
        """List dialer sessions (`GET /dialer/`)."""
        return list_dialers.sync(
            limit=limit,
            skip=skip,
            organization_id=organization_id,
            source_type=source_type,
            source_value=source_value,
            status=status,
            status_in=status_in,
            user_id=user_id,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        organization_id: str | Unset = UNSET,
        source_type: ListDialersSourceType | Unset = UNSET,
        source_value: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Iterable[Dialer]:
        """Every item of `GET /dialer/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_dialers.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Dialer], bool]:
            page = list_dialers.sync(
                organization_id=organization_id,
                source_type=source_type,
                source_value=source_value,
                status=status,
                status_in=status_in,
                user_id=user_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_dialers.MAX_LIMIT, page_size)


class AsyncDialers:
    """The asyncio twin of `Dialers`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get(
        self,
        dialer_id: str,
    ) -> Dialer:
        """Get a dialer session (`GET /dialer/{dialer_id}/`)."""
        return await get_dialer.asyncio(
            dialer_id=dialer_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        source_type: ListDialersSourceType | Unset = UNSET,
        source_value: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> DialerList:
        """List dialer sessions (`GET /dialer/`)."""
        return await list_dialers.asyncio(
            limit=limit,
            skip=skip,
            organization_id=organization_id,
            source_type=source_type,
            source_value=source_value,
            status=status,
            status_in=status_in,
            user_id=user_id,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        organization_id: str | Unset = UNSET,
        source_type: ListDialersSourceType | Unset = UNSET,
        source_value: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> AsyncIterable[Dialer]:
        """Every item of `GET /dialer/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_dialers.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Dialer], bool]:
            page = await list_dialers.asyncio(
                organization_id=organization_id,
                source_type=source_type,
                source_value=source_value,
                status=status,
                status_in=status_in,
                user_id=user_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_dialers.MAX_LIMIT, page_size)
