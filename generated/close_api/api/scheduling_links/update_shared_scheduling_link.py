from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link import SharedSchedulingLink
from ...models.shared_scheduling_link_update import SharedSchedulingLinkUpdate
from ...types import Response

OPERATION_ID: Final = "update_shared_scheduling_link"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    shared_scheduling_link_id: str,
    *,
    body: SharedSchedulingLinkUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shared_scheduling_link/{shared_scheduling_link_id}/".format(
            shared_scheduling_link_id=quote(str(shared_scheduling_link_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLink:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SharedSchedulingLink.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SharedSchedulingLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> Response[SharedSchedulingLink]:
    """Update a shared scheduling link

     Changes `name` or `description` (with the permission of creation).

    Args:
        shared_scheduling_link_id (str):
        body (SharedSchedulingLinkUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLink]
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> SharedSchedulingLink:
    """Update a shared scheduling link

     Changes `name` or `description` (with the permission of creation).

    Args:
        shared_scheduling_link_id (str):
        body (SharedSchedulingLinkUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLink
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> Response[SharedSchedulingLink]:
    """Update a shared scheduling link

     Changes `name` or `description` (with the permission of creation).

    Args:
        shared_scheduling_link_id (str):
        body (SharedSchedulingLinkUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLink]
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> SharedSchedulingLink:
    """Update a shared scheduling link

     Changes `name` or `description` (with the permission of creation).

    Args:
        shared_scheduling_link_id (str):
        body (SharedSchedulingLinkUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLink
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
