"""Operations tagged `whatsapp`, and their typed facade (`Whatsapp`, `AsyncWhatsapp`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...models.whats_app_message import WhatsAppMessage
from ...models.whats_app_message_create import WhatsAppMessageCreate
from ...models.whats_app_message_list import WhatsAppMessageList
from ...models.whats_app_message_update import WhatsAppMessageUpdate
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_whatsapp_message,
    delete_whatsapp_message,
    get_whatsapp_message,
    list_whatsapp_messages,
    update_whatsapp_message,
)

__all__ = ["AsyncWhatsapp", "Whatsapp"]


class Whatsapp:
    """The `whatsapp` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_whatsapp_message(
        self,
        *,
        body: WhatsAppMessageCreate,
    ) -> WhatsAppMessage:
        """Log a WhatsApp message (`POST /activity/whatsapp_message/`)."""
        return create_whatsapp_message.sync(
            body=body,
            client=self._client,
        )

    def delete_whatsapp_message(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a WhatsApp message (`DELETE /activity/whatsapp_message/{activity_id}/`)."""
        return delete_whatsapp_message.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get_whatsapp_message(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> WhatsAppMessage:
        """Get a WhatsApp message (`GET /activity/whatsapp_message/{activity_id}/`)."""
        return get_whatsapp_message.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list_whatsapp_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        external_whatsapp_message_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> WhatsAppMessageList:
        """List WhatsApp messages (`GET /activity/whatsapp_message/`)."""
        return list_whatsapp_messages.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            external_whatsapp_message_id=external_whatsapp_message_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate_whatsapp_messages(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        external_whatsapp_message_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[WhatsAppMessage]:
        """Every item of `GET /activity/whatsapp_message/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_whatsapp_messages.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[WhatsAppMessage], bool]:
            page = list_whatsapp_messages.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                external_whatsapp_message_id=external_whatsapp_message_id,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_whatsapp_messages.MAX_LIMIT, page_size)

    def update_whatsapp_message(
        self,
        activity_id: str,
        *,
        body: WhatsAppMessageUpdate,
    ) -> WhatsAppMessage:
        """Update a WhatsApp message (`PUT /activity/whatsapp_message/{activity_id}/`)."""
        return update_whatsapp_message.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncWhatsapp:
    """The asyncio twin of `Whatsapp`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_whatsapp_message(
        self,
        *,
        body: WhatsAppMessageCreate,
    ) -> WhatsAppMessage:
        """Log a WhatsApp message (`POST /activity/whatsapp_message/`)."""
        return await create_whatsapp_message.asyncio(
            body=body,
            client=self._client,
        )

    async def delete_whatsapp_message(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete a WhatsApp message (`DELETE /activity/whatsapp_message/{activity_id}/`)."""
        return await delete_whatsapp_message.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get_whatsapp_message(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> WhatsAppMessage:
        """Get a WhatsApp message (`GET /activity/whatsapp_message/{activity_id}/`)."""
        return await get_whatsapp_message.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list_whatsapp_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        external_whatsapp_message_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> WhatsAppMessageList:
        """List WhatsApp messages (`GET /activity/whatsapp_message/`)."""
        return await list_whatsapp_messages.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            external_whatsapp_message_id=external_whatsapp_message_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            client=self._client,
        )

    def paginate_whatsapp_messages(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        external_whatsapp_message_id: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[WhatsAppMessage]:
        """Every item of `GET /activity/whatsapp_message/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_whatsapp_messages.MAX_LIMIT`
        (the default).
        """

        async def fetch(
            skip: int, limit: int
        ) -> tuple[Sequence[WhatsAppMessage], bool]:
            page = await list_whatsapp_messages.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
                external_whatsapp_message_id=external_whatsapp_message_id,
                date_created_gt=date_created_gt,
                date_created_gte=date_created_gte,
                date_created_lt=date_created_lt,
                date_created_lte=date_created_lte,
                activity_at_gt=activity_at_gt,
                activity_at_gte=activity_at_gte,
                activity_at_lt=activity_at_lt,
                activity_at_lte=activity_at_lte,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_whatsapp_messages.MAX_LIMIT, page_size)

    async def update_whatsapp_message(
        self,
        activity_id: str,
        *,
        body: WhatsAppMessageUpdate,
    ) -> WhatsAppMessage:
        """Update a WhatsApp message (`PUT /activity/whatsapp_message/{activity_id}/`)."""
        return await update_whatsapp_message.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
