import datetime
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_report import CustomReport
from ...models.get_custom_report_interval import (
    GetCustomReportInterval,
)
from ...models.get_custom_report_transform_y import (
    GetCustomReportTransformY,
)
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "get_custom_report"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    organization_id: str,
    *,
    x: str | Unset = UNSET,
    y: str | Unset = UNSET,
    interval: GetCustomReportInterval | Unset = UNSET,
    group_by: str | Unset = UNSET,
    transform_y: GetCustomReportTransformY | Unset = UNSET,
    start: datetime.date | datetime.datetime | Unset = UNSET,
    end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["x"] = x

    params["y"] = y

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval

    params["interval"] = json_interval

    params["group_by"] = group_by

    json_transform_y: str | Unset = UNSET
    if not isinstance(transform_y, Unset):
        json_transform_y = transform_y

    params["transform_y"] = json_transform_y

    json_start: str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.date):
        json_start = start.isoformat()
    else:
        json_start = start.isoformat()

    params["start"] = json_start

    json_end: str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.date):
        json_end = end.isoformat()
    else:
        json_end = end.isoformat()

    params["end"] = json_end

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/custom/{organization_id}/".format(
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
) -> CustomReport:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = CustomReport.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomReport]:
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
    x: str | Unset = UNSET,
    y: str | Unset = UNSET,
    interval: GetCustomReportInterval | Unset = UNSET,
    group_by: str | Unset = UNSET,
    transform_y: GetCustomReportTransformY | Unset = UNSET,
    start: datetime.date | datetime.datetime | Unset = UNSET,
    end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[CustomReport]:
    """Get a custom report (Explorer)

     A series of `y` (`<type>.count`, the default `lead.count`, or a number field such
    as `opportunity.value` or `call.duration`, combined by `transform_y`) over the date
    field `x` of the same object type (`lead`, `opportunity`, `call`, `email`, `sms`,
    `note`; `date_created`, `date_updated`, `activity_at`, `date_won`), bucketed by
    `interval` (`auto`: day, week or month by the range), from `start` (default: the
    organization's creation) to `end` (default: now). `group_by` (`<type>.user_id`,
    `status_id`, `direction`, `status` or `created_by`) makes one series per value.
    `query` on a lead report (`y` of `lead.`) is a lead search text (the grammar of
    `GET /lead/`'s `query`) keeping the leads it selects. The emulator does not take
    numeric x axes, custom fields, or a `query` (other than `*`) on activities or
    opportunities yet, and refuses them. The answer's shape is [unverified].

    Args:
        organization_id (str):
        x (str | Unset):
        y (str | Unset):
        interval (GetCustomReportInterval | Unset):
        group_by (str | Unset):
        transform_y (GetCustomReportTransformY | Unset):
        start (datetime.date | datetime.datetime | Unset):
        end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomReport]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        x=x,
        y=y,
        interval=interval,
        group_by=group_by,
        transform_y=transform_y,
        start=start,
        end=end,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    x: str | Unset = UNSET,
    y: str | Unset = UNSET,
    interval: GetCustomReportInterval | Unset = UNSET,
    group_by: str | Unset = UNSET,
    transform_y: GetCustomReportTransformY | Unset = UNSET,
    start: datetime.date | datetime.datetime | Unset = UNSET,
    end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
) -> CustomReport:
    """Get a custom report (Explorer)

     A series of `y` (`<type>.count`, the default `lead.count`, or a number field such
    as `opportunity.value` or `call.duration`, combined by `transform_y`) over the date
    field `x` of the same object type (`lead`, `opportunity`, `call`, `email`, `sms`,
    `note`; `date_created`, `date_updated`, `activity_at`, `date_won`), bucketed by
    `interval` (`auto`: day, week or month by the range), from `start` (default: the
    organization's creation) to `end` (default: now). `group_by` (`<type>.user_id`,
    `status_id`, `direction`, `status` or `created_by`) makes one series per value.
    `query` on a lead report (`y` of `lead.`) is a lead search text (the grammar of
    `GET /lead/`'s `query`) keeping the leads it selects. The emulator does not take
    numeric x axes, custom fields, or a `query` (other than `*`) on activities or
    opportunities yet, and refuses them. The answer's shape is [unverified].

    Args:
        organization_id (str):
        x (str | Unset):
        y (str | Unset):
        interval (GetCustomReportInterval | Unset):
        group_by (str | Unset):
        transform_y (GetCustomReportTransformY | Unset):
        start (datetime.date | datetime.datetime | Unset):
        end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomReport
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        x=x,
        y=y,
        interval=interval,
        group_by=group_by,
        transform_y=transform_y,
        start=start,
        end=end,
        query=query,
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
    x: str | Unset = UNSET,
    y: str | Unset = UNSET,
    interval: GetCustomReportInterval | Unset = UNSET,
    group_by: str | Unset = UNSET,
    transform_y: GetCustomReportTransformY | Unset = UNSET,
    start: datetime.date | datetime.datetime | Unset = UNSET,
    end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[CustomReport]:
    """Get a custom report (Explorer)

     A series of `y` (`<type>.count`, the default `lead.count`, or a number field such
    as `opportunity.value` or `call.duration`, combined by `transform_y`) over the date
    field `x` of the same object type (`lead`, `opportunity`, `call`, `email`, `sms`,
    `note`; `date_created`, `date_updated`, `activity_at`, `date_won`), bucketed by
    `interval` (`auto`: day, week or month by the range), from `start` (default: the
    organization's creation) to `end` (default: now). `group_by` (`<type>.user_id`,
    `status_id`, `direction`, `status` or `created_by`) makes one series per value.
    `query` on a lead report (`y` of `lead.`) is a lead search text (the grammar of
    `GET /lead/`'s `query`) keeping the leads it selects. The emulator does not take
    numeric x axes, custom fields, or a `query` (other than `*`) on activities or
    opportunities yet, and refuses them. The answer's shape is [unverified].

    Args:
        organization_id (str):
        x (str | Unset):
        y (str | Unset):
        interval (GetCustomReportInterval | Unset):
        group_by (str | Unset):
        transform_y (GetCustomReportTransformY | Unset):
        start (datetime.date | datetime.datetime | Unset):
        end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomReport]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        x=x,
        y=y,
        interval=interval,
        group_by=group_by,
        transform_y=transform_y,
        start=start,
        end=end,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    x: str | Unset = UNSET,
    y: str | Unset = UNSET,
    interval: GetCustomReportInterval | Unset = UNSET,
    group_by: str | Unset = UNSET,
    transform_y: GetCustomReportTransformY | Unset = UNSET,
    start: datetime.date | datetime.datetime | Unset = UNSET,
    end: datetime.date | datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
) -> CustomReport:
    """Get a custom report (Explorer)

     A series of `y` (`<type>.count`, the default `lead.count`, or a number field such
    as `opportunity.value` or `call.duration`, combined by `transform_y`) over the date
    field `x` of the same object type (`lead`, `opportunity`, `call`, `email`, `sms`,
    `note`; `date_created`, `date_updated`, `activity_at`, `date_won`), bucketed by
    `interval` (`auto`: day, week or month by the range), from `start` (default: the
    organization's creation) to `end` (default: now). `group_by` (`<type>.user_id`,
    `status_id`, `direction`, `status` or `created_by`) makes one series per value.
    `query` on a lead report (`y` of `lead.`) is a lead search text (the grammar of
    `GET /lead/`'s `query`) keeping the leads it selects. The emulator does not take
    numeric x axes, custom fields, or a `query` (other than `*`) on activities or
    opportunities yet, and refuses them. The answer's shape is [unverified].

    Args:
        organization_id (str):
        x (str | Unset):
        y (str | Unset):
        interval (GetCustomReportInterval | Unset):
        group_by (str | Unset):
        transform_y (GetCustomReportTransformY | Unset):
        start (datetime.date | datetime.datetime | Unset):
        end (datetime.date | datetime.datetime | Unset):
        query (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomReport
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        x=x,
        y=y,
        interval=interval,
        group_by=group_by,
        transform_y=transform_y,
        start=start,
        end=end,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
