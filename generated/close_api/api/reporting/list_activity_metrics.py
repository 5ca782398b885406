from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_metric_list import ActivityMetricList
from ...types import Response

OPERATION_ID: Final = "list_activity_metrics"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/activity/metrics/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityMetricList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = ActivityMetricList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityMetricList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActivityMetricList]:
    """List the activity report metrics

     The metrics `POST /report/activity/` takes, with a label and a kind (`count`,
    `duration` in seconds, `money` in cents). Only `calls.outbound.all.count` is
    confirmed by code reading Close's answers; the other keys follow its pattern, and
    the answer's shape (`data` of `key` / `label` / `kind`) is [unverified].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[ActivityMetricList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ActivityMetricList:
    """List the activity report metrics

     The metrics `POST /report/activity/` takes, with a label and a kind (`count`,
    `duration` in seconds, `money` in cents). Only `calls.outbound.all.count` is
    confirmed by code reading Close's answers; the other keys follow its pattern, and
    the answer's shape (`data` of `key` / `label` / `kind`) is [unverified].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        ActivityMetricList
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActivityMetricList]:
    """List the activity report metrics

     The metrics `POST /report/activity/` takes, with a label and a kind (`count`,
    `duration` in seconds, `money` in cents). Only `calls.outbound.all.count` is
    confirmed by code reading Close's answers; the other keys follow its pattern, and
    the answer's shape (`data` of `key` / `label` / `kind`) is [unverified].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[ActivityMetricList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ActivityMetricList:
    """List the activity report metrics

     The metrics `POST /report/activity/` takes, with a label and a kind (`count`,
    `duration` in seconds, `money` in cents). Only `calls.outbound.all.count` is
    confirmed by code reading Close's answers; the other keys follow its pattern, and
    the answer's shape (`data` of `key` / `label` / `kind`) is [unverified].

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        ActivityMetricList
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
