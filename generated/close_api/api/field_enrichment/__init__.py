"""Operations tagged `field_enrichment`, and their typed facade (`FieldEnrichmentOperations`, `AsyncFieldEnrichmentOperations`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.field_enrichment import FieldEnrichment
from ...models.field_enrichment_result import FieldEnrichmentResult
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import enrich_field

__all__ = ["AsyncFieldEnrichmentOperations", "FieldEnrichmentOperations"]


class FieldEnrichmentOperations:
    """The `field_enrichment` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def enrich_field(
        self,
        *,
        body: FieldEnrichment,
    ) -> FieldEnrichmentResult:
        """Enrich a custom field of a lead or contact (`POST /enrich_field/`)."""
        return enrich_field.sync(
            body=body,
            client=self._client,
        )


class AsyncFieldEnrichmentOperations:
    """The asyncio twin of `FieldEnrichmentOperations`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def enrich_field(
        self,
        *,
        body: FieldEnrichment,
    ) -> FieldEnrichmentResult:
        """Enrich a custom field of a lead or contact (`POST /enrich_field/`)."""
        return await enrich_field.asyncio(
            body=body,
            client=self._client,
        )
