from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

OPERATION_ID: Final = "delete_shared_scheduling_link"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 204
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    shared_scheduling_link_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/shared_scheduling_link/{shared_scheduling_link_id}/".format(
            shared_scheduling_link_id=quote(str(shared_scheduling_link_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None:
    if response.status_code != 204:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
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
) -> Response[None]:
    """Delete a shared scheduling link

     Deletes the link and every mapping of it. Answers 204 with no body.

    Args:
        shared_scheduling_link_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete a shared scheduling link

     Deletes the link and every mapping of it. Answers 204 with no body.

    Args:
        shared_scheduling_link_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
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
) -> Response[None]:
    """Delete a shared scheduling link

     Deletes the link and every mapping of it. Answers 204 with no body.

    Args:
        shared_scheduling_link_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shared_scheduling_link_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete a shared scheduling link

     Deletes the link and every mapping of it. Answers 204 with no body.

    Args:
        shared_scheduling_link_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        shared_scheduling_link_id=shared_scheduling_link_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
