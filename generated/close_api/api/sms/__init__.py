"""Operations tagged `sms`, and their typed facade (`Sms`, `AsyncSms`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.sms import SMS
from ...models.sms_create import SMSCreate
from ...models.sms_list import SMSList
from ...models.sms_update import SMSUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_sms, delete_sms, get_sms, list_sms_messages, update_sms

__all__ = ["AsyncSms", "Sms"]


class Sms:
    """The `sms` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: SMSCreate,
    ) -> SMS:
        """Create an SMS (`POST /activity/sms/`)."""
        return create_sms.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an SMS message (`DELETE /activity/sms/{activity_id}/`)."""
        return delete_sms.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SMS:
        """Get an SMS message (`GET /activity/sms/{activity_id}/`)."""
        return get_sms.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list_sms_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> SMSList:
        """List SMS messages (`GET /activity/sms/`)."""
        return list_sms_messages.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
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

    def paginate_sms_messages(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> Iterable[SMS]:
        """Every item of `GET /activity/sms/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sms_messages.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[SMS], bool]:
            page = list_sms_messages.sync(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
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

        return self._pager(fetch, list_sms_messages.MAX_LIMIT, page_size)

    def update(
        self,
        activity_id: str,
        *,
        body: SMSUpdate,
    ) -> SMS:
        """Update an SMS message (`PUT /activity/sms/{activity_id}/`)."""
        return update_sms.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncSms:
    """The asyncio twin of `Sms`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: SMSCreate,
    ) -> SMS:
        """Create an SMS (`POST /activity/sms/`)."""
        return await create_sms.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an SMS message (`DELETE /activity/sms/{activity_id}/`)."""
        return await delete_sms.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SMS:
        """Get an SMS message (`GET /activity/sms/{activity_id}/`)."""
        return await get_sms.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list_sms_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> SMSList:
        """List SMS messages (`GET /activity/sms/`)."""
        return await list_sms_messages.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
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

    def paginate_sms_messages(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> AsyncIterable[SMS]:
        """Every item of `GET /activity/sms/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sms_messages.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[SMS], bool]:
            page = await list_sms_messages.asyncio(
                fields=fields,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                id_in=id_in,
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

        return self._pager(fetch, list_sms_messages.MAX_LIMIT, page_size)

    async def update(
        self,
        activity_id: str,
        *,
        body: SMSUpdate,
    ) -> SMS:
        """Update an SMS message (`PUT /activity/sms/{activity_id}/`)."""
        return await update_sms.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
