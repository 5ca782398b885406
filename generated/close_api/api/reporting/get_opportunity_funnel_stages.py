from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_request import FunnelRequest
from ...models.funnel_stages import FunnelStages
from ...types import Response

OPERATION_ID: Final = "get_opportunity_funnel_stages"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: FunnelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/funnel/opportunity/stages/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunnelStages:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = FunnelStages.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FunnelStages]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelRequest,
) -> Response[FunnelStages]:
    """Get the opportunity funnel by stage

     The funnel of `pipeline` (one of the organization's): for each of its statuses in order, the
    opportunities that
    `entered` it (reaching an active stage counts every earlier one; a won deal went
    through them all), how many `converted` to the next active stage (the last one:
    to won), the rate and their value in cents. `created-cohort` takes the
    opportunities created in `cohort_relative_range` / `cohort_datetime_range`
    (required); `active-stage-cohort` those that existed in the report range. `users`
    keeps some owners; `query` (a lead Smart View) keeps the opportunities of the leads
    it selects now. Per-user rows follow. The comparison ranges are not taken yet; JSON
    only (an `Accept` naming `text/csv` but no JSON is a 400). The answer's shape is
    [unverified].

    Args:
        body (FunnelRequest): A `created-cohort` funnel needs `cohort_relative_range` or
            `cohort_datetime_range`.
            Close also takes `compared_relative_range`, `compared_datetime_range` and
            `compared_custom_range` (the answer is then the compared report); the emulator does
            not compute comparisons yet, so they are left out here and refused as unknown.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FunnelStages]
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
    body: FunnelRequest,
) -> FunnelStages:
    """Get the opportunity funnel by stage

     The funnel of `pipeline` (one of the organization's): for each of its statuses in order, the
    opportunities that
    `entered` it (reaching an active stage counts every earlier one; a won deal went
    through them all), how many `converted` to the next active stage (the last one:
    to won), the rate and their value in cents. `created-cohort` takes the
    opportunities created in `cohort_relative_range` / `cohort_datetime_range`
    (required); `active-stage-cohort` those that existed in the report range. `users`
    keeps some owners; `query` (a lead Smart View) keeps the opportunities of the leads
    it selects now. Per-user rows follow. The comparison ranges are not taken yet; JSON
    only (an `Accept` naming `text/csv` but no JSON is a 400). The answer's shape is
    [unverified].

    Args:
        body (FunnelRequest): A `created-cohort` funnel needs `cohort_relative_range` or
            `cohort_datetime_range`.
            Close also takes `compared_relative_range`, `compared_datetime_range` and
            `compared_custom_range` (the answer is then the compared report); the emulator does
            not compute comparisons yet, so they are left out here and refused as unknown.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FunnelStages
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
    body: FunnelRequest,
) -> Response[FunnelStages]:
    """Get the opportunity funnel by stage

     The funnel of `pipeline` (one of the organization's): for each of its statuses in order, the
    opportunities that
    `entered` it (reaching an active stage counts every earlier one; a won deal went
    through them all), how many `converted` to the next active stage (the last one:
    to won), the rate and their value in cents. `created-cohort` takes the
    opportunities created in `cohort_relative_range` / `cohort_datetime_range`
    (required); `active-stage-cohort` those that existed in the report range. `users`
    keeps some owners; `query` (a lead Smart View) keeps the opportunities of the leads
    it selects now. Per-user rows follow. The comparison ranges are not taken yet; JSON
    only (an `Accept` naming `text/csv` but no JSON is a 400). The answer's shape is
    [unverified].

    Args:
        body (FunnelRequest): A `created-cohort` funnel needs `cohort_relative_range` or
            `cohort_datetime_range`.
            Close also takes `compared_relative_range`, `compared_datetime_range` and
            `compared_custom_range` (the answer is then the compared report); the emulator does
            not compute comparisons yet, so they are left out here and refused as unknown.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FunnelStages]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelRequest,
) -> FunnelStages:
    """Get the opportunity funnel by stage

     The funnel of `pipeline` (one of the organization's): for each of its statuses in order, the
    opportunities that
    `entered` it (reaching an active stage counts every earlier one; a won deal went
    through them all), how many `converted` to the next active stage (the last one:
    to won), the rate and their value in cents. `created-cohort` takes the
    opportunities created in `cohort_relative_range` / `cohort_datetime_range`
    (required); `active-stage-cohort` those that existed in the report range. `users`
    keeps some owners; `query` (a lead Smart View) keeps the opportunities of the leads
    it selects now. Per-user rows follow. The comparison ranges are not taken yet; JSON
    only (an `Accept` naming `text/csv` but no JSON is a 400). The answer's shape is
    [unverified].

    Args:
        body (FunnelRequest): A `created-cohort` funnel needs `cohort_relative_range` or
            `cohort_datetime_range`.
            Close also takes `compared_relative_range`, `compared_datetime_range` and
            `compared_custom_range` (the answer is then the compared report); the emulator does
            not compute comparisons yet, so they are left out here and refused as unknown.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FunnelStages
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
