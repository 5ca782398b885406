"""Operations tagged `email_templates`, and their typed facade (`EmailTemplates`, `AsyncEmailTemplates`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...models.email_template_create import EmailTemplateCreate
from ...models.email_template_list import EmailTemplateList
from ...models.email_template_rendering import EmailTemplateRendering
from ...models.email_template_update import EmailTemplateUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_email_template,
    delete_email_template,
    get_email_template,
    list_email_templates,
    render_email_template,
    update_email_template,
)

__all__ = ["AsyncEmailTemplates", "EmailTemplates"]


class EmailTemplates:
    """The `email_templates` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create(
        self,
        *,
        body: EmailTemplateCreate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Create an email template (`POST /email_template/`)."""
        return create_email_template.sync(
            body=body,
            fields=fields,
            client=self._client,
        )

    def delete(
        self,
        template_id: str,
    ) -> EmptyObject:
        """Delete an email template (`DELETE /email_template/{template_id}/`)."""
        return delete_email_template.sync(
            template_id=template_id,
            client=self._client,
        )

    def get(
        self,
        template_id: str,
        *,
        fields: str | Unset = UNSET,
        include_embedded: bool | Unset = UNSET,
    ) -> EmailTemplate:
        """Get an email template (`GET /email_template/{template_id}/`)."""
        return get_email_template.sync(
            template_id=template_id,
            fields=fields,
            include_embedded=include_embedded,
            client=self._client,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
    ) -> EmailTemplateList:
        """List email templates (`GET /email_template/`)."""
        return list_email_templates.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            is_archived=is_archived,
            is_shared=is_shared,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
    ) -> Iterable[EmailTemplate]:
        """Every item of `GET /email_template/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_email_templates.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[EmailTemplate], bool]:
            page = list_email_templates.sync(
                fields=fields,
                is_archived=is_archived,
                is_shared=is_shared,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_email_templates.MAX_LIMIT, page_size)

    def render(
        self,
        template_id: str,
        *,
        lead_id: str,
        contact_id: str,
    ) -> EmailTemplateRendering:
        """Render an email template (`GET /email_template/{template_id}/render/`)."""
        return render_email_template.sync(
            template_id=template_id,
            lead_id=lead_id,
            contact_id=contact_id,
            client=self._client,
        )

    def update(
        self,
        template_id: str,
        *,
        body: EmailTemplateUpdate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Update an email template (`PUT /email_template/{template_id}/`)."""
        return update_email_template.sync(
            template_id=template_id,
            body=body,
            fields=fields,
            client=self._client,
        )


class AsyncEmailTemplates:
    """The asyncio twin of `EmailTemplates`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create(
        self,
        *,
        body: EmailTemplateCreate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Create an email template (`POST /email_template/`)."""
        return await create_email_template.asyncio(
            body=body,
            fields=fields,
            client=self._client,
        )

    async def delete(
        self,
        template_id: str,
    ) -> EmptyObject:
        """Delete an email template (`DELETE /email_template/{template_id}/`)."""
        return await delete_email_template.asyncio(
            template_id=template_id,
            client=self._client,
        )

    async def get(
        self,
        template_id: str,
        *,
        fields: str | Unset = UNSET,
        include_embedded: bool | Unset = UNSET,
    ) -> EmailTemplate:
        """Get an email template (`GET /email_template/{template_id}/`)."""
        return await get_email_template.asyncio(
            template_id=template_id,
            fields=fields,
            include_embedded=include_embedded,
            client=self._client,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
    ) -> EmailTemplateList:
        """List email templates (`GET /email_template/`)."""
        return await list_email_templates.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            is_archived=is_archived,
            is_shared=is_shared,
            client=self._client,
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
    ) -> AsyncIterable[EmailTemplate]:
        """Every item of `GET /email_template/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_email_templates.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[EmailTemplate], bool]:
            page = await list_email_templates.asyncio(
                fields=fields,
                is_archived=is_archived,
                is_shared=is_shared,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_email_templates.MAX_LIMIT, page_size)

    async def render(
        self,
        template_id: str,
        *,
        lead_id: str,
        contact_id: str,
    ) -> EmailTemplateRendering:
        """Render an email template (`GET /email_template/{template_id}/render/`)."""
        return await render_email_template.asyncio(
            template_id=template_id,
            lead_id=lead_id,
            contact_id=contact_id,
            client=self._client,
        )

    async def update(
        self,
        template_id: str,
        *,
        body: EmailTemplateUpdate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Update an email template (`PUT /email_template/{template_id}/`)."""
        return await update_email_template.asyncio(
            template_id=template_id,
            body=body,
            fields=fields,
            client=self._client,
        )
