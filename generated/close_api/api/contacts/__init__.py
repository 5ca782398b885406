"""Operations tagged `contacts`, and their typed facade (`Contacts`, `AsyncContacts`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...models.contact_list import ContactList
from ...models.contact_update import ContactUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import create_contact, delete_contact, get_contact, list_contacts, update_contact

__all__ = ["AsyncContacts", "Contacts"]


class Contacts:
    """The `contacts` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: ContactCreate,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Create a contact (`POST /contact/`)."""
        return create_contact.sync(
            body=body,
            fields=fields,
            client=self._client,
        )

    def delete(
        self,
        contact_id: str,
    ) -> EmptyObject:
        """Delete a contact (`DELETE /contact/{contact_id}/`)."""
        return delete_contact.sync(
            contact_id=contact_id,
            client=self._client,
        )

    def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Get a contact (`GET /contact/{contact_id}/`)."""
        return get_contact.sync(
            contact_id=contact_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> ContactList:
        """List contacts (`GET /contact/`)."""
        return list_contacts.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> Iterable[Contact]:
        """Every item of `GET /contact/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_contacts.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Contact], bool]:
            page = list_contacts.sync(
                fields=fields,
                lead_id=lead_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_contacts.MAX_LIMIT, page_size)

    def update(
        self,
        contact_id: str,
        *,
        body: ContactUpdate,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Update a contact (`PUT /contact/{contact_id}/`)."""
        return update_contact.sync(
            contact_id=contact_id,
            body=body,
            fields=fields,
            client=self._client,
        )


class AsyncContacts:
    """The asyncio twin of `Contacts`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: ContactCreate,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Create a contact (`POST /contact/`)."""
        return await create_contact.asyncio(
            body=body,
            fields=fields,
            client=self._client,
        )

    async def delete(
        self,
        contact_id: str,
    ) -> EmptyObject:
        """Delete a contact (`DELETE /contact/{contact_id}/`)."""
        return await delete_contact.asyncio(
            contact_id=contact_id,
            client=self._client,
        )

    async def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Get a contact (`GET /contact/{contact_id}/`)."""
        return await get_contact.asyncio(
            contact_id=contact_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> ContactList:
        """List contacts (`GET /contact/`)."""
        return await list_contacts.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            lead_id=lead_id,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
    ) -> AsyncIterable[Contact]:
        """Every item of `GET /contact/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_contacts.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Contact], bool]:
            page = await list_contacts.asyncio(
                fields=fields,
                lead_id=lead_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_contacts.MAX_LIMIT, page_size)

    async def update(
        self,
        contact_id: str,
        *,
        body: ContactUpdate,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Update a contact (`PUT /contact/{contact_id}/`)."""
        return await update_contact.asyncio(
            contact_id=contact_id,
            body=body,
            fields=fields,
            client=self._client,
        )
