from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...types import Response

OPERATION_ID: Final = "get_shared_custom_field_custom_object_type_association"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    custom_field_id: str,
    custom_object_type_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_field/shared/{custom_field_id}/association/custom_object_type/{custom_object_type_id}/".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
            custom_object_type_id=quote(str(custom_object_type_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomFieldAssociation:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SharedCustomFieldAssociation.from_dict(data)

    return response_200


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
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SharedCustomFieldAssociation]:
    """Get the association of a shared custom field with a custom object type

     Returns the association of the Shared Custom Field with custom objects of this Custom Object Type,
    with its
    per-association `required` and `editable_with_roles` settings. 404 when the field is
    not associated with them.

    Args:
        custom_field_id (str):
        custom_object_type_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        custom_object_type_id=custom_object_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_field_id: str,
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SharedCustomFieldAssociation:
    """Get the association of a shared custom field with a custom object type

     Returns the association of the Shared Custom Field with custom objects of this Custom Object Type,
    with its
    per-association `required` and `editable_with_roles` settings. 404 when the field is
    not associated with them.

    Args:
        custom_field_id (str):
        custom_object_type_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomFieldAssociation
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        custom_object_type_id=custom_object_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    custom_field_id: str,
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SharedCustomFieldAssociation]:
    """Get the association of a shared custom field with a custom object type

     Returns the association of the Shared Custom Field with custom objects of this Custom Object Type,
    with its
    per-association `required` and `editable_with_roles` settings. 404 when the field is
    not associated with them.

    Args:
        custom_field_id (str):
        custom_object_type_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        custom_object_type_id=custom_object_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_field_id: str,
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SharedCustomFieldAssociation:
    """Get the association of a shared custom field with a custom object type

     Returns the association of the Shared Custom Field with custom objects of this Custom Object Type,
    with its
    per-association `required` and `editable_with_roles` settings. 404 when the field is
    not associated with them.

    Args:
        custom_field_id (str):
        custom_object_type_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomFieldAssociation
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        custom_object_type_id=custom_object_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
