"""Operations tagged `unsubscribed_emails`, and their typed facade (`UnsubscribedEmails`, `AsyncUnsubscribedEmails`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.unsubscribed_email import UnsubscribedEmail
from ...models.unsubscribed_email_create import UnsubscribedEmailCreate
from ...models.unsubscribed_email_list import UnsubscribedEmailList
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_unsubscribed_email,
    delete_unsubscribed_email,
    list_unsubscribed_emails,
)

__all__ = ["AsyncUnsubscribedEmails", "UnsubscribedEmails"]


class UnsubscribedEmails:
    """The `unsubscribed_emails` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: UnsubscribedEmailCreate,
    ) -> UnsubscribedEmail:
        """Unsubscribe an email address (`POST /unsubscribe/email/`)."""
        return create_unsubscribed_email.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        email_address: str,
    ) -> EmptyObject:
        """Resubscribe an email address (`DELETE /unsubscribe/email/{email_address}/`)."""
        return delete_unsubscribed_email.sync(
            email_address=email_address,
            client=self._client,
        )

    def list(
        self,
    ) -> UnsubscribedEmailList:
        """List unsubscribed emails (`GET /unsubscribe/email/`)."""
        return list_unsubscribed_emails.sync(
            client=self._client,
        )


class AsyncUnsubscribedEmails:
    """The asyncio twin of `UnsubscribedEmails`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: UnsubscribedEmailCreate,
    ) -> UnsubscribedEmail:
        """Unsubscribe an email address (`POST /unsubscribe/email/`)."""
        return await create_unsubscribed_email.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        email_address: str,
    ) -> EmptyObject:
        """Resubscribe an email address (`DELETE /unsubscribe/email/{email_address}/`)."""
        return await delete_unsubscribed_email.asyncio(
            email_address=email_address,
            client=self._client,
        )

    async def list(
        self,
    ) -> UnsubscribedEmailList:
        """List unsubscribed emails (`GET /unsubscribe/email/`)."""
        return await list_unsubscribed_emails.asyncio(
            client=self._client,
        )
