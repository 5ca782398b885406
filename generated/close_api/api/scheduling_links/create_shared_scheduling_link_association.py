from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
from ...models.shared_scheduling_link_association_create import (
    SharedSchedulingLinkAssociationCreate,
)
from ...types import Response

OPERATION_ID: Final = "create_shared_scheduling_link_association"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link_association/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLinkAssociation:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = SharedSchedulingLinkAssociation.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SharedSchedulingLinkAssociation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationCreate,
) -> Response[SharedSchedulingLinkAssociation]:
    """Map a shared scheduling link

     Maps a shared scheduling link, for the caller, to exactly one of
    `user_scheduling_link_id` (one of the caller's own links) or `url`; a new mapping
    replaces the caller's previous one [unverified]. Answers 201 with the mapping (its
    `sslassoc_` id is the emulator's choice [unverified]).

    Args:
        body (SharedSchedulingLinkAssociationCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLinkAssociation]
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
    body: SharedSchedulingLinkAssociationCreate,
) -> SharedSchedulingLinkAssociation:
    """Map a shared scheduling link

     Maps a shared scheduling link, for the caller, to exactly one of
    `user_scheduling_link_id` (one of the caller's own links) or `url`; a new mapping
    replaces the caller's previous one [unverified]. Answers 201 with the mapping (its
    `sslassoc_` id is the emulator's choice [unverified]).

    Args:
        body (SharedSchedulingLinkAssociationCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLinkAssociation
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
    body: SharedSchedulingLinkAssociationCreate,
) -> Response[SharedSchedulingLinkAssociation]:
    """Map a shared scheduling link

     Maps a shared scheduling link, for the caller, to exactly one of
    `user_scheduling_link_id` (one of the caller's own links) or `url`; a new mapping
    replaces the caller's previous one [unverified]. Answers 201 with the mapping (its
    `sslassoc_` id is the emulator's choice [unverified]).

    Args:
        body (SharedSchedulingLinkAssociationCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedSchedulingLinkAssociation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationCreate,
) -> SharedSchedulingLinkAssociation:
    """Map a shared scheduling link

     Maps a shared scheduling link, for the caller, to exactly one of
    `user_scheduling_link_id` (one of the caller's own links) or `url`; a new mapping
    replaces the caller's previous one [unverified]. Answers 201 with the mapping (its
    `sslassoc_` id is the emulator's choice [unverified]).

    Args:
        body (SharedSchedulingLinkAssociationCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedSchedulingLinkAssociation
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
