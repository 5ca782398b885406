from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.meeting_integration import MeetingIntegration
from ...types import Response

OPERATION_ID: Final = "create_meeting_integration"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    activity_id: str,
    *,
    body: MeetingIntegration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/meeting/{activity_id}/integration/".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyObject:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = EmptyObject.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingIntegration,
) -> Response[EmptyObject]:
    """Create or update a meeting's third-party integration

     Adds (first call) or updates (later calls) the tab an OAuth app shows on the meeting
    in the activity feed; an empty body does nothing. Only OAuth apps may call it,
    with an OAuth access token: an API key is refused with 403 (for an existing
    meeting; Close's status for this refusal is unverified). The emulator issues OAuth
    access tokens through its control surface (`POST /_emulator/oauth_token/`).

    Args:
        activity_id (str):
        body (MeetingIntegration): An OAuth app's tab on a meeting (only OAuth apps may write it).
            Close's spec types
            this body as "any type" and documents no field, so none is declared here: the
            object is stored as sent [unverified: which fields Close shows on the tab].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EmptyObject]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingIntegration,
) -> EmptyObject:
    """Create or update a meeting's third-party integration

     Adds (first call) or updates (later calls) the tab an OAuth app shows on the meeting
    in the activity feed; an empty body does nothing. Only OAuth apps may call it,
    with an OAuth access token: an API key is refused with 403 (for an existing
    meeting; Close's status for this refusal is unverified). The emulator issues OAuth
    access tokens through its control surface (`POST /_emulator/oauth_token/`).

    Args:
        activity_id (str):
        body (MeetingIntegration): An OAuth app's tab on a meeting (only OAuth apps may write it).
            Close's spec types
            this body as "any type" and documents no field, so none is declared here: the
            object is stored as sent [unverified: which fields Close shows on the tab].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EmptyObject
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingIntegration,
) -> Response[EmptyObject]:
    """Create or update a meeting's third-party integration

     Adds (first call) or updates (later calls) the tab an OAuth app shows on the meeting
    in the activity feed; an empty body does nothing. Only OAuth apps may call it,
    with an OAuth access token: an API key is refused with 403 (for an existing
    meeting; Close's status for this refusal is unverified). The emulator issues OAuth
    access tokens through its control surface (`POST /_emulator/oauth_token/`).

    Args:
        activity_id (str):
        body (MeetingIntegration): An OAuth app's tab on a meeting (only OAuth apps may write it).
            Close's spec types
            this body as "any type" and documents no field, so none is declared here: the
            object is stored as sent [unverified: which fields Close shows on the tab].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EmptyObject]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingIntegration,
) -> EmptyObject:
    """Create or update a meeting's third-party integration

     Adds (first call) or updates (later calls) the tab an OAuth app shows on the meeting
    in the activity feed; an empty body does nothing. Only OAuth apps may call it,
    with an OAuth access token: an API key is refused with 403 (for an existing
    meeting; Close's status for this refusal is unverified). The emulator issues OAuth
    access tokens through its control surface (`POST /_emulator/oauth_token/`).

    Args:
        activity_id (str):
        body (MeetingIntegration): An OAuth app's tab on a meeting (only OAuth apps may write it).
            Close's spec types
            this body as "any type" and documents no field, so none is declared here: the
            object is stored as sent [unverified: which fields Close shows on the tab].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EmptyObject
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
