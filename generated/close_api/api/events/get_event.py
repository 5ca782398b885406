from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import Response

OPERATION_ID: Final = "get_event"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/{event_id}/".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Event:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Event.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Event]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event]:
    """Get an event

     Returns one event of the last 30 days; an older one no longer exists (404).

    Args:
        event_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Event]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event:
    """Get an event

     Returns one event of the last 30 days; an older one no longer exists (404).

    Args:
        event_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event]:
    """Get an event

     Returns one event of the last 30 days; an older one no longer exists (404).

    Args:
        event_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Event]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event:
    """Get an event

     Returns one event of the last 30 days; an older one no longer exists (404).

    Args:
        event_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
