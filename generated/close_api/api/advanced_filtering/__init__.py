"""Operations tagged `advanced_filtering`, and their typed facade (`AdvancedFiltering`, `AsyncAdvancedFiltering`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.search_hit import SearchHit
from ...models.search_page import SearchPage
from ...models.search_request import SearchRequest
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import search

__all__ = ["AdvancedFiltering", "AsyncAdvancedFiltering"]


class AdvancedFiltering:
    """The `advanced_filtering` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def search(
        self,
        *,
        body: SearchRequest,
    ) -> SearchPage:
        """Search leads, contacts, opportunities or custom objects (Advanced Filtering) (`POST /data/search/`)."""
        return search.sync(
            body=body,
            client=self._client,
        )


class AsyncAdvancedFiltering:
    """The asyncio twin of `AdvancedFiltering`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def search(
        self,
        *,
        body: SearchRequest,
    ) -> SearchPage:
        """Search leads, contacts, opportunities or custom objects (Advanced Filtering) (`POST /data/search/`)."""
        return await search.asyncio(
            body=body,
            client=self._client,
        )
