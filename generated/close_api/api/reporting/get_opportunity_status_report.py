import datetime
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.status_report import StatusReport
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "get_opportunity_status_report"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    organization_id: str,
    *,
    date_start: datetime.date | datetime.datetime | Unset = UNSET,
    date_end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_start: str | Unset
    if isinstance(date_start, Unset):
        json_date_start = UNSET
    elif isinstance(date_start, datetime.date):
        json_date_start = date_start.isoformat()
    else:
        json_date_start = date_start.isoformat()

    params["date_start"] = json_date_start

    json_date_end: str | Unset
    if isinstance(date_end, Unset):
        json_date_end = UNSET
    elif isinstance(date_end, datetime.date):
        json_date_end = date_end.isoformat()
    else:
        json_date_end = date_end.isoformat()

    params["date_end"] = json_date_end

    params["query"] = query

    params["smart_view_id"] = smart_view_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/statuses/opportunity/{organization_id}/".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StatusReport:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = StatusReport.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StatusReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_start: datetime.date | datetime.datetime | Unset = UNSET,
    date_end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[StatusReport]:
    """Get the opportunity status change report

     Computed from the records: an object's statuses are the one it was created with
    (the first change's old status, else its current one) and each status-change
    activity after it. For the period `date_start`..`date_end` (dates count whole UTC
    days; either may be left out) each status has `started` / `ended` (objects in it at
    the start / end), `change` and `change_percent` (`null` when `started` is 0),
    `gained` / `lost`, `entered` / `left` (moves into / out of it during the period,
    creation included). With neither date the report is overall and leaves out
    `started`, `change`, `change_percent`, `gained` and `lost`, as Close does.
    `status_transitions` counts each move in the period (`from_status_id` null for a
    creation), `status_transitions_summary` each object's first-to-last move (A→B→C
    counts as A→C). Statuses deleted since show with `status_is_deleted: true`. The
    `_queries` / `_leads_page_urls` links of Close's answer are not produced [unverified
    shapes]. `query` (a lead search text, the grammar of `GET /lead/`'s `query`) or
    `smart_view_id` (a lead Smart View), not both, keeps the opportunities of the leads
    they select now [unverified: Close wraps the opportunity part of its own `_queries`
    in an `opportunity(...)` lead clause, which the emulator's grammar does not take].
    `user_id` keeps the opportunities of one user.

    Args:
        organization_id (str):
        date_start (datetime.date | datetime.datetime | Unset):
        date_end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):
        smart_view_id (str | Unset):
        user_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[StatusReport]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        date_start=date_start,
        date_end=date_end,
        query=query,
        smart_view_id=smart_view_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_start: datetime.date | datetime.datetime | Unset = UNSET,
    date_end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> StatusReport:
    """Get the opportunity status change report

     Computed from the records: an object's statuses are the one it was created with
    (the first change's old status, else its current one) and each status-change
    activity after it. For the period `date_start`..`date_end` (dates count whole UTC
    days; either may be left out) each status has `started` / `ended` (objects in it at
    the start / end), `change` and `change_percent` (`null` when `started` is 0),
    `gained` / `lost`, `entered` / `left` (moves into / out of it during the period,
    creation included). With neither date the report is overall and leaves out
    `started`, `change`, `change_percent`, `gained` and `lost`, as Close does.
    `status_transitions` counts each move in the period (`from_status_id` null for a
    creation), `status_transitions_summary` each object's first-to-last move (A→B→C
    counts as A→C). Statuses deleted since show with `status_is_deleted: true`. The
    `_queries` / `_leads_page_urls` links of Close's answer are not produced [unverified
    shapes]. `query` (a lead search text, the grammar of `GET /lead/`'s `query`) or
    `smart_view_id` (a lead Smart View), not both, keeps the opportunities of the leads
    they select now [unverified: Close wraps the opportunity part of its own `_queries`
    in an `opportunity(...)` lead clause, which the emulator's grammar does not take].
    `user_id` keeps the opportunities of one user.

    Args:
        organization_id (str):
        date_start (datetime.date | datetime.datetime | Unset):
        date_end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):
        smart_view_id (str | Unset):
        user_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        StatusReport
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        date_start=date_start,
        date_end=date_end,
        query=query,
        smart_view_id=smart_view_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_start: datetime.date | datetime.datetime | Unset = UNSET,
    date_end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[StatusReport]:
    """Get the opportunity status change report

     Computed from the records: an object's statuses are the one it was created with
    (the first change's old status, else its current one) and each status-change
    activity after it. For the period `date_start`..`date_end` (dates count whole UTC
    days; either may be left out) each status has `started` / `ended` (objects in it at
    the start / end), `change` and `change_percent` (`null` when `started` is 0),
    `gained` / `lost`, `entered` / `left` (moves into / out of it during the period,
    creation included). With neither date the report is overall and leaves out
    `started`, `change`, `change_percent`, `gained` and `lost`, as Close does.
    `status_transitions` counts each move in the period (`from_status_id` null for a
    creation), `status_transitions_summary` each object's first-to-last move (A→B→C
    counts as A→C). Statuses deleted since show with `status_is_deleted: true`. The
    `_queries` / `_leads_page_urls` links of Close's answer are not produced [unverified
    shapes]. `query` (a lead search text, the grammar of `GET /lead/`'s `query`) or
    `smart_view_id` (a lead Smart View), not both, keeps the opportunities of the leads
    they select now [unverified: Close wraps the opportunity part of its own `_queries`
    in an `opportunity(...)` lead clause, which the emulator's grammar does not take].
    `user_id` keeps the opportunities of one user.

    Args:
        organization_id (str):
        date_start (datetime.date | datetime.datetime | Unset):
        date_end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):
        smart_view_id (str | Unset):
        user_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[StatusReport]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        date_start=date_start,
        date_end=date_end,
        query=query,
        smart_view_id=smart_view_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_start: datetime.date | datetime.datetime | Unset = UNSET,
    date_end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> StatusReport:
    """Get the opportunity status change report

     Computed from the records: an object's statuses are the one it was created with
    (the first change's old status, else its current one) and each status-change
    activity after it. For the period `date_start`..`date_end` (dates count whole UTC
    days; either may be left out) each status has `started` / `ended` (objects in it at
    the start / end), `change` and `change_percent` (`null` when `started` is 0),
    `gained` / `lost`, `entered` / `left` (moves into / out of it during the period,
    creation included). With neither date the report is overall and leaves out
    `started`, `change`, `change_percent`, `gained` and `lost`, as Close does.
    `status_transitions` counts each move in the period (`from_status_id` null for a
    creation), `status_transitions_summary` each object's first-to-last move (A→B→C
    counts as A→C). Statuses deleted since show with `status_is_deleted: true`. The
    `_queries` / `_leads_page_urls` links of Close's answer are not produced [unverified
    shapes]. `query` (a lead search text, the grammar of `GET /lead/`'s `query`) or
    `smart_view_id` (a lead Smart View), not both, keeps the opportunities of the leads
    they select now [unverified: Close wraps the opportunity part of its own `_queries`
    in an `opportunity(...)` lead clause, which the emulator's grammar does not take].
    `user_id` keeps the opportunities of one user.

    Args:
        organization_id (str):
        date_start (datetime.date | datetime.datetime | Unset):
        date_end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):
        smart_view_id (str | Unset):
        user_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        StatusReport
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        date_start=date_start,
        date_end=date_end,
        query=query,
        smart_view_id=smart_view_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
