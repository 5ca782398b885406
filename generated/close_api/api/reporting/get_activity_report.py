from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_report import ActivityReport
from ...models.activity_report_request import ActivityReportRequest
from ...types import Response

OPERATION_ID: Final = "get_activity_report"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: ActivityReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/activity/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityReport:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = ActivityReport.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityReportRequest,
) -> Response[ActivityReport]:
    """Get an activity report

     Counts (or sums) activity over `datetime_range` or `relative_range` (one of them,
    relative ones in the caller's days, `X-TZ-Offset`) for the members in `users` (all
    by default): calls by direction and their durations, emails and SMS sent (status
    `sent`) and received, notes, leads and opportunities created, opportunities won and
    their value (by `date_won`). `type: overview` answers one row per day with activity;
    `comparison` one row per member. `aggregations.totals` holds the totals either way
    (the key third-party code reads). `query` (`{type: saved_search, saved_search_id}`,
    a lead Smart View) keeps the activity logged on the leads the view selects now, for
    the caller, and the leads and opportunities among them; a missing view or one of
    another type is a 400. The answer is JSON only: Close also serves CSV by `Accept`,
    and the emulator refuses an `Accept` naming `text/csv` but no JSON with a 400 (the
    CSV columns are undocumented). Row shapes are [unverified].

    Args:
        body (ActivityReportRequest): One of `relative_range` and `datetime_range` is required.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[ActivityReport]
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
    body: ActivityReportRequest,
) -> ActivityReport:
    """Get an activity report

     Counts (or sums) activity over `datetime_range` or `relative_range` (one of them,
    relative ones in the caller's days, `X-TZ-Offset`) for the members in `users` (all
    by default): calls by direction and their durations, emails and SMS sent (status
    `sent`) and received, notes, leads and opportunities created, opportunities won and
    their value (by `date_won`). `type: overview` answers one row per day with activity;
    `comparison` one row per member. `aggregations.totals` holds the totals either way
    (the key third-party code reads). `query` (`{type: saved_search, saved_search_id}`,
    a lead Smart View) keeps the activity logged on the leads the view selects now, for
    the caller, and the leads and opportunities among them; a missing view or one of
    another type is a 400. The answer is JSON only: Close also serves CSV by `Accept`,
    and the emulator refuses an `Accept` naming `text/csv` but no JSON with a 400 (the
    CSV columns are undocumented). Row shapes are [unverified].

    Args:
        body (ActivityReportRequest): One of `relative_range` and `datetime_range` is required.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        ActivityReport
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
    body: ActivityReportRequest,
) -> Response[ActivityReport]:
    """Get an activity report

     Counts (or sums) activity over `datetime_range` or `relative_range` (one of them,
    relative ones in the caller's days, `X-TZ-Offset`) for the members in `users` (all
    by default): calls by direction and their durations, emails and SMS sent (status
    `sent`) and received, notes, leads and opportunities created, opportunities won and
    their value (by `date_won`). `type: overview` answers one row per day with activity;
    `comparison` one row per member. `aggregations.totals` holds the totals either way
    (the key third-party code reads). `query` (`{type: saved_search, saved_search_id}`,
    a lead Smart View) keeps the activity logged on the leads the view selects now, for
    the caller, and the leads and opportunities among them; a missing view or one of
    another type is a 400. The answer is JSON only: Close also serves CSV by `Accept`,
    and the emulator refuses an `Accept` naming `text/csv` but no JSON with a 400 (the
    CSV columns are undocumented). Row shapes are [unverified].

    Args:
        body (ActivityReportRequest): One of `relative_range` and `datetime_range` is required.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[ActivityReport]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityReportRequest,
) -> ActivityReport:
    """Get an activity report

     Counts (or sums) activity over `datetime_range` or `relative_range` (one of them,
    relative ones in the caller's days, `X-TZ-Offset`) for the members in `users` (all
    by default): calls by direction and their durations, emails and SMS sent (status
    `sent`) and received, notes, leads and opportunities created, opportunities won and
    their value (by `date_won`). `type: overview` answers one row per day with activity;
    `comparison` one row per member. `aggregations.totals` holds the totals either way
    (the key third-party code reads). `query` (`{type: saved_search, saved_search_id}`,
    a lead Smart View) keeps the activity logged on the leads the view selects now, for
    the caller, and the leads and opportunities among them; a missing view or one of
    another type is a 400. The answer is JSON only: Close also serves CSV by `Accept`,
    and the emulator refuses an `Accept` naming `text/csv` but no JSON with a 400 (the
    CSV columns are undocumented). Row shapes are [unverified].

    Args:
        body (ActivityReportRequest): One of `relative_range` and `datetime_range` is required.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        ActivityReport
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
