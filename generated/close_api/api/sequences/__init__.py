"""Operations tagged `sequences`, and their typed facade (`Sequences`, `AsyncSequences`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.sequence import Sequence
from ...models.sequence_create import SequenceCreate
from ...models.sequence_list import SequenceList
from ...models.sequence_subscription import SequenceSubscription
from ...models.sequence_subscription_create import SequenceSubscriptionCreate
from ...models.sequence_subscription_list import SequenceSubscriptionList
from ...models.sequence_subscription_update import SequenceSubscriptionUpdate
from ...models.sequence_update import SequenceUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_sequence,
    create_sequence_subscription,
    delete_sequence,
    get_sequence,
    get_sequence_subscription,
    list_sequence_subscriptions,
    list_sequences,
    update_sequence,
    update_sequence_subscription,
)

__all__ = ["AsyncSequences", "Sequences"]


class Sequences:
    """The `sequences` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: SequenceCreate,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Create a sequence (`POST /sequence/`)."""
        return create_sequence.sync(
            body=body,
            fields=fields,
            client=self._client,
        )

    def create_sequence_subscription(
        self,
        *,
        body: SequenceSubscriptionCreate,
    ) -> SequenceSubscription:
        """Subscribe a contact to a sequence (`POST /sequence_subscription/`)."""
        return create_sequence_subscription.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        sequence_id: str,
    ) -> EmptyObject:
        """Delete a sequence (`DELETE /sequence/{sequence_id}/`)."""
        return delete_sequence.sync(
            sequence_id=sequence_id,
            client=self._client,
        )

    def get(
        self,
        sequence_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Get a sequence (`GET /sequence/{sequence_id}/`)."""
        return get_sequence.sync(
            sequence_id=sequence_id,
            fields=fields,
            client=self._client,
        )

    def get_sequence_subscription(
        self,
        subscription_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SequenceSubscription:
        """Get a sequence subscription (`GET /sequence_subscription/{subscription_id}/`)."""
        return get_sequence_subscription.sync(
            subscription_id=subscription_id,
            fields=fields,
            client=self._client,
        )

    def list_sequence_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> SequenceSubscriptionList:
        """List sequence subscriptions (`GET /sequence_subscription/`)."""
        return list_sequence_subscriptions.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            sequence_id=sequence_id,
            contact_id=contact_id,
            lead_id=lead_id,
            client=self._client,
        )

    def paginate_sequence_subscriptions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> Iterable[SequenceSubscription]:
        """Every item of `GET /sequence_subscription/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sequence_subscriptions.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[SequenceSubscription], bool]:
            page = list_sequence_subscriptions.sync(
                fields=fields,
                sequence_id=sequence_id,
                contact_id=contact_id,
                lead_id=lead_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sequence_subscriptions.MAX_LIMIT, page_size)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SequenceList:
        """List sequences (`GET /sequence/`)."""
        return list_sequences.sync(
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
    ) -> Iterable[Sequence]:
        """Every item of `GET /sequence/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sequences.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Sequence], bool]:
            page = list_sequences.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sequences.MAX_LIMIT, page_size)

    def update(
        self,
        sequence_id: str,
        *,
        body: SequenceUpdate,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Update a sequence (`PUT /sequence/{sequence_id}/`)."""
        return update_sequence.sync(
            sequence_id=sequence_id,
            body=body,
            fields=fields,
            client=self._client,
        )

    def update_sequence_subscription(
        self,
        subscription_id: str,
        *,
        body: SequenceSubscriptionUpdate,
    ) -> SequenceSubscription:
        """Update a sequence subscription (`PUT /sequence_subscription/{subscription_id}/`)."""
        return update_sequence_subscription.sync(
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )


class AsyncSequences:
    """The asyncio twin of `Sequences`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: SequenceCreate,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Create a sequence (`POST /sequence/`)."""
        return await create_sequence.asyncio(
            body=body,
            fields=fields,
            client=self._client,
        )

    async def create_sequence_subscription(
        self,
        *,
        body: SequenceSubscriptionCreate,
    ) -> SequenceSubscription:
        """Subscribe a contact to a sequence (`POST /sequence_subscription/`)."""
        return await create_sequence_subscription.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        sequence_id: str,
    ) -> EmptyObject:
        """Delete a sequence (`DELETE /sequence/{sequence_id}/`)."""
        return await delete_sequence.asyncio(
            sequence_id=sequence_id,
            client=self._client,
        )

    async def get(
        self,
        sequence_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Get a sequence (`GET /sequence/{sequence_id}/`)."""
        return await get_sequence.asyncio(
            sequence_id=sequence_id,
            fields=fields,
            client=self._client,
        )

    async def get_sequence_subscription(
        self,
        subscription_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SequenceSubscription:
        """Get a sequence subscription (`GET /sequence_subscription/{subscription_id}/`)."""
        return await get_sequence_subscription.asyncio(
            subscription_id=subscription_id,
            fields=fields,
            client=self._client,
        )

    async def list_sequence_subscriptions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> SequenceSubscriptionList:
        """List sequence subscriptions (`GET /sequence_subscription/`)."""
        return await list_sequence_subscriptions.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            sequence_id=sequence_id,
            contact_id=contact_id,
            lead_id=lead_id,
            client=self._client,
        )

    def paginate_sequence_subscriptions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> AsyncIterable[SequenceSubscription]:
        """Every item of `GET /sequence_subscription/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sequence_subscriptions.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[SequenceSubscription], bool]:
            page = await list_sequence_subscriptions.asyncio(
                fields=fields,
                sequence_id=sequence_id,
                contact_id=contact_id,
                lead_id=lead_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sequence_subscriptions.MAX_LIMIT, page_size)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SequenceList:
        """List sequences (`GET /sequence/`)."""
        return await list_sequences.asyncio(
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
    ) -> AsyncIterable[Sequence]:
        """Every item of `GET /sequence/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sequences.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Sequence], bool]:
            page = await list_sequences.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sequences.MAX_LIMIT, page_size)

    async def update(
        self,
        sequence_id: str,
        *,
        body: SequenceUpdate,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Update a sequence (`PUT /sequence/{sequence_id}/`)."""
        return await update_sequence.asyncio(
            sequence_id=sequence_id,
            body=body,
            fields=fields,
            client=self._client,
        )

    async def update_sequence_subscription(
        self,
        subscription_id: str,
        *,
        body: SequenceSubscriptionUpdate,
    ) -> SequenceSubscription:
        """Update a sequence subscription (`PUT /sequence_subscription/{subscription_id}/`)."""
        return await update_sequence_subscription.asyncio(
            subscription_id=subscription_id,
            body=body,
            client=self._client,
        )
