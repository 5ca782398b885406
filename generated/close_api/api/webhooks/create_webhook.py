from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook_subscription import WebhookSubscription
from ...models.webhook_subscription_create import WebhookSubscriptionCreate
from ...types import Response

OPERATION_ID: Final = "create_webhook"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: WebhookSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookSubscription:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = WebhookSubscription.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscriptionCreate,
) -> Response[WebhookSubscription]:
    """Create a webhook subscription

     Subscribes `url` to the events that match one of `events` (an `object_type` and an
    `action` of the event log, optionally narrowed by an `extra_filter`; a top-level
    `event_filter` narrows every one of them). Answers 201 with a `Location` header and
    the subscription, whose `signature_key` (hex) keys the HMAC-SHA256 signature of every
    delivery. An organization holds at most 40 subscriptions (Close allows 500 to a few
    integration partners); the 41st is refused with 400 [the wording is unverified].

    Each matching event is POSTed as `{"event": …, "subscription_id": …}` with the headers
    `close-sig-timestamp` (Unix seconds) and `close-sig-hash`, the hex HMAC-SHA256 keyed by
    `bytes.fromhex(signature_key)` over the timestamp followed by the raw body. A delivery
    answered with anything but 2xx (or not answered) is retried with exponential back-off,
    at most every 20 minutes, for 72 hours; then the subscription pauses itself and its
    queue is cleared, as it does once 100,000 events wait for it. Order is not guaranteed.
    The emulator delivers `updated` and `deleted` events without Close's consolidation
    delay, and its first retry waits 30 seconds, doubling each time [unverified: Close
    publishes no first delay].

    Args:
        body (WebhookSubscriptionCreate): A new subscription. Other properties of a listed
            subscription (`id`, `signature_key`,
            dates) are accepted and ignored, so a listed subscription can be POSTed back as it is,
            as Close's own clone script does.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[WebhookSubscription]
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
    body: WebhookSubscriptionCreate,
) -> WebhookSubscription:
    """Create a webhook subscription

     Subscribes `url` to the events that match one of `events` (an `object_type` and an
    `action` of the event log, optionally narrowed by an `extra_filter`; a top-level
    `event_filter` narrows every one of them). Answers 201 with a `Location` header and
    the subscription, whose `signature_key` (hex) keys the HMAC-SHA256 signature of every
    delivery. An organization holds at most 40 subscriptions (Close allows 500 to a few
    integration partners); the 41st is refused with 400 [the wording is unverified].

    Each matching event is POSTed as `{"event": …, "subscription_id": …}` with the headers
    `close-sig-timestamp` (Unix seconds) and `close-sig-hash`, the hex HMAC-SHA256 keyed by
    `bytes.fromhex(signature_key)` over the timestamp followed by the raw body. A delivery
    answered with anything but 2xx (or not answered) is retried with exponential back-off,
    at most every 20 minutes, for 72 hours; then the subscription pauses itself and its
    queue is cleared, as it does once 100,000 events wait for it. Order is not guaranteed.
    The emulator delivers `updated` and `deleted` events without Close's consolidation
    delay, and its first retry waits 30 seconds, doubling each time [unverified: Close
    publishes no first delay].

    Args:
        body (WebhookSubscriptionCreate): A new subscription. Other properties of a listed
            subscription (`id`, `signature_key`,
            dates) are accepted and ignored, so a listed subscription can be POSTed back as it is,
            as Close's own clone script does.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        WebhookSubscription
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
    body: WebhookSubscriptionCreate,
) -> Response[WebhookSubscription]:
    """Create a webhook subscription

     Subscribes `url` to the events that match one of `events` (an `object_type` and an
    `action` of the event log, optionally narrowed by an `extra_filter`; a top-level
    `event_filter` narrows every one of them). Answers 201 with a `Location` header and
    the subscription, whose `signature_key` (hex) keys the HMAC-SHA256 signature of every
    delivery. An organization holds at most 40 subscriptions (Close allows 500 to a few
    integration partners); the 41st is refused with 400 [the wording is unverified].

    Each matching event is POSTed as `{"event": …, "subscription_id": …}` with the headers
    `close-sig-timestamp` (Unix seconds) and `close-sig-hash`, the hex HMAC-SHA256 keyed by
    `bytes.fromhex(signature_key)` over the timestamp followed by the raw body. A delivery
    answered with anything but 2xx (or not answered) is retried with exponential back-off,
    at most every 20 minutes, for 72 hours; then the subscription pauses itself and its
    queue is cleared, as it does once 100,000 events wait for it. Order is not guaranteed.
    The emulator delivers `updated` and `deleted` events without Close's consolidation
    delay, and its first retry waits 30 seconds, doubling each time [unverified: Close
    publishes no first delay].

    Args:
        body (WebhookSubscriptionCreate): A new subscription. Other properties of a listed
            subscription (`id`, `signature_key`,
            dates) are accepted and ignored, so a listed subscription can be POSTed back as it is,
            as Close's own clone script does.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscriptionCreate,
) -> WebhookSubscription:
    """Create a webhook subscription

     Subscribes `url` to the events that match one of `events` (an `object_type` and an
    `action` of the event log, optionally narrowed by an `extra_filter`; a top-level
    `event_filter` narrows every one of them). Answers 201 with a `Location` header and
    the subscription, whose `signature_key` (hex) keys the HMAC-SHA256 signature of every
    delivery. An organization holds at most 40 subscriptions (Close allows 500 to a few
    integration partners); the 41st is refused with 400 [the wording is unverified].

    Each matching event is POSTed as `{"event": …, "subscription_id": …}` with the headers
    `close-sig-timestamp` (Unix seconds) and `close-sig-hash`, the hex HMAC-SHA256 keyed by
    `bytes.fromhex(signature_key)` over the timestamp followed by the raw body. A delivery
    answered with anything but 2xx (or not answered) is retried with exponential back-off,
    at most every 20 minutes, for 72 hours; then the subscription pauses itself and its
    queue is cleared, as it does once 100,000 events wait for it. Order is not guaranteed.
    The emulator delivers `updated` and `deleted` events without Close's consolidation
    delay, and its first retry waits 30 seconds, doubling each time [unverified: Close
    publishes no first delay].

    Args:
        body (WebhookSubscriptionCreate): A new subscription. Other properties of a listed
            subscription (`id`, `signature_key`,
            dates) are accepted and ignored, so a listed subscription can be POSTed back as it is,
            as Close's own clone script does.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        WebhookSubscription
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
