from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whats_app_message import WhatsAppMessage
from ...models.whats_app_message_create import WhatsAppMessageCreate
from ...types import Response

OPERATION_ID: Final = "create_whatsapp_message"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: WhatsAppMessageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/whatsapp_message/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsAppMessage:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = WhatsAppMessage.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WhatsAppMessage]:
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
) -> Response[WhatsAppMessage]:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Every
            field Close's spec requires is required here, `lead_id` included; `contact_id` must
            be a contact of that lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[WhatsAppMessage]
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
) -> WhatsAppMessage:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Every
            field Close's spec requires is required here, `lead_id` included; `contact_id` must
            be a contact of that lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        WhatsAppMessage
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
    body: WhatsAppMessageCreate,
) -> Response[WhatsAppMessage]:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Every
            field Close's spec requires is required here, `lead_id` included; `contact_id` must
            be a contact of that lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[WhatsAppMessage]
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
) -> WhatsAppMessage:
    """Log a WhatsApp message

     Logs a WhatsApp message exchanged outside Close with the contact `contact_id`, on
    the lead `lead_id` (the contact's lead when left out; Close requires it). `message_html` is derived
    from `message_markdown`
    (read-only). Phones are stored in E.164 when they parse. Answers 200.

    Args:
        body (WhatsAppMessageCreate): A WhatsApp message to log; `response_to_id` threads it under
            another one. Every
            field Close's spec requires is required here, `lead_id` included; `contact_id` must
            be a contact of that lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        WhatsAppMessage
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
