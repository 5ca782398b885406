"""Operations tagged `shared_custom_field_associations`, and their typed facade (`SharedCustomFieldAssociations`, `AsyncSharedCustomFieldAssociations`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_create import (
    SharedCustomFieldAssociationCreate,
)
from ...models.shared_custom_field_association_update import (
    SharedCustomFieldAssociationUpdate,
)
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import (
    associate_shared_custom_field,
    delete_shared_custom_field_contact_association,
    delete_shared_custom_field_custom_activity_type_association,
    delete_shared_custom_field_custom_object_type_association,
    delete_shared_custom_field_lead_association,
    delete_shared_custom_field_opportunity_association,
    get_shared_custom_field_contact_association,
    get_shared_custom_field_custom_activity_type_association,
    get_shared_custom_field_custom_object_type_association,
    get_shared_custom_field_lead_association,
    get_shared_custom_field_opportunity_association,
    update_shared_custom_field_contact_association,
    update_shared_custom_field_custom_activity_type_association,
    update_shared_custom_field_custom_object_type_association,
    update_shared_custom_field_lead_association,
    update_shared_custom_field_opportunity_association,
)

__all__ = ["AsyncSharedCustomFieldAssociations", "SharedCustomFieldAssociations"]


class SharedCustomFieldAssociations:
    """The `shared_custom_field_associations` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def associate_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationCreate,
    ) -> SharedCustomFieldAssociation:
        """Associate a shared custom field with an object kind (`POST /custom_field/shared/{custom_field_id}/association/`)."""
        return associate_shared_custom_field.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def delete_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from contacts (`DELETE /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return delete_shared_custom_field_contact_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
    ) -> None:
        """Disassociate a shared custom field from a custom activity type (`DELETE /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return delete_shared_custom_field_custom_activity_type_association.sync(
            custom_field_id=custom_field_id,
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def delete_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
    ) -> None:
        """Disassociate a shared custom field from a custom object type (`DELETE /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return delete_shared_custom_field_custom_object_type_association.sync(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def delete_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from leads (`DELETE /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return delete_shared_custom_field_lead_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def delete_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from opportunities (`DELETE /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return delete_shared_custom_field_opportunity_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def get_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with contacts (`GET /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return get_shared_custom_field_contact_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def get_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with a custom activity type (`GET /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return get_shared_custom_field_custom_activity_type_association.sync(
            custom_field_id=custom_field_id,
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    def get_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with a custom object type (`GET /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return get_shared_custom_field_custom_object_type_association.sync(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    def get_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with leads (`GET /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return get_shared_custom_field_lead_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def get_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with opportunities (`GET /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return get_shared_custom_field_opportunity_association.sync(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    def update_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with contacts (`PUT /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return update_shared_custom_field_contact_association.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with a custom activity type (`PUT /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return update_shared_custom_field_custom_activity_type_association.sync(
            custom_field_id=custom_field_id,
            custom_activity_type_id=custom_activity_type_id,
            body=body,
            client=self._client,
        )

    def update_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with a custom object type (`PUT /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return update_shared_custom_field_custom_object_type_association.sync(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )

    def update_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with leads (`PUT /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return update_shared_custom_field_lead_association.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    def update_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with opportunities (`PUT /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return update_shared_custom_field_opportunity_association.sync(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )


class AsyncSharedCustomFieldAssociations:
    """The asyncio twin of `SharedCustomFieldAssociations`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def associate_shared_custom_field(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationCreate,
    ) -> SharedCustomFieldAssociation:
        """Associate a shared custom field with an object kind (`POST /custom_field/shared/{custom_field_id}/association/`)."""
        return await associate_shared_custom_field.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def delete_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from contacts (`DELETE /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return await delete_shared_custom_field_contact_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
    ) -> None:
        """Disassociate a shared custom field from a custom activity type (`DELETE /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return (
            await delete_shared_custom_field_custom_activity_type_association.asyncio(
                custom_field_id=custom_field_id,
                custom_activity_type_id=custom_activity_type_id,
                client=self._client,
            )
        )

    async def delete_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
    ) -> None:
        """Disassociate a shared custom field from a custom object type (`DELETE /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return await delete_shared_custom_field_custom_object_type_association.asyncio(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    async def delete_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from leads (`DELETE /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return await delete_shared_custom_field_lead_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def delete_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
    ) -> None:
        """Disassociate a shared custom field from opportunities (`DELETE /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return await delete_shared_custom_field_opportunity_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def get_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with contacts (`GET /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return await get_shared_custom_field_contact_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def get_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with a custom activity type (`GET /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return await get_shared_custom_field_custom_activity_type_association.asyncio(
            custom_field_id=custom_field_id,
            custom_activity_type_id=custom_activity_type_id,
            client=self._client,
        )

    async def get_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with a custom object type (`GET /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return await get_shared_custom_field_custom_object_type_association.asyncio(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            client=self._client,
        )

    async def get_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with leads (`GET /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return await get_shared_custom_field_lead_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def get_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
    ) -> SharedCustomFieldAssociation:
        """Get the association of a shared custom field with opportunities (`GET /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return await get_shared_custom_field_opportunity_association.asyncio(
            custom_field_id=custom_field_id,
            client=self._client,
        )

    async def update_shared_custom_field_contact_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with contacts (`PUT /custom_field/shared/{custom_field_id}/association/contact/`)."""
        return await update_shared_custom_field_contact_association.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_shared_custom_field_custom_activity_type_association(
        self,
        custom_field_id: str,
        custom_activity_type_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with a custom activity type (`PUT /custom_field/shared/{custom_field_id}/association/custom_activity_type/{custom_activity_type_id}/`)."""
        return (
            await update_shared_custom_field_custom_activity_type_association.asyncio(
                custom_field_id=custom_field_id,
                custom_activity_type_id=custom_activity_type_id,
                body=body,
                client=self._client,
            )
        )

    async def update_shared_custom_field_custom_object_type_association(
        self,
        custom_field_id: str,
        custom_object_type_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with a custom object type (`PUT /custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/`)."""
        return await update_shared_custom_field_custom_object_type_association.asyncio(
            custom_field_id=custom_field_id,
            custom_object_type_id=custom_object_type_id,
            body=body,
            client=self._client,
        )

    async def update_shared_custom_field_lead_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with leads (`PUT /custom_field/shared/{custom_field_id}/association/lead/`)."""
        return await update_shared_custom_field_lead_association.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )

    async def update_shared_custom_field_opportunity_association(
        self,
        custom_field_id: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation:
        """Update the association of a shared custom field with opportunities (`PUT /custom_field/shared/{custom_field_id}/association/opportunity/`)."""
        return await update_shared_custom_field_opportunity_association.asyncio(
            custom_field_id=custom_field_id,
            body=body,
            client=self._client,
        )
