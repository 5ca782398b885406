from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_create import (
    SharedCustomFieldAssociationCreate,
)
from ...types import Response

OPERATION_ID: Final = "associate_shared_custom_field"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    custom_field_id: str,
    *,
    body: SharedCustomFieldAssociationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/{custom_field_id}/association/".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomFieldAssociation:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = SharedCustomFieldAssociation.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SharedCustomFieldAssociation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> Response[SharedCustomFieldAssociation]:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> SharedCustomFieldAssociation:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomFieldAssociation
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> Response[SharedCustomFieldAssociation]:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> SharedCustomFieldAssociation:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomFieldAssociation
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
