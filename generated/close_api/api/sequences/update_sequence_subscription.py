from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence_subscription import SequenceSubscription
from ...models.sequence_subscription_update import SequenceSubscriptionUpdate
from ...types import Response

OPERATION_ID: Final = "update_sequence_subscription"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    subscription_id: str,
    *,
    body: SequenceSubscriptionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sequence_subscription/{subscription_id}/".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SequenceSubscription:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SequenceSubscription.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SequenceSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionUpdate,
) -> Response[SequenceSubscription]:
    """Update a sequence subscription

     Changes the sender (`sender_account_id`, `sender_name`, `sender_email`, as Close's
    scripts do; the account is checked as the create checks it) or pauses (`status: paused`,
    `pause_reason` becomes `manual`) and resumes
    (`status: active`, `pause_reason` cleared) the subscription. The other statuses
    (`finished`, `goal`, `error`) are reached by running the sequence, not set [inferred].

    Args:
        subscription_id (str):
        body (SequenceSubscriptionUpdate): A new sender, or a pause or resume.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SequenceSubscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionUpdate,
) -> SequenceSubscription:
    """Update a sequence subscription

     Changes the sender (`sender_account_id`, `sender_name`, `sender_email`, as Close's
    scripts do; the account is checked as the create checks it) or pauses (`status: paused`,
    `pause_reason` becomes `manual`) and resumes
    (`status: active`, `pause_reason` cleared) the subscription. The other statuses
    (`finished`, `goal`, `error`) are reached by running the sequence, not set [inferred].

    Args:
        subscription_id (str):
        body (SequenceSubscriptionUpdate): A new sender, or a pause or resume.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SequenceSubscription
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionUpdate,
) -> Response[SequenceSubscription]:
    """Update a sequence subscription

     Changes the sender (`sender_account_id`, `sender_name`, `sender_email`, as Close's
    scripts do; the account is checked as the create checks it) or pauses (`status: paused`,
    `pause_reason` becomes `manual`) and resumes
    (`status: active`, `pause_reason` cleared) the subscription. The other statuses
    (`finished`, `goal`, `error`) are reached by running the sequence, not set [inferred].

    Args:
        subscription_id (str):
        body (SequenceSubscriptionUpdate): A new sender, or a pause or resume.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SequenceSubscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionUpdate,
) -> SequenceSubscription:
    """Update a sequence subscription

     Changes the sender (`sender_account_id`, `sender_name`, `sender_email`, as Close's
    scripts do; the account is checked as the create checks it) or pauses (`status: paused`,
    `pause_reason` becomes `manual`) and resumes
    (`status: active`, `pause_reason` cleared) the subscription. The other statuses
    (`finished`, `goal`, `error`) are reached by running the sequence, not set [inferred].

    Args:
        subscription_id (str):
        body (SequenceSubscriptionUpdate): A new sender, or a pause or resume.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SequenceSubscription
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
