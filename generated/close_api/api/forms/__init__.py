"""Operations tagged `forms`, and their typed facade (`Forms`, `AsyncForms`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.form import Form
from ...models.form_list import FormList
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import get_form, list_forms

__all__ = ["AsyncForms", "Forms"]


class Forms:
    """The `forms` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Form:
        """Get a form (`GET /form/{form_id}/`)."""
        return get_form.sync(
            form_id=form_id,
            fields=fields,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> FormList:
        """List forms (`GET /form/`)."""
        return list_forms.sync(
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
    ) -> Iterable[Form]:
        """Every item of `GET /form/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_forms.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[Form], bool]:
            page = list_forms.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_forms.MAX_LIMIT, page_size)


class AsyncForms:
    """The asyncio twin of `Forms`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Form:
        """Get a form (`GET /form/{form_id}/`)."""
        return await get_form.asyncio(
            form_id=form_id,
            fields=fields,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> FormList:
        """List forms (`GET /form/`)."""
        return await list_forms.asyncio(
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
    ) -> AsyncIterable[Form]:
        """Every item of `GET /form/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_forms.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[Form], bool]:
            page = await list_forms.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_forms.MAX_LIMIT, page_size)
