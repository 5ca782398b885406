"""Operations tagged `bulk_actions`, and their typed facade (`BulkActions`, `AsyncBulkActions`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.bulk_action_status_update import BulkActionStatusUpdate
from ...models.bulk_delete_action import BulkDeleteAction
from ...models.bulk_delete_action_create import BulkDeleteActionCreate
from ...models.bulk_delete_action_list import BulkDeleteActionList
from ...models.bulk_edit_action import BulkEditAction
from ...models.bulk_edit_action_create import BulkEditActionCreate
from ...models.bulk_edit_action_list import BulkEditActionList
from ...models.bulk_email_action import BulkEmailAction
from ...models.bulk_email_action_create import BulkEmailActionCreate
from ...models.bulk_email_action_list import BulkEmailActionList
from ...models.bulk_sequence_subscription_action import BulkSequenceSubscriptionAction
from ...models.bulk_sequence_subscription_action_create import (
    BulkSequenceSubscriptionActionCreate,
)
from ...models.bulk_sequence_subscription_action_list import (
    BulkSequenceSubscriptionActionList,
)
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_bulk_delete_action,
    create_bulk_edit_action,
    create_bulk_email_action,
    create_bulk_sequence_subscription_action,
    get_bulk_delete_action,
    get_bulk_edit_action,
    get_bulk_email_action,
    get_bulk_sequence_subscription_action,
    list_bulk_delete_actions,
    list_bulk_edit_actions,
    list_bulk_email_actions,
    list_bulk_sequence_subscription_actions,
    update_bulk_delete_action,
    update_bulk_edit_action,
    update_bulk_email_action,
    update_bulk_sequence_subscription_action,
)

__all__ = ["AsyncBulkActions", "BulkActions"]


class BulkActions:
    """The `bulk_actions` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_bulk_delete_action(
        self,
        *,
        body: BulkDeleteActionCreate,
    ) -> BulkDeleteAction:
        """Start a bulk delete (`POST /bulk_action/delete/`)."""
        return create_bulk_delete_action.sync(
            body=body,
            client=self._client,
        )

    def create_bulk_edit_action(
        self,
        *,
        body: BulkEditActionCreate,
    ) -> BulkEditAction:
        """Start a bulk edit (`POST /bulk_action/edit/`)."""
        return create_bulk_edit_action.sync(
            body=body,
            client=self._client,
        )

    def create_bulk_email_action(
        self,
        *,
        body: BulkEmailActionCreate,
    ) -> BulkEmailAction:
        """Start a bulk email (`POST /bulk_action/email/`)."""
        return create_bulk_email_action.sync(
            body=body,
            client=self._client,
        )

    def create_bulk_sequence_subscription_action(
        self,
        *,
        body: BulkSequenceSubscriptionActionCreate,
    ) -> BulkSequenceSubscriptionAction:
        """Start a bulk sequence subscription (`POST /bulk_action/sequence_subscription/`)."""
        return create_bulk_sequence_subscription_action.sync(
            body=body,
            client=self._client,
        )

    def get_bulk_delete_action(
        self,
        bulk_delete_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkDeleteAction:
        """Get a bulk delete (`GET /bulk_action/delete/{bulk_delete_action_id}/`)."""
        return get_bulk_delete_action.sync(
            bulk_delete_action_id=bulk_delete_action_id,
            fields=fields,
            client=self._client,
        )

    def get_bulk_edit_action(
        self,
        bulk_edit_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEditAction:
        """Get a bulk edit (`GET /bulk_action/edit/{bulk_edit_action_id}/`)."""
        return get_bulk_edit_action.sync(
            bulk_edit_action_id=bulk_edit_action_id,
            fields=fields,
            client=self._client,
        )

    def get_bulk_email_action(
        self,
        bulk_email_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEmailAction:
        """Get a bulk email (`GET /bulk_action/email/{bulk_email_action_id}/`)."""
        return get_bulk_email_action.sync(
            bulk_email_action_id=bulk_email_action_id,
            fields=fields,
            client=self._client,
        )

    def get_bulk_sequence_subscription_action(
        self,
        bulk_sequence_subscription_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkSequenceSubscriptionAction:
        """Get a bulk sequence subscription (`GET /bulk_action/sequence_subscription/{bulk_sequence_subscription_action_id}/`)."""
        return get_bulk_sequence_subscription_action.sync(
            bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
            fields=fields,
            client=self._client,
        )

    def list_bulk_delete_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkDeleteActionList:
        """List bulk deletes (`GET /bulk_action/delete/`)."""
        return list_bulk_delete_actions.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_delete_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[BulkDeleteAction]:
        """Every item of `GET /bulk_action/delete/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_delete_actions.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[BulkDeleteAction], bool]:
            page = list_bulk_delete_actions.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_delete_actions.MAX_LIMIT, page_size)

    def list_bulk_edit_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkEditActionList:
        """List bulk edits (`GET /bulk_action/edit/`)."""
        return list_bulk_edit_actions.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_edit_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[BulkEditAction]:
        """Every item of `GET /bulk_action/edit/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_edit_actions.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[BulkEditAction], bool]:
            page = list_bulk_edit_actions.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_edit_actions.MAX_LIMIT, page_size)

    def list_bulk_email_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
    ) -> BulkEmailActionList:
        """List bulk emails (`GET /bulk_action/email/`)."""
        return list_bulk_email_actions.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            template_id=template_id,
            client=self._client,
        )

    def paginate_bulk_email_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
    ) -> Iterable[BulkEmailAction]:
        """Every item of `GET /bulk_action/email/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_email_actions.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[BulkEmailAction], bool]:
            page = list_bulk_email_actions.sync(
                fields=fields,
                template_id=template_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_email_actions.MAX_LIMIT, page_size)

    def list_bulk_sequence_subscription_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkSequenceSubscriptionActionList:
        """List bulk sequence subscriptions (`GET /bulk_action/sequence_subscription/`)."""
        return list_bulk_sequence_subscription_actions.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_sequence_subscription_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[BulkSequenceSubscriptionAction]:
        """Every item of `GET /bulk_action/sequence_subscription/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_sequence_subscription_actions.MAX_LIMIT`
        (the default).
        """

        def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[BulkSequenceSubscriptionAction], bool]:
            page = list_bulk_sequence_subscription_actions.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(
            fetch, list_bulk_sequence_subscription_actions.MAX_LIMIT, page_size
        )

    def update_bulk_delete_action(
        self,
        bulk_delete_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkDeleteAction:
        """Pause or resume a bulk delete (`PUT /bulk_action/delete/{bulk_delete_action_id}/`)."""
        return update_bulk_delete_action.sync(
            bulk_delete_action_id=bulk_delete_action_id,
            body=body,
            client=self._client,
        )

    def update_bulk_edit_action(
        self,
        bulk_edit_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkEditAction:
        """Pause or resume a bulk edit (`PUT /bulk_action/edit/{bulk_edit_action_id}/`)."""
        return update_bulk_edit_action.sync(
            bulk_edit_action_id=bulk_edit_action_id,
            body=body,
            client=self._client,
        )

    def update_bulk_email_action(
        self,
        bulk_email_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkEmailAction:
        """Pause or resume a bulk email (`PUT /bulk_action/email/{bulk_email_action_id}/`)."""
        return update_bulk_email_action.sync(
            bulk_email_action_id=bulk_email_action_id,
            body=body,
            client=self._client,
        )

    def update_bulk_sequence_subscription_action(
        self,
        bulk_sequence_subscription_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkSequenceSubscriptionAction:
        """Pause or resume a bulk sequence subscription (`PUT /bulk_action/sequence_subscription/{bulk_sequence_subscription_action_id}/`)."""
        return update_bulk_sequence_subscription_action.sync(
            bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
            body=body,
            client=self._client,
        )


class AsyncBulkActions:
    """The asyncio twin of `BulkActions`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_bulk_delete_action(
        self,
        *,
        body: BulkDeleteActionCreate,
    ) -> BulkDeleteAction:
        """Start a bulk delete (`POST /bulk_action/delete/`)."""
        return await create_bulk_delete_action.asyncio(
            body=body,
            client=self._client,
        )

    async def create_bulk_edit_action(
        self,
        *,
        body: BulkEditActionCreate,
    ) -> BulkEditAction:
        """Start a bulk edit (`POST /bulk_action/edit/`)."""
        return await create_bulk_edit_action.asyncio(
            body=body,
            client=self._client,
        )

    async def create_bulk_email_action(
        self,
        *,
        body: BulkEmailActionCreate,
    ) -> BulkEmailAction:
        """Start a bulk email (`POST /bulk_action/email/`)."""
        return await create_bulk_email_action.asyncio(
            body=body,
            client=self._client,
        )

    async def create_bulk_sequence_subscription_action(
        self,
        *,
        body: BulkSequenceSubscriptionActionCreate,
    ) -> BulkSequenceSubscriptionAction:
        """Start a bulk sequence subscription (`POST /bulk_action/sequence_subscription/`)."""
        return await create_bulk_sequence_subscription_action.asyncio(
            body=body,
            client=self._client,
        )

    async def get_bulk_delete_action(
        self,
        bulk_delete_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkDeleteAction:
        """Get a bulk delete (`GET /bulk_action/delete/{bulk_delete_action_id}/`)."""
        return await get_bulk_delete_action.asyncio(
            bulk_delete_action_id=bulk_delete_action_id,
            fields=fields,
            client=self._client,
        )

    async def get_bulk_edit_action(
        self,
        bulk_edit_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEditAction:
        """Get a bulk edit (`GET /bulk_action/edit/{bulk_edit_action_id}/`)."""
        return await get_bulk_edit_action.asyncio(
            bulk_edit_action_id=bulk_edit_action_id,
            fields=fields,
            client=self._client,
        )

    async def get_bulk_email_action(
        self,
        bulk_email_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEmailAction:
        """Get a bulk email (`GET /bulk_action/email/{bulk_email_action_id}/`)."""
        return await get_bulk_email_action.asyncio(
            bulk_email_action_id=bulk_email_action_id,
            fields=fields,
            client=self._client,
        )

    async def get_bulk_sequence_subscription_action(
        self,
        bulk_sequence_subscription_action_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkSequenceSubscriptionAction:
        """Get a bulk sequence subscription (`GET /bulk_action/sequence_subscription/{bulk_sequence_subscription_action_id}/`)."""
        return await get_bulk_sequence_subscription_action.asyncio(
            bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
            fields=fields,
            client=self._client,
        )

    async def list_bulk_delete_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkDeleteActionList:
        """List bulk deletes (`GET /bulk_action/delete/`)."""
        return await list_bulk_delete_actions.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_delete_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[BulkDeleteAction]:
        """Every item of `GET /bulk_action/delete/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_delete_actions.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[BulkDeleteAction], bool]:
            page = await list_bulk_delete_actions.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_delete_actions.MAX_LIMIT, page_size)

    async def list_bulk_edit_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkEditActionList:
        """List bulk edits (`GET /bulk_action/edit/`)."""
        return await list_bulk_edit_actions.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_edit_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[BulkEditAction]:
        """Every item of `GET /bulk_action/edit/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_edit_actions.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[BulkEditAction], bool]:
            page = await list_bulk_edit_actions.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_edit_actions.MAX_LIMIT, page_size)

    async def list_bulk_email_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
    ) -> BulkEmailActionList:
        """List bulk emails (`GET /bulk_action/email/`)."""
        return await list_bulk_email_actions.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            template_id=template_id,
            client=self._client,
        )

    def paginate_bulk_email_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
    ) -> AsyncIterable[BulkEmailAction]:
        """Every item of `GET /bulk_action/email/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_email_actions.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[BulkEmailAction], bool]:
            page = await list_bulk_email_actions.asyncio(
                fields=fields,
                template_id=template_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_bulk_email_actions.MAX_LIMIT, page_size)

    async def list_bulk_sequence_subscription_actions(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> BulkSequenceSubscriptionActionList:
        """List bulk sequence subscriptions (`GET /bulk_action/sequence_subscription/`)."""
        return await list_bulk_sequence_subscription_actions.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_bulk_sequence_subscription_actions(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[BulkSequenceSubscriptionAction]:
        """Every item of `GET /bulk_action/sequence_subscription/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_bulk_sequence_subscription_actions.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[BulkSequenceSubscriptionAction], bool]:
            page = await list_bulk_sequence_subscription_actions.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(
            fetch, list_bulk_sequence_subscription_actions.MAX_LIMIT, page_size
        )

    async def update_bulk_delete_action(
        self,
        bulk_delete_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkDeleteAction:
        """Pause or resume a bulk delete (`PUT /bulk_action/delete/{bulk_delete_action_id}/`)."""
        return await update_bulk_delete_action.asyncio(
            bulk_delete_action_id=bulk_delete_action_id,
            body=body,
            client=self._client,
        )

    async def update_bulk_edit_action(
        self,
        bulk_edit_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkEditAction:
        """Pause or resume a bulk edit (`PUT /bulk_action/edit/{bulk_edit_action_id}/`)."""
        return await update_bulk_edit_action.asyncio(
            bulk_edit_action_id=bulk_edit_action_id,
            body=body,
            client=self._client,
        )

    async def update_bulk_email_action(
        self,
        bulk_email_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkEmailAction:
        """Pause or resume a bulk email (`PUT /bulk_action/email/{bulk_email_action_id}/`)."""
        return await update_bulk_email_action.asyncio(
            bulk_email_action_id=bulk_email_action_id,
            body=body,
            client=self._client,
        )

    async def update_bulk_sequence_subscription_action(
        self,
        bulk_sequence_subscription_action_id: str,
        *,
        body: BulkActionStatusUpdate,
    ) -> BulkSequenceSubscriptionAction:
        """Pause or resume a bulk sequence subscription (`PUT /bulk_action/sequence_subscription/{bulk_sequence_subscription_action_id}/`)."""
        return await update_bulk_sequence_subscription_action.asyncio(
            bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
            body=body,
            client=self._client,
        )
