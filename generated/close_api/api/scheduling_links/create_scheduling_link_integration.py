from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
from ...models.scheduling_link_integration import SchedulingLinkIntegration
from ...types import Response

OPERATION_ID: Final = "create_scheduling_link_integration"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SchedulingLinkIntegration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduling_link/integration/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchedulingLink:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SchedulingLink.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchedulingLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchedulingLinkIntegration,
) -> Response[SchedulingLink]:
    """Create or update a scheduling link of an OAuth app

     Creates, or updates when one exists, the caller's `THIRD_PARTY` scheduling link with
    this `source_id`. Only OAuth apps may call it, with an OAuth access token (the
    emulator's control surface issues them: `POST /_emulator/oauth_token/`); an API key is
    refused with 403 (Close's status for the refusal is [unverified]). The emulator keys
    the links by member and `source_id`, as if every token came from one app.

    Args:
        body (SchedulingLinkIntegration):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SchedulingLink]
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
    client: AuthenticatedClient,
    body: SchedulingLinkIntegration,
) -> SchedulingLink:
    """Create or update a scheduling link of an OAuth app

     Creates, or updates when one exists, the caller's `THIRD_PARTY` scheduling link with
    this `source_id`. Only OAuth apps may call it, with an OAuth access token (the
    emulator's control surface issues them: `POST /_emulator/oauth_token/`); an API key is
    refused with 403 (Close's status for the refusal is [unverified]). The emulator keys
    the links by member and `source_id`, as if every token came from one app.

    Args:
        body (SchedulingLinkIntegration):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SchedulingLink
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
    client: AuthenticatedClient,
    body: SchedulingLinkIntegration,
) -> Response[SchedulingLink]:
    """Create or update a scheduling link of an OAuth app

     Creates, or updates when one exists, the caller's `THIRD_PARTY` scheduling link with
    this `source_id`. Only OAuth apps may call it, with an OAuth access token (the
    emulator's control surface issues them: `POST /_emulator/oauth_token/`); an API key is
    refused with 403 (Close's status for the refusal is [unverified]). The emulator keys
    the links by member and `source_id`, as if every token came from one app.

    Args:
        body (SchedulingLinkIntegration):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SchedulingLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchedulingLinkIntegration,
) -> SchedulingLink:
    """Create or update a scheduling link of an OAuth app

     Creates, or updates when one exists, the caller's `THIRD_PARTY` scheduling link with
    this `source_id`. Only OAuth apps may call it, with an OAuth access token (the
    emulator's control surface issues them: `POST /_emulator/oauth_token/`); an API key is
    refused with 403 (Close's status for the refusal is [unverified]). The emulator keys
    the links by member and `source_id`, as if every token came from one app.

    Args:
        body (SchedulingLinkIntegration):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SchedulingLink
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
