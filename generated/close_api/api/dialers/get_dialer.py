from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialer import Dialer
from ...types import Response

OPERATION_ID: Final = "get_dialer"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    dialer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dialer/{dialer_id}/".format(
            dialer_id=quote(str(dialer_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dialer:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Dialer.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Dialer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dialer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dialer]:
    """Get a dialer session

     Returns one dialer session; with `source_type: saved-search`, `source_value` is the id
    of the Smart View it dials. Close's `organization_id` parameter is left out here: an API
    key belongs to one organization, whose sessions alone it finds.

    Args:
        dialer_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Dialer]
    """

    kwargs = _get_kwargs(
        dialer_id=dialer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dialer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dialer:
    """Get a dialer session

     Returns one dialer session; with `source_type: saved-search`, `source_value` is the id
    of the Smart View it dials. Close's `organization_id` parameter is left out here: an API
    key belongs to one organization, whose sessions alone it finds.

    Args:
        dialer_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Dialer
    """

    kwargs = _get_kwargs(
        dialer_id=dialer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    dialer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dialer]:
    """Get a dialer session

     Returns one dialer session; with `source_type: saved-search`, `source_value` is the id
    of the Smart View it dials. Close's `organization_id` parameter is left out here: an API
    key belongs to one organization, whose sessions alone it finds.

    Args:
        dialer_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Dialer]
    """

    kwargs = _get_kwargs(
        dialer_id=dialer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dialer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dialer:
    """Get a dialer session

     Returns one dialer session; with `source_type: saved-search`, `source_value` is the id
    of the Smart View it dials. Close's `organization_id` parameter is left out here: an API
    key belongs to one organization, whose sessions alone it finds.

    Args:
        dialer_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Dialer
    """

    kwargs = _get_kwargs(
        dialer_id=dialer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
