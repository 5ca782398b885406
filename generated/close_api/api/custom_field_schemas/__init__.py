"""Operations tagged `custom_field_schemas`, and their typed facade (`CustomFieldSchemas`, `AsyncCustomFieldSchemas`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...models.custom_field_schema_reorder import CustomFieldSchemaReorder
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    get_activity_custom_field_schema,
    get_contact_custom_field_schema,
    get_custom_object_custom_field_schema,
    get_lead_custom_field_schema,
    get_opportunity_custom_field_schema,
    reorder_activity_custom_field_schema,
    reorder_contact_custom_field_schema,
    reorder_custom_object_custom_field_schema,
    reorder_lead_custom_field_schema,
    reorder_opportunity_custom_field_schema,
)

__all__ = ["AsyncCustomFieldSchemas", "CustomFieldSchemas"]


class CustomFieldSchemas:
    """The `custom_field_schemas` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def get_activity_custom_field_schema(
        self,
        custom_activity_type_id: str,
    ) -> CustomFieldSchema:
        """Get the custom field schema of a custom activity type (`GET /custom_field_schema/activity/{custom_activity_type_id}/`)."""
        return get_activity_custom_field_schema.sync(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def get_contact_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of contacts (`GET /custom_field_schema/contact/`)."""
        return get_contact_custom_field_schema.sync(
            client=self._client,
        )

    def get_custom_object_custom_field_schema(
        self,
        custom_object_type_id: str,
    ) -> CustomFieldSchema:
        """Get the custom field schema of a custom object type (`GET /custom_field_schema/custom_object/{custom_object_type_id}/`)."""
        return get_custom_object_custom_field_schema.sync(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def get_lead_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of leads (`GET /custom_field_schema/lead/`)."""
        return get_lead_custom_field_schema.sync(
            client=self._client,
        )

    def get_opportunity_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of opportunities (`GET /custom_field_schema/opportunity/`)."""
        return get_opportunity_custom_field_schema.sync(
            client=self._client,
        )

    def reorder_activity_custom_field_schema(
        self,
        custom_activity_type_id: str,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of a custom activity type (`PUT /custom_field_schema/activity/{custom_activity_type_id}/`)."""
        return reorder_activity_custom_field_schema.sync(
            custom_activity_type_id=custom_activity_type_id,
            body=body,
            client=self._client,
        )

    def reorder_contact_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of contacts (`PUT /custom_field_schema/contact/`)."""
        return reorder_contact_custom_field_schema.sync(
            body=body,
            client=self._client,
        )

    def reorder_custom_object_custom_field_schema(
        self,
        custom_object_type_id: str,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of a custom object type (`PUT /custom_field_schema/custom_object/{custom_object_type_id}/`)."""
        return reorder_custom_object_custom_field_schema.sync(
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )

    def reorder_lead_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of leads (`PUT /custom_field_schema/lead/`)."""
        return reorder_lead_custom_field_schema.sync(
            body=body,
            client=self._client,
        )

    def reorder_opportunity_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of opportunities (`PUT /custom_field_schema/opportunity/`)."""
        return reorder_opportunity_custom_field_schema.sync(
            body=body,
            client=self._client,
        )


class AsyncCustomFieldSchemas:
    """The asyncio twin of `CustomFieldSchemas`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def get_activity_custom_field_schema(
        self,
        custom_activity_type_id: str,
    ) -> CustomFieldSchema:
        """Get the custom field schema of a custom activity type (`GET /custom_field_schema/activity/{custom_activity_type_id}/`)."""
        return await get_activity_custom_field_schema.asyncio(
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    async def get_contact_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of contacts (`GET /custom_field_schema/contact/`)."""
        return await get_contact_custom_field_schema.asyncio(
            client=self._client,
        )

    async def get_custom_object_custom_field_schema(
        self,
        custom_object_type_id: str,
    ) -> CustomFieldSchema:
        """Get the custom field schema of a custom object type (`GET /custom_field_schema/custom_object/{custom_object_type_id}/`)."""
        return await get_custom_object_custom_field_schema.asyncio(
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    async def get_lead_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of leads (`GET /custom_field_schema/lead/`)."""
        return await get_lead_custom_field_schema.asyncio(
            client=self._client,
        )

    async def get_opportunity_custom_field_schema(
        self,
    ) -> CustomFieldSchema:
        """Get the custom field schema of opportunities (`GET /custom_field_schema/opportunity/`)."""
        return await get_opportunity_custom_field_schema.asyncio(
            client=self._client,
        )

    async def reorder_activity_custom_field_schema(
        self,
        custom_activity_type_id: str,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of a custom activity type (`PUT /custom_field_schema/activity/{custom_activity_type_id}/`)."""
        return await reorder_activity_custom_field_schema.asyncio(
            custom_activity_type_id=custom_activity_type_id,
            body=body,
            client=self._client,
        )

    async def reorder_contact_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of contacts (`PUT /custom_field_schema/contact/`)."""
        return await reorder_contact_custom_field_schema.asyncio(
            body=body,
            client=self._client,
        )

    async def reorder_custom_object_custom_field_schema(
        self,
        custom_object_type_id: str,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of a custom object type (`PUT /custom_field_schema/custom_object/{custom_object_type_id}/`)."""
        return await reorder_custom_object_custom_field_schema.asyncio(
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )

    async def reorder_lead_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of leads (`PUT /custom_field_schema/lead/`)."""
        return await reorder_lead_custom_field_schema.asyncio(
            body=body,
            client=self._client,
        )

    async def reorder_opportunity_custom_field_schema(
        self,
        *,
        body: CustomFieldSchemaReorder,
    ) -> CustomFieldSchema:
        """Reorder the custom field schema of opportunities (`PUT /custom_field_schema/opportunity/`)."""
        return await reorder_opportunity_custom_field_schema.asyncio(
            body=body,
            client=self._client,
        )
