from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...models.whats_app_message import WhatsAppMessage
from ...models.whats_app_message_create import WhatsAppMessageCreate
from ...types import Response


def _get_kwargs(
    *,
    body: WhatsAppMessageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/whatsapp_message/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage | None:
    if response.status_code == 200:
        response_200 = WhatsAppMessage.from_dict(response.json())

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
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageCreate,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage]:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Close's
            spec also requires `lead_id`; here it defaults to the contact's lead and, when sent,
            must be that lead [leniency].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage]
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
    body: WhatsAppMessageCreate,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage | None:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Close's
            spec also requires `lead_id`; here it defaults to the contact's lead and, when sent,
            must be that lead [leniency].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageCreate,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage]:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Close's
            spec also requires `lead_id`; here it defaults to the contact's lead and, when sent,
            must be that lead [leniency].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageCreate,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage | None:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Close's
            spec also requires `lead_id`; here it defaults to the contact's lead and, when sent,
            must be that lead [leniency].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | WhatsAppMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
