"""Operations tagged `custom_fields`, and their typed facade (`CustomFields`, `AsyncCustomFields`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.activity_custom_field_create import ActivityCustomFieldCreate
from ...models.activity_custom_field_update import ActivityCustomFieldUpdate
from ...models.custom_field import CustomField
from ...models.custom_field_create import CustomFieldCreate
from ...models.custom_field_list import CustomFieldList
from ...models.custom_field_update import CustomFieldUpdate
from ...models.custom_object_custom_field_create import CustomObjectCustomFieldCreate
from ...models.custom_object_custom_field_update import CustomObjectCustomFieldUpdate
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.shared_custom_field import SharedCustomField
from ...models.shared_custom_field_create import SharedCustomFieldCreate
from ...models.shared_custom_field_list import SharedCustomFieldList
from ...models.shared_custom_field_update import SharedCustomFieldUpdate
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    create_activity_custom_field,
    create_contact_custom_field,
    create_custom_object_custom_field,
    create_lead_custom_field,
    create_opportunity_custom_field,
    create_shared_custom_field,
    delete_activity_custom_field,
    delete_contact_custom_field,
    delete_custom_object_custom_field,
    delete_lead_custom_field,
    delete_opportunity_custom_field,
    delete_shared_custom_field,
    get_activity_custom_field,
    get_contact_custom_field,
    get_custom_object_custom_field,
    get_lead_custom_field,
    get_opportunity_custom_field,
    get_shared_custom_field,
    list_activity_custom_fields,
    list_contact_custom_fields,
    list_custom_object_custom_fields,
    list_lead_custom_fields,
    list_opportunity_custom_fields,
    list_shared_custom_fields,
    update_activity_custom_field,
    update_contact_custom_field,
    update_custom_object_custom_field,
    update_lead_custom_field,
    update_opportunity_custom_field,
    update_shared_custom_field,
)

__all__ = ["AsyncCustomFields", "CustomFields"]


class CustomFields:
    """The `custom_fields` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def create_activity_custom_field(
        self,
        *,
        body: ActivityCustomFieldCreate,
    ) -> CustomField:
        """Create a activity custom field (`POST /custom_field/activity/`)."""
        return create_activity_custom_field.sync(
            body=body,
            client=self._client,
        )

    def create_contact_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a contact custom field (`POST /custom_field/contact/`)."""
        return create_contact_custom_field.sync(
            body=body,
            client=self._client,
        )

    def create_custom_object_custom_field(
        self,
        *,
        body: CustomObjectCustomFieldCreate,
    ) -> CustomField:
        """Create a custom object custom field (`POST /custom_field/custom_object_type/`)."""
        return create_custom_object_custom_field.sync(
            body=body,
            client=self._client,
        )

    def create_lead_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a lead custom field (`POST /custom_field/lead/`)."""
        return create_lead_custom_field.sync(
            body=body,
            client=self._client,
        )

    def create_opportunity_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a opportunity custom field (`POST /custom_field/opportunity/`)."""
        return create_opportunity_custom_field.sync(
            body=body,
            client=self._client,
        )

    def create_shared_custom_field(
        self,
        *,
        body: SharedCustomFieldCreate,
    ) -> SharedCustomField:
        """Create a shared custom field (`POST /custom_field/shared/`)."""
        return create_shared_custom_field.sync(
            body=body,
            client=self._client,
        )

    def delete_activity_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a activity custom field (`DELETE /custom_field/activity/{custom_field_id}/`)."""
        return delete_activity_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_contact_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a contact custom field (`DELETE /custom_field/contact/{custom_field_id}/`)."""
        return delete_contact_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_custom_object_custom_field(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete a custom object custom field (`DELETE /custom_field/custom_object_type/{custom_field_id}/`)."""
        return delete_custom_object_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_lead_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a lead custom field (`DELETE /custom_field/lead/{custom_field_id}/`)."""
        return delete_lead_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_opportunity_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a opportunity custom field (`DELETE /custom_field/opportunity/{custom_field_id}/`)."""
        return delete_opportunity_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_shared_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a shared custom field (`DELETE /custom_field/shared/{custom_field_id}/`)."""
        return delete_shared_custom_field.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def get_activity_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a activity custom field (`GET /custom_field/activity/{custom_field_id}/`)."""
        return get_activity_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def get_contact_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a contact custom field (`GET /custom_field/contact/{custom_field_id}/`)."""
        return get_contact_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def get_custom_object_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a custom object custom field (`GET /custom_field/custom_object_type/{custom_field_id}/`)."""
        return get_custom_object_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def get_lead_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a lead custom field (`GET /custom_field/lead/{custom_field_id}/`)."""
        return get_lead_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def get_opportunity_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a opportunity custom field (`GET /custom_field/opportunity/{custom_field_id}/`)."""
        return get_opportunity_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def get_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomField:
        """Get a shared custom field (`GET /custom_field/shared/{custom_field_id}/`)."""
        return get_shared_custom_field.sync(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    def list_activity_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        custom_activity_type_id: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List activity custom fields (`GET /custom_field/activity/`)."""
        return list_activity_custom_fields.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def paginate_activity_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        custom_activity_type_id: str | Unset = UNSET,
    ) -> Iterable[CustomField]:
        """Every item of `GET /custom_field/activity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_activity_custom_fields.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = list_activity_custom_fields.sync(
                fields=fields,
                custom_activity_type_id=custom_activity_type_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_activity_custom_fields.MAX_LIMIT, page_size)

    def list_contact_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List contact custom fields (`GET /custom_field/contact/`)."""
        return list_contact_custom_fields.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_contact_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[CustomField]:
        """Every item of `GET /custom_field/contact/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_contact_custom_fields.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = list_contact_custom_fields.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_contact_custom_fields.MAX_LIMIT, page_size)

    def list_custom_object_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List custom object custom fields (`GET /custom_field/custom_object_type/`)."""
        return list_custom_object_custom_fields.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def paginate_custom_object_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
    ) -> Iterable[CustomField]:
        """Every item of `GET /custom_field/custom_object_type/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_object_custom_fields.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = list_custom_object_custom_fields.sync(
                fields=fields,
                custom_object_type_id=custom_object_type_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_custom_object_custom_fields.MAX_LIMIT, page_size)

    def list_lead_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List lead custom fields (`GET /custom_field/lead/`)."""
        return list_lead_custom_fields.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_lead_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[CustomField]:
        """Every item of `GET /custom_field/lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_lead_custom_fields.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = list_lead_custom_fields.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_lead_custom_fields.MAX_LIMIT, page_size)

    def list_opportunity_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List opportunity custom fields (`GET /custom_field/opportunity/`)."""
        return list_opportunity_custom_fields.sync(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_opportunity_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> Iterable[CustomField]:
        """Every item of `GET /custom_field/opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunity_custom_fields.MAX_LIMIT`
        (the default).
        """

        def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = list_opportunity_custom_fields.sync(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_opportunity_custom_fields.MAX_LIMIT, page_size)

    def list_shared_custom_fields(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomFieldList:
        """List shared custom fields (`GET /custom_field/shared/`)."""
        return list_shared_custom_fields.sync(
            fields=fields,
            client=self._client,
        )

    def update_activity_custom_field(
        self,
        custom_field_id: str,
        *,
        body: ActivityCustomFieldUpdate,
    ) -> CustomField:
        """Update a activity custom field (`PUT /custom_field/activity/{custom_field_id}/`)."""
        return update_activity_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_contact_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a contact custom field (`PUT /custom_field/contact/{custom_field_id}/`)."""
        return update_contact_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_custom_object_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomObjectCustomFieldUpdate,
    ) -> CustomField:
        """Update a custom object custom field (`PUT /custom_field/custom_object_type/{custom_field_id}/`)."""
        return update_custom_object_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_lead_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a lead custom field (`PUT /custom_field/lead/{custom_field_id}/`)."""
        return update_lead_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_opportunity_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a opportunity custom field (`PUT /custom_field/opportunity/{custom_field_id}/`)."""
        return update_opportunity_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldUpdate,
    ) -> SharedCustomField:
        """Update a shared custom field (`PUT /custom_field/shared/{custom_field_id}/`)."""
        return update_shared_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )


class AsyncCustomFields:
    """The asyncio twin of `CustomFields`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def create_activity_custom_field(
        self,
        *,
        body: ActivityCustomFieldCreate,
    ) -> CustomField:
        """Create a activity custom field (`POST /custom_field/activity/`)."""
        return await create_activity_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def create_contact_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a contact custom field (`POST /custom_field/contact/`)."""
        return await create_contact_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def create_custom_object_custom_field(
        self,
        *,
        body: CustomObjectCustomFieldCreate,
    ) -> CustomField:
        """Create a custom object custom field (`POST /custom_field/custom_object_type/`)."""
        return await create_custom_object_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def create_lead_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a lead custom field (`POST /custom_field/lead/`)."""
        return await create_lead_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def create_opportunity_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField:
        """Create a opportunity custom field (`POST /custom_field/opportunity/`)."""
        return await create_opportunity_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def create_shared_custom_field(
        self,
        *,
        body: SharedCustomFieldCreate,
    ) -> SharedCustomField:
        """Create a shared custom field (`POST /custom_field/shared/`)."""
        return await create_shared_custom_field.asyncio(
            body=body,
            client=self._client,
        )

    async def delete_activity_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a activity custom field (`DELETE /custom_field/activity/{custom_field_id}/`)."""
        return await delete_activity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_contact_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a contact custom field (`DELETE /custom_field/contact/{custom_field_id}/`)."""
        return await delete_contact_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_custom_object_custom_field(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete a custom object custom field (`DELETE /custom_field/custom_object_type/{custom_field_id}/`)."""
        return await delete_custom_object_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_lead_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a lead custom field (`DELETE /custom_field/lead/{custom_field_id}/`)."""
        return await delete_lead_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_opportunity_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a opportunity custom field (`DELETE /custom_field/opportunity/{custom_field_id}/`)."""
        return await delete_opportunity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_shared_custom_field(
        self,
        custom_field_id: str,
    ) -> EmptyObject:
        """Delete a shared custom field (`DELETE /custom_field/shared/{custom_field_id}/`)."""
        return await delete_shared_custom_field.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def get_activity_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a activity custom field (`GET /custom_field/activity/{custom_field_id}/`)."""
        return await get_activity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def get_contact_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a contact custom field (`GET /custom_field/contact/{custom_field_id}/`)."""
        return await get_contact_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def get_custom_object_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a custom object custom field (`GET /custom_field/custom_object_type/{custom_field_id}/`)."""
        return await get_custom_object_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def get_lead_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a lead custom field (`GET /custom_field/lead/{custom_field_id}/`)."""
        return await get_lead_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def get_opportunity_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a opportunity custom field (`GET /custom_field/opportunity/{custom_field_id}/`)."""
        return await get_opportunity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def get_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomField:
        """Get a shared custom field (`GET /custom_field/shared/{custom_field_id}/`)."""
        return await get_shared_custom_field.asyncio(
            custom_field_id=custom_field_id,
            fields=fields,
            client=self._client,
        )

    async def list_activity_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        custom_activity_type_id: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List activity custom fields (`GET /custom_field/activity/`)."""
        return await list_activity_custom_fields.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def paginate_activity_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        custom_activity_type_id: str | Unset = UNSET,
    ) -> AsyncIterable[CustomField]:
        """Every item of `GET /custom_field/activity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_activity_custom_fields.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = await list_activity_custom_fields.asyncio(
                fields=fields,
                custom_activity_type_id=custom_activity_type_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_activity_custom_fields.MAX_LIMIT, page_size)

    async def list_contact_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List contact custom fields (`GET /custom_field/contact/`)."""
        return await list_contact_custom_fields.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_contact_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[CustomField]:
        """Every item of `GET /custom_field/contact/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_contact_custom_fields.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = await list_contact_custom_fields.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_contact_custom_fields.MAX_LIMIT, page_size)

    async def list_custom_object_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List custom object custom fields (`GET /custom_field/custom_object_type/`)."""
        return await list_custom_object_custom_fields.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def paginate_custom_object_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
    ) -> AsyncIterable[CustomField]:
        """Every item of `GET /custom_field/custom_object_type/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_custom_object_custom_fields.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = await list_custom_object_custom_fields.asyncio(
                fields=fields,
                custom_object_type_id=custom_object_type_id,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_custom_object_custom_fields.MAX_LIMIT, page_size)

    async def list_lead_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List lead custom fields (`GET /custom_field/lead/`)."""
        return await list_lead_custom_fields.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_lead_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[CustomField]:
        """Every item of `GET /custom_field/lead/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_lead_custom_fields.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = await list_lead_custom_fields.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_lead_custom_fields.MAX_LIMIT, page_size)

    async def list_opportunity_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CustomFieldList:
        """List opportunity custom fields (`GET /custom_field/opportunity/`)."""
        return await list_opportunity_custom_fields.asyncio(
            limit=limit,
            skip=skip,
            fields=fields,
            client=self._client,
        )

    def paginate_opportunity_custom_fields(
        self,
        *,
        page_size: int | None = None,
        fields: str | Unset = UNSET,
    ) -> AsyncIterable[CustomField]:
        """Every item of `GET /custom_field/opportunity/`, fetched page by page as you iterate.

        Pages hold `page_size` items, at most the spec's `list_opportunity_custom_fields.MAX_LIMIT`
        (the default).
        """

        async def fetch(skip: int, limit: int) -> tuple[Sequence[CustomField], bool]:
            page = await list_opportunity_custom_fields.asyncio(
                fields=fields,
                client=self._client,
                skip=skip,
                limit=limit,
            )
            return page.data, page.has_more

        return self._pager(fetch, list_opportunity_custom_fields.MAX_LIMIT, page_size)

    async def list_shared_custom_fields(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomFieldList:
        """List shared custom fields (`GET /custom_field/shared/`)."""
        return await list_shared_custom_fields.asyncio(
            fields=fields,
            client=self._client,
        )

    async def update_activity_custom_field(
        self,
        custom_field_id: str,
        *,
        body: ActivityCustomFieldUpdate,
    ) -> CustomField:
        """Update a activity custom field (`PUT /custom_field/activity/{custom_field_id}/`)."""
        return await update_activity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_contact_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a contact custom field (`PUT /custom_field/contact/{custom_field_id}/`)."""
        return await update_contact_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_custom_object_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomObjectCustomFieldUpdate,
    ) -> CustomField:
        """Update a custom object custom field (`PUT /custom_field/custom_object_type/{custom_field_id}/`)."""
        return await update_custom_object_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_lead_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a lead custom field (`PUT /custom_field/lead/{custom_field_id}/`)."""
        return await update_lead_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_opportunity_custom_field(
        self,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField:
        """Update a opportunity custom field (`PUT /custom_field/opportunity/{custom_field_id}/`)."""
        return await update_opportunity_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldUpdate,
    ) -> SharedCustomField:
        """Update a shared custom field (`PUT /custom_field/shared/{custom_field_id}/`)."""
        return await update_shared_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )
