"""Operations tagged `exports`, and their typed facade (`Exports`, `AsyncExports`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.export import Export
from ...models.export_list import ExportList
from ...models.lead_export_create import LeadExportCreate
from ...models.opportunity_export_create import OpportunityExportCreate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_lead_export, create_opportunity_export, get_export, list_exports

__all__ = ["AsyncExports", "Exports"]


class Exports:
    """The `exports` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_lead_export(
        self,
        *,
        body: LeadExportCreate,
    ) -> Export:
        """Export leads (`POST /export/lead/`)."""
        return create_lead_export.sync(
            body=body,
            client=self._client,
        )

    def create_opportunity_export(
        self,
        *,
        body: OpportunityExportCreate,
    ) -> Export:
        """Export opportunities (`POST /export/opportunity/`)."""
        return create_opportunity_export.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        export_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Export:
        """Get an export (`GET /export/{export_id}/`)."""
        return get_export.sync(
            export_id=export_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> ExportList:
        """List exports (`GET /export/`)."""
        return list_exports.sync(
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
    ) -> Iterable[Export]:
        """Every item of `GET /export/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_exports.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Export], bool]:
            page = list_exports.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_exports.MAX_LIMIT, page_size)


class AsyncExports:
    """The asyncio twin of `Exports`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_lead_export(
        self,
        *,
        body: LeadExportCreate,
    ) -> Export:
        """Export leads (`POST /export/lead/`)."""
        return await create_lead_export.asyncio(
            body=body,
            client=self._client,
        )

    async def create_opportunity_export(
        self,
        *,
        body: OpportunityExportCreate,
    ) -> Export:
        """Export opportunities (`POST /export/opportunity/`)."""
        return await create_opportunity_export.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        export_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Export:
        """Get an export (`GET /export/{export_id}/`)."""
        return await get_export.asyncio(
            export_id=export_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> ExportList:
        """List exports (`GET /export/`)."""
        return await list_exports.asyncio(
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
    ) -> AsyncIterable[Export]:
        """Every item of `GET /export/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_exports.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Export], bool]:
            page = await list_exports.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_exports.MAX_LIMIT, page_size)
