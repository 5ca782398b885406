"""Operations tagged `emails`, and their typed facade (`Emails`, `AsyncEmails`)."""

import builtins
import datetime
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.email_create import EmailCreate
from ...models.email_list import EmailList
from ...models.email_thread import EmailThread
from ...models.email_thread_list import EmailThreadList
from ...models.email_update import EmailUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_email,
    delete_email,
    delete_email_thread,
    get_email,
    get_email_thread,
    list_email_threads,
    list_emails,
    update_email,
)

__all__ = ["AsyncEmails", "Emails"]


class Emails:
    """The `emails` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: EmailCreate,
    ) -> Email:
        """Create an email (`POST /activity/email/`)."""
        return create_email.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an email (`DELETE /activity/email/{activity_id}/`)."""
        return delete_email.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def delete_email_thread(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an email thread (`DELETE /activity/emailthread/{activity_id}/`)."""
        return delete_email_thread.sync(
            activity_id=activity_id,
            client=self._client,
        )

    def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Email:
        """Get an email (`GET /activity/email/{activity_id}/`)."""
        return get_email.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def get_email_thread(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> EmailThread:
        """Get an email thread (`GET /activity/emailthread/{activity_id}/`)."""
        return get_email_thread.sync(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    def list_email_threads(
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
    ) -> EmailThreadList:
        """List email threads (`GET /activity/emailthread/`)."""
        return list_email_threads.sync(
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

    def paginate_email_threads(
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
    ) -> Iterable[EmailThread]:
        """Every item of `GET /activity/emailthread/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_email_threads.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[EmailThread], bool]:
            page = list_email_threads.sync(
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

        return self._pager(fetch, list_email_threads.MAX_LIMIT, page_size)

    def list(
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
    ) -> EmailList:
        """List emails (`GET /activity/email/`)."""
        return list_emails.sync(
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

    def paginate(
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
    ) -> Iterable[Email]:
        """Every item of `GET /activity/email/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_emails.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Email], bool]:
            page = list_emails.sync(
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

        return self._pager(fetch, list_emails.MAX_LIMIT, page_size)

    def update(
        self,
        activity_id: str,
        *,
        body: EmailUpdate,
    ) -> Email:
        """Update an email (`PUT /activity/email/{activity_id}/`)."""
        return update_email.sync(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )


class AsyncEmails:
    """The asyncio twin of `Emails`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: EmailCreate,
    ) -> Email:
        """Create an email (`POST /activity/email/`)."""
        return await create_email.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an email (`DELETE /activity/email/{activity_id}/`)."""
        return await delete_email.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def delete_email_thread(
        self,
        activity_id: str,
    ) -> EmptyObject:
        """Delete an email thread (`DELETE /activity/emailthread/{activity_id}/`)."""
        return await delete_email_thread.asyncio(
            activity_id=activity_id,
            client=self._client,
        )

    async def get(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Email:
        """Get an email (`GET /activity/email/{activity_id}/`)."""
        return await get_email.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def get_email_thread(
        self,
        activity_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> EmailThread:
        """Get an email thread (`GET /activity/emailthread/{activity_id}/`)."""
        return await get_email_thread.asyncio(
            activity_id=activity_id,
            fields=fields,
            client=self._client,
        )

    async def list_email_threads(
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
    ) -> EmailThreadList:
        """List email threads (`GET /activity/emailthread/`)."""
        return await list_email_threads.asyncio(
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

    def paginate_email_threads(
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
    ) -> AsyncIterable[EmailThread]:
        """Every item of `GET /activity/emailthread/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_email_threads.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[EmailThread], bool]:
            page = await list_email_threads.asyncio(
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

        return self._pager(fetch, list_email_threads.MAX_LIMIT, page_size)

    async def list(
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
    ) -> EmailList:
        """List emails (`GET /activity/email/`)."""
        return await list_emails.asyncio(
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

    def paginate(
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
    ) -> AsyncIterable[Email]:
        """Every item of `GET /activity/email/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_emails.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Email], bool]:
            page = await list_emails.asyncio(
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

        return self._pager(fetch, list_emails.MAX_LIMIT, page_size)

    async def update(
        self,
        activity_id: str,
        *,
        body: EmailUpdate,
    ) -> Email:
        """Update an email (`PUT /activity/email/{activity_id}/`)."""
        return await update_email.asyncio(
            activity_id=activity_id,
            body=body,
            client=self._client,
        )
