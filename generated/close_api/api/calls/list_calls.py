import datetime
from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_list import CallList
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_calls"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
MAX_LIMIT: Final = 100
"""The largest `_limit` (page size) the spec allows for this list."""
PAGINATION: Final = "offset"
"""How this list pages: `offset` (`_skip` / `has_more`) or `cursor` (`_cursor` / `cursor_next`)."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = limit

    params["_skip"] = skip

    params["_fields"] = fields

    params["lead_id"] = lead_id

    params["contact_id"] = contact_id

    params["user_id"] = user_id

    params["id__in"] = id_in

    json_date_created_gt: str | Unset
    if isinstance(date_created_gt, Unset):
        json_date_created_gt = UNSET
    elif isinstance(date_created_gt, datetime.date):
        json_date_created_gt = date_created_gt.isoformat()
    else:
        json_date_created_gt = date_created_gt.isoformat()

    params["date_created__gt"] = json_date_created_gt

    json_date_created_gte: str | Unset
    if isinstance(date_created_gte, Unset):
        json_date_created_gte = UNSET
    elif isinstance(date_created_gte, datetime.date):
        json_date_created_gte = date_created_gte.isoformat()
    else:
        json_date_created_gte = date_created_gte.isoformat()

    params["date_created__gte"] = json_date_created_gte

    json_date_created_lt: str | Unset
    if isinstance(date_created_lt, Unset):
        json_date_created_lt = UNSET
    elif isinstance(date_created_lt, datetime.date):
        json_date_created_lt = date_created_lt.isoformat()
    else:
        json_date_created_lt = date_created_lt.isoformat()

    params["date_created__lt"] = json_date_created_lt

    json_date_created_lte: str | Unset
    if isinstance(date_created_lte, Unset):
        json_date_created_lte = UNSET
    elif isinstance(date_created_lte, datetime.date):
        json_date_created_lte = date_created_lte.isoformat()
    else:
        json_date_created_lte = date_created_lte.isoformat()

    params["date_created__lte"] = json_date_created_lte

    json_activity_at_gt: str | Unset
    if isinstance(activity_at_gt, Unset):
        json_activity_at_gt = UNSET
    elif isinstance(activity_at_gt, datetime.date):
        json_activity_at_gt = activity_at_gt.isoformat()
    else:
        json_activity_at_gt = activity_at_gt.isoformat()

    params["activity_at__gt"] = json_activity_at_gt

    json_activity_at_gte: str | Unset
    if isinstance(activity_at_gte, Unset):
        json_activity_at_gte = UNSET
    elif isinstance(activity_at_gte, datetime.date):
        json_activity_at_gte = activity_at_gte.isoformat()
    else:
        json_activity_at_gte = activity_at_gte.isoformat()

    params["activity_at__gte"] = json_activity_at_gte

    json_activity_at_lt: str | Unset
    if isinstance(activity_at_lt, Unset):
        json_activity_at_lt = UNSET
    elif isinstance(activity_at_lt, datetime.date):
        json_activity_at_lt = activity_at_lt.isoformat()
    else:
        json_activity_at_lt = activity_at_lt.isoformat()

    params["activity_at__lt"] = json_activity_at_lt

    json_activity_at_lte: str | Unset
    if isinstance(activity_at_lte, Unset):
        json_activity_at_lte = UNSET
    elif isinstance(activity_at_lte, datetime.date):
        json_activity_at_lte = activity_at_lte.isoformat()
    else:
        json_activity_at_lte = activity_at_lte.isoformat()

    params["activity_at__lte"] = json_activity_at_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/call/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = CallList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[CallList]:
    """List calls

     Returns call activities one page at a time (`_limit` at most 100, `_skip`), oldest
    first, optionally filtered by lead, contact, user, ids and date ranges. A date
    without a time compares with the start of that day in UTC.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        id_in (str | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        activity_at_gt (datetime.date | datetime.datetime | Unset):
        activity_at_gte (datetime.date | datetime.datetime | Unset):
        activity_at_lt (datetime.date | datetime.datetime | Unset):
        activity_at_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CallList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        contact_id=contact_id,
        user_id=user_id,
        id_in=id_in,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> CallList:
    """List calls

     Returns call activities one page at a time (`_limit` at most 100, `_skip`), oldest
    first, optionally filtered by lead, contact, user, ids and date ranges. A date
    without a time compares with the start of that day in UTC.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        id_in (str | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        activity_at_gt (datetime.date | datetime.datetime | Unset):
        activity_at_gte (datetime.date | datetime.datetime | Unset):
        activity_at_lt (datetime.date | datetime.datetime | Unset):
        activity_at_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CallList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        contact_id=contact_id,
        user_id=user_id,
        id_in=id_in,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[CallList]:
    """List calls

     Returns call activities one page at a time (`_limit` at most 100, `_skip`), oldest
    first, optionally filtered by lead, contact, user, ids and date ranges. A date
    without a time compares with the start of that day in UTC.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        id_in (str | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        activity_at_gt (datetime.date | datetime.datetime | Unset):
        activity_at_gte (datetime.date | datetime.datetime | Unset):
        activity_at_lt (datetime.date | datetime.datetime | Unset):
        activity_at_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CallList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        contact_id=contact_id,
        user_id=user_id,
        id_in=id_in,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> CallList:
    """List calls

     Returns call activities one page at a time (`_limit` at most 100, `_skip`), oldest
    first, optionally filtered by lead, contact, user, ids and date ranges. A date
    without a time compares with the start of that day in UTC.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        id_in (str | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        activity_at_gt (datetime.date | datetime.datetime | Unset):
        activity_at_gte (datetime.date | datetime.datetime | Unset):
        activity_at_lt (datetime.date | datetime.datetime | Unset):
        activity_at_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CallList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        contact_id=contact_id,
        user_id=user_id,
        id_in=id_in,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
