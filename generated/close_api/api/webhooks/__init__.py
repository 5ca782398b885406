"""Operations tagged `webhooks`, and their typed facade (`Webhooks`, `AsyncWebhooks`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...models.webhook_subscription import WebhookSubscription
from ...models.webhook_subscription_create import WebhookSubscriptionCreate
from ...models.webhook_subscription_list import WebhookSubscriptionList
from ...models.webhook_subscription_update import WebhookSubscriptionUpdate
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_webhook, delete_webhook, get_webhook, list_webhooks, update_webhook

__all__ = ["AsyncWebhooks", "Webhooks"]


class Webhooks:
    """The `webhooks` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: WebhookSubscriptionCreate,
    ) -> WebhookSubscription:
        """Create a webhook subscription (`POST /webhook/`)."""
        return create_webhook.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        webhook_id: str,
    ) -> EmptyObject:
        """Delete a webhook subscription (`DELETE /webhook/{webhook_id}/`)."""
        return delete_webhook.sync(
            webhook_id=webhook_id,
            client=self._client,
        )

    def get(
        self,
        webhook_id: str,
    ) -> WebhookSubscription:
        """Get a webhook subscription (`GET /webhook/{webhook_id}/`)."""
        return get_webhook.sync(
            webhook_id=webhook_id,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> WebhookSubscriptionList:
        """List webhook subscriptions (`GET /webhook/`)."""
        return list_webhooks.sync(
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
    ) -> Iterable[WebhookSubscription]:
        """Every item of `GET /webhook/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_webhooks.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[WebhookSubscription], bool]:
            page = list_webhooks.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_webhooks.MAX_LIMIT, page_size)

    def update(
        self,
        webhook_id: str,
        *,
        body: WebhookSubscriptionUpdate,
    ) -> WebhookSubscription:
        """Update a webhook subscription (`PUT /webhook/{webhook_id}/`)."""
        return update_webhook.sync(
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )


class AsyncWebhooks:
    """The asyncio twin of `Webhooks`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: WebhookSubscriptionCreate,
    ) -> WebhookSubscription:
        """Create a webhook subscription (`POST /webhook/`)."""
        return await create_webhook.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        webhook_id: str,
    ) -> EmptyObject:
        """Delete a webhook subscription (`DELETE /webhook/{webhook_id}/`)."""
        return await delete_webhook.asyncio(
            webhook_id=webhook_id,
            client=self._client,
        )

    async def get(
        self,
        webhook_id: str,
    ) -> WebhookSubscription:
        """Get a webhook subscription (`GET /webhook/{webhook_id}/`)."""
        return await get_webhook.asyncio(
            webhook_id=webhook_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> WebhookSubscriptionList:
        """List webhook subscriptions (`GET /webhook/`)."""
        return await list_webhooks.asyncio(
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
    ) -> AsyncIterable[WebhookSubscription]:
        """Every item of `GET /webhook/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_webhooks.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[WebhookSubscription], bool]:
            page = await list_webhooks.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_webhooks.MAX_LIMIT, page_size)

    async def update(
        self,
        webhook_id: str,
        *,
        body: WebhookSubscriptionUpdate,
    ) -> WebhookSubscription:
        """Update a webhook subscription (`PUT /webhook/{webhook_id}/`)."""
        return await update_webhook.asyncio(
            webhook_id=webhook_id,
            body=body,
            client=self._client,
        )
