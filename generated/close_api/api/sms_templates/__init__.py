"""Operations tagged `sms_templates`, and their typed facade (`SmsTemplates`, `AsyncSmsTemplates`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.sms_template import SmsTemplate
from ...models.sms_template_create import SmsTemplateCreate
from ...models.sms_template_list import SmsTemplateList
from ...models.sms_template_update import SmsTemplateUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_sms_template,
    delete_sms_template,
    get_sms_template,
    list_sms_templates,
    update_sms_template,
)

__all__ = ["AsyncSmsTemplates", "SmsTemplates"]


class SmsTemplates:
    """The `sms_templates` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: SmsTemplateCreate,
    ) -> SmsTemplate:
        """Create an SMS template (`POST /sms_template/`)."""
        return create_sms_template.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        sms_template_id: str,
    ) -> None:
        """Delete an SMS template (`DELETE /sms_template/{sms_template_id}/`)."""
        return delete_sms_template.sync(
            sms_template_id=sms_template_id,
            client=self._client,
        )

    def get(
        self,
        sms_template_id: str,
        *,
        fields: str | Unset = UNSET,
        include_attachments: bool | Unset = False,
        include_embedded: bool | Unset = False,
    ) -> SmsTemplate:
        """Get an SMS template (`GET /sms_template/{sms_template_id}/`)."""
        return get_sms_template.sync(
            sms_template_id=sms_template_id,
            fields=fields,
            include_attachments=include_attachments,
            include_embedded=include_embedded,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SmsTemplateList:
        """List SMS templates (`GET /sms_template/`)."""
        return list_sms_templates.sync(
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
    ) -> Iterable[SmsTemplate]:
        """Every item of `GET /sms_template/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sms_templates.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[SmsTemplate], bool]:
            page = list_sms_templates.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sms_templates.MAX_LIMIT, page_size)

    def update(
        self,
        sms_template_id: str,
        *,
        body: SmsTemplateUpdate,
    ) -> SmsTemplate:
        """Update an SMS template (`PUT /sms_template/{sms_template_id}/`)."""
        return update_sms_template.sync(
            sms_template_id=sms_template_id,
            body=body,
            client=self._client,
        )


class AsyncSmsTemplates:
    """The asyncio twin of `SmsTemplates`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: SmsTemplateCreate,
    ) -> SmsTemplate:
        """Create an SMS template (`POST /sms_template/`)."""
        return await create_sms_template.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        sms_template_id: str,
    ) -> None:
        """Delete an SMS template (`DELETE /sms_template/{sms_template_id}/`)."""
        return await delete_sms_template.asyncio(
            sms_template_id=sms_template_id,
            client=self._client,
        )

    async def get(
        self,
        sms_template_id: str,
        *,
        fields: str | Unset = UNSET,
        include_attachments: bool | Unset = False,
        include_embedded: bool | Unset = False,
    ) -> SmsTemplate:
        """Get an SMS template (`GET /sms_template/{sms_template_id}/`)."""
        return await get_sms_template.asyncio(
            sms_template_id=sms_template_id,
            fields=fields,
            include_attachments=include_attachments,
            include_embedded=include_embedded,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SmsTemplateList:
        """List SMS templates (`GET /sms_template/`)."""
        return await list_sms_templates.asyncio(
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
    ) -> AsyncIterable[SmsTemplate]:
        """Every item of `GET /sms_template/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_sms_templates.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[SmsTemplate], bool]:
            page = await list_sms_templates.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_sms_templates.MAX_LIMIT, page_size)

    async def update(
        self,
        sms_template_id: str,
        *,
        body: SmsTemplateUpdate,
    ) -> SmsTemplate:
        """Update an SMS template (`PUT /sms_template/{sms_template_id}/`)."""
        return await update_sms_template.asyncio(
            sms_template_id=sms_template_id,
            body=body,
            client=self._client,
        )
