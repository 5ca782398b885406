from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link import SharedSchedulingLink
from ...models.shared_scheduling_link_create import SharedSchedulingLinkCreate
from ...types import Response

OPERATION_ID: Final = "create_shared_scheduling_link"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SharedSchedulingLinkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLink:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = SharedSchedulingLink.from_dict(data)

    return response_201


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
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> Response[SharedSchedulingLink]:
    """Create a shared scheduling link

     Creates a shared scheduling link (`name` required): a template tag that each member
    maps to one of their own links or to a URL. Creating, changing and deleting them
    needs Close's "Manage Customizations" permission; the emulator asks for a role that
    may manage the organization [unverified mapping] (403 otherwise). Answers 201. The
    `sharedschedlink_` id prefix is the emulator's choice [unverified].

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> SharedSchedulingLink:
    """Create a shared scheduling link

     Creates a shared scheduling link (`name` required): a template tag that each member
    maps to one of their own links or to a URL. Creating, changing and deleting them
    needs Close's "Manage Customizations" permission; the emulator asks for a role that
    may manage the organization [unverified mapping] (403 otherwise). Answers 201. The
    `sharedschedlink_` id prefix is the emulator's choice [unverified].

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLink
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> Response[SharedSchedulingLink]:
    """Create a shared scheduling link

     Creates a shared scheduling link (`name` required): a template tag that each member
    maps to one of their own links or to a URL. Creating, changing and deleting them
    needs Close's "Manage Customizations" permission; the emulator asks for a role that
    may manage the organization [unverified mapping] (403 otherwise). Answers 201. The
    `sharedschedlink_` id prefix is the emulator's choice [unverified].

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> SharedSchedulingLink:
    """Create a shared scheduling link

     Creates a shared scheduling link (`name` required): a template tag that each member
    maps to one of their own links or to a URL. Creating, changing and deleting them
    needs Close's "Manage Customizations" permission; the emulator asks for a role that
    may manage the organization [unverified mapping] (403 otherwise). Answers 201. The
    `sharedschedlink_` id prefix is the emulator's choice [unverified].

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLink
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
