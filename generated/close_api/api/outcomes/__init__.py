"""Operations tagged `outcomes`, and their typed facade (`Outcomes`, `AsyncOutcomes`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.outcome import Outcome
from ...models.outcome_create import OutcomeCreate
from ...models.outcome_list import OutcomeList
from ...models.outcome_update import OutcomeUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_outcome, delete_outcome, get_outcome, list_outcomes, update_outcome

__all__ = ["AsyncOutcomes", "Outcomes"]


class Outcomes:
    """The `outcomes` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: OutcomeCreate,
    ) -> Outcome:
        """Create an outcome (`POST /outcome/`)."""
        return create_outcome.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        outcome_id: str,
    ) -> EmptyObject:
        """Delete an outcome (`DELETE /outcome/{outcome_id}/`)."""
        return delete_outcome.sync(
            outcome_id=outcome_id,
            client=self._client,
        )

    def get(
        self,
        outcome_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Outcome:
        """Get an outcome (`GET /outcome/{outcome_id}/`)."""
        return get_outcome.sync(
            outcome_id=outcome_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OutcomeList:
        """List outcomes (`GET /outcome/`)."""
        return list_outcomes.sync(
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
    ) -> Iterable[Outcome]:
        """Every item of `GET /outcome/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_outcomes.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Outcome], bool]:
            page = list_outcomes.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_outcomes.MAX_LIMIT, page_size)

    def update(
        self,
        outcome_id: str,
        *,
        body: OutcomeUpdate,
    ) -> Outcome:
        """Update an outcome (`PUT /outcome/{outcome_id}/`)."""
        return update_outcome.sync(
            outcome_id=outcome_id,
            body=body,
            client=self._client,
        )


class AsyncOutcomes:
    """The asyncio twin of `Outcomes`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: OutcomeCreate,
    ) -> Outcome:
        """Create an outcome (`POST /outcome/`)."""
        return await create_outcome.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        outcome_id: str,
    ) -> EmptyObject:
        """Delete an outcome (`DELETE /outcome/{outcome_id}/`)."""
        return await delete_outcome.asyncio(
            outcome_id=outcome_id,
            client=self._client,
        )

    async def get(
        self,
        outcome_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Outcome:
        """Get an outcome (`GET /outcome/{outcome_id}/`)."""
        return await get_outcome.asyncio(
            outcome_id=outcome_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OutcomeList:
        """List outcomes (`GET /outcome/`)."""
        return await list_outcomes.asyncio(
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
    ) -> AsyncIterable[Outcome]:
        """Every item of `GET /outcome/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_outcomes.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Outcome], bool]:
            page = await list_outcomes.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_outcomes.MAX_LIMIT, page_size)

    async def update(
        self,
        outcome_id: str,
        *,
        body: OutcomeUpdate,
    ) -> Outcome:
        """Update an outcome (`PUT /outcome/{outcome_id}/`)."""
        return await update_outcome.asyncio(
            outcome_id=outcome_id,
            body=body,
            client=self._client,
        )
