from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_link_definition import IntegrationLinkDefinition
from ...models.integration_link_definition_update import IntegrationLinkDefinitionUpdate
from ...types import Response

OPERATION_ID: Final = "update_integration_link"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    integration_link_id: str,
    *,
    body: IntegrationLinkDefinitionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/integration_link/{integration_link_id}/".format(
            integration_link_id=quote(str(integration_link_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationLinkDefinition:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = IntegrationLinkDefinition.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationLinkDefinition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkDefinitionUpdate,
) -> Response[IntegrationLinkDefinition]:
    """Update an integration link

     Changes only the properties sent (admins only). `null` leaves a property as it is.

    Args:
        integration_link_id (str):
        body (IntegrationLinkDefinitionUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[IntegrationLinkDefinition]
    """

    kwargs = _get_kwargs(
        integration_link_id=integration_link_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkDefinitionUpdate,
) -> IntegrationLinkDefinition:
    """Update an integration link

     Changes only the properties sent (admins only). `null` leaves a property as it is.

    Args:
        integration_link_id (str):
        body (IntegrationLinkDefinitionUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        IntegrationLinkDefinition
    """

    kwargs = _get_kwargs(
        integration_link_id=integration_link_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    integration_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkDefinitionUpdate,
) -> Response[IntegrationLinkDefinition]:
    """Update an integration link

     Changes only the properties sent (admins only). `null` leaves a property as it is.

    Args:
        integration_link_id (str):
        body (IntegrationLinkDefinitionUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[IntegrationLinkDefinition]
    """

    kwargs = _get_kwargs(
        integration_link_id=integration_link_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkDefinitionUpdate,
) -> IntegrationLinkDefinition:
    """Update an integration link

     Changes only the properties sent (admins only). `null` leaves a property as it is.

    Args:
        integration_link_id (str):
        body (IntegrationLinkDefinitionUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        IntegrationLinkDefinition
    """

    kwargs = _get_kwargs(
        integration_link_id=integration_link_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
