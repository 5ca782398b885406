from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.call_create import CallCreate
from ...types import Response

OPERATION_ID: Final = "create_call"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: CallCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/call/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Call:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Call.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Call]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> Response[Call]:
    """Log a call

     Logs a call made outside Close (`source: External`) on the lead `lead_id`. Close's
    spec lists no required field and its guide names `lead_id` [unverified]: here
    `lead_id` is required. `direction` defaults to `outbound` and `status` to `completed`
    (Close's documented default for logged calls); `disposition` defaults to `answered` for
    a completed call with a positive `duration`, else `null` [unverified]. Phones are
    stored in E.164 when they can be parsed, as contact phones are. Answers 200.

    Args:
        body (CallCreate): A call made outside Close, logged on the lead `lead_id` (required here
            [unverified]).
            `note` / `note_html` follow the rules of notes.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Call]
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
    body: CallCreate,
) -> Call:
    """Log a call

     Logs a call made outside Close (`source: External`) on the lead `lead_id`. Close's
    spec lists no required field and its guide names `lead_id` [unverified]: here
    `lead_id` is required. `direction` defaults to `outbound` and `status` to `completed`
    (Close's documented default for logged calls); `disposition` defaults to `answered` for
    a completed call with a positive `duration`, else `null` [unverified]. Phones are
    stored in E.164 when they can be parsed, as contact phones are. Answers 200.

    Args:
        body (CallCreate): A call made outside Close, logged on the lead `lead_id` (required here
            [unverified]).
            `note` / `note_html` follow the rules of notes.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Call
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
    body: CallCreate,
) -> Response[Call]:
    """Log a call

     Logs a call made outside Close (`source: External`) on the lead `lead_id`. Close's
    spec lists no required field and its guide names `lead_id` [unverified]: here
    `lead_id` is required. `direction` defaults to `outbound` and `status` to `completed`
    (Close's documented default for logged calls); `disposition` defaults to `answered` for
    a completed call with a positive `duration`, else `null` [unverified]. Phones are
    stored in E.164 when they can be parsed, as contact phones are. Answers 200.

    Args:
        body (CallCreate): A call made outside Close, logged on the lead `lead_id` (required here
            [unverified]).
            `note` / `note_html` follow the rules of notes.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Call]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> Call:
    """Log a call

     Logs a call made outside Close (`source: External`) on the lead `lead_id`. Close's
    spec lists no required field and its guide names `lead_id` [unverified]: here
    `lead_id` is required. `direction` defaults to `outbound` and `status` to `completed`
    (Close's documented default for logged calls); `disposition` defaults to `answered` for
    a completed call with a positive `duration`, else `null` [unverified]. Phones are
    stored in E.164 when they can be parsed, as contact phones are. Answers 200.

    Args:
        body (CallCreate): A call made outside Close, logged on the lead `lead_id` (required here
            [unverified]).
            `note` / `note_html` follow the rules of notes.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Call
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
