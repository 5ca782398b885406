from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.email_create import EmailCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: EmailCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/email/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Email | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Email.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ValidationErrorBody.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorBody.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitedBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Email | ErrorBody | ValidationErrorBody | RateLimitedBody]:
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
) -> Response[Email | ErrorBody | ValidationErrorBody | RateLimitedBody]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
) -> Email | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCreate,
) -> Response[Email | ErrorBody | ValidationErrorBody | RateLimitedBody]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
) -> Email | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
