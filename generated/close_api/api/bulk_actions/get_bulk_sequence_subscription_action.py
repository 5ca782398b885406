from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_sequence_subscription_action import BulkSequenceSubscriptionAction
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "get_bulk_sequence_subscription_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    bulk_sequence_subscription_action_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk_action/sequence_subscription/{bulk_sequence_subscription_action_id}/".format(
            bulk_sequence_subscription_action_id=quote(
                str(bulk_sequence_subscription_action_id), safe=""
            ),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkSequenceSubscriptionAction:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkSequenceSubscriptionAction.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkSequenceSubscriptionAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bulk_sequence_subscription_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[BulkSequenceSubscriptionAction]:
    """Get a bulk sequence subscription

     Returns one bulk sequence subscription and its progress.

    Args:
        bulk_sequence_subscription_action_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkSequenceSubscriptionAction]
    """

    kwargs = _get_kwargs(
        bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bulk_sequence_subscription_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> BulkSequenceSubscriptionAction:
    """Get a bulk sequence subscription

     Returns one bulk sequence subscription and its progress.

    Args:
        bulk_sequence_subscription_action_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkSequenceSubscriptionAction
    """

    kwargs = _get_kwargs(
        bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    bulk_sequence_subscription_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[BulkSequenceSubscriptionAction]:
    """Get a bulk sequence subscription

     Returns one bulk sequence subscription and its progress.

    Args:
        bulk_sequence_subscription_action_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkSequenceSubscriptionAction]
    """

    kwargs = _get_kwargs(
        bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bulk_sequence_subscription_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> BulkSequenceSubscriptionAction:
    """Get a bulk sequence subscription

     Returns one bulk sequence subscription and its progress.

    Args:
        bulk_sequence_subscription_action_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkSequenceSubscriptionAction
    """

    kwargs = _get_kwargs(
        bulk_sequence_subscription_action_id=bulk_sequence_subscription_action_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
