from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.email_create import EmailCreate
from ...types import Response

OPERATION_ID: Final = "create_email"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: EmailCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/email/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Email:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Email.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Email]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCreate,
) -> Response[Email]:
    """Create an email

     Creates an email on the lead `lead_id` in the state `status` (both required):
    `inbox` logs a received email, `sent` an email already sent, `draft` a draft;
    `scheduled` sends later and needs `date_scheduled`; `outbox` sends it. Here sending
    is synchronous and never reaches anyone: an `outbox` email is answered already
    `sent`, with `date_sent` set (Close's `send_in` delay is not modelled [unverified]).
    `sender` is required except for `draft` and `sent`, where it defaults to the caller's
    address. `direction` follows the status (`incoming` for `inbox`, else `outgoing`). An
    email joins the thread `thread_id` of the same lead, or starts a new thread. Answers 200.

    Args:
        body (EmailCreate): A new email on the lead `lead_id` in the state `status`. `sender` is
            required unless
            `status` is `draft` or `sent`; `scheduled` needs `date_scheduled`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Email]
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
    body: EmailCreate,
) -> Email:
    """Create an email

     Creates an email on the lead `lead_id` in the state `status` (both required):
    `inbox` logs a received email, `sent` an email already sent, `draft` a draft;
    `scheduled` sends later and needs `date_scheduled`; `outbox` sends it. Here sending
    is synchronous and never reaches anyone: an `outbox` email is answered already
    `sent`, with `date_sent` set (Close's `send_in` delay is not modelled [unverified]).
    `sender` is required except for `draft` and `sent`, where it defaults to the caller's
    address. `direction` follows the status (`incoming` for `inbox`, else `outgoing`). An
    email joins the thread `thread_id` of the same lead, or starts a new thread. Answers 200.

    Args:
        body (EmailCreate): A new email on the lead `lead_id` in the state `status`. `sender` is
            required unless
            `status` is `draft` or `sent`; `scheduled` needs `date_scheduled`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Email
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
    body: EmailCreate,
) -> Response[Email]:
    """Create an email

     Creates an email on the lead `lead_id` in the state `status` (both required):
    `inbox` logs a received email, `sent` an email already sent, `draft` a draft;
    `scheduled` sends later and needs `date_scheduled`; `outbox` sends it. Here sending
    is synchronous and never reaches anyone: an `outbox` email is answered already
    `sent`, with `date_sent` set (Close's `send_in` delay is not modelled [unverified]).
    `sender` is required except for `draft` and `sent`, where it defaults to the caller's
    address. `direction` follows the status (`incoming` for `inbox`, else `outgoing`). An
    email joins the thread `thread_id` of the same lead, or starts a new thread. Answers 200.

    Args:
        body (EmailCreate): A new email on the lead `lead_id` in the state `status`. `sender` is
            required unless
            `status` is `draft` or `sent`; `scheduled` needs `date_scheduled`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Email]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCreate,
) -> Email:
    """Create an email

     Creates an email on the lead `lead_id` in the state `status` (both required):
    `inbox` logs a received email, `sent` an email already sent, `draft` a draft;
    `scheduled` sends later and needs `date_scheduled`; `outbox` sends it. Here sending
    is synchronous and never reaches anyone: an `outbox` email is answered already
    `sent`, with `date_sent` set (Close's `send_in` delay is not modelled [unverified]).
    `sender` is required except for `draft` and `sent`, where it defaults to the caller's
    address. `direction` follows the status (`incoming` for `inbox`, else `outgoing`). An
    email joins the thread `thread_id` of the same lead, or starts a new thread. Answers 200.

    Args:
        body (EmailCreate): A new email on the lead `lead_id` in the state `status`. `sender` is
            required unless
            `status` is `draft` or `sent`; `scheduled` needs `date_scheduled`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Email
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
