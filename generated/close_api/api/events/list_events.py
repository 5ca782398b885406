import datetime
from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_list import EventList
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_events"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
MAX_LIMIT: Final = 50
"""The largest `_limit` (page size) the spec allows for this list."""
PAGINATION: Final = "cursor"
"""How this list pages: `offset` (`_skip` / `has_more`) or `cursor` (`_cursor` / `cursor_next`)."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_cursor"] = cursor

    params["_limit"] = limit

    params["object_type"] = object_type

    params["object_id"] = object_id

    params["action"] = action

    params["lead_id"] = lead_id

    params["user_id"] = user_id

    params["request_id"] = request_id

    json_date_updated_gt: str | Unset
    if isinstance(date_updated_gt, Unset):
        json_date_updated_gt = UNSET
    elif isinstance(date_updated_gt, datetime.date):
        json_date_updated_gt = date_updated_gt.isoformat()
    else:
        json_date_updated_gt = date_updated_gt.isoformat()

    params["date_updated__gt"] = json_date_updated_gt

    json_date_updated_gte: str | Unset
    if isinstance(date_updated_gte, Unset):
        json_date_updated_gte = UNSET
    elif isinstance(date_updated_gte, datetime.date):
        json_date_updated_gte = date_updated_gte.isoformat()
    else:
        json_date_updated_gte = date_updated_gte.isoformat()

    params["date_updated__gte"] = json_date_updated_gte

    json_date_updated_lt: str | Unset
    if isinstance(date_updated_lt, Unset):
        json_date_updated_lt = UNSET
    elif isinstance(date_updated_lt, datetime.date):
        json_date_updated_lt = date_updated_lt.isoformat()
    else:
        json_date_updated_lt = date_updated_lt.isoformat()

    params["date_updated__lt"] = json_date_updated_lt

    json_date_updated_lte: str | Unset
    if isinstance(date_updated_lte, Unset):
        json_date_updated_lte = UNSET
    elif isinstance(date_updated_lte, datetime.date):
        json_date_updated_lte = date_updated_lte.isoformat()
    else:
        json_date_updated_lte = date_updated_lte.isoformat()

    params["date_updated__lte"] = json_date_updated_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = EventList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[EventList]:
    """List events

     Returns the events of the last 30 days, newest first by `date_updated`; events of
    one object always keep the order in which they happened, even when their
    timestamps tie. Close's published spec lists `_skip` here: the endpoint does not
    support it. Page with `_cursor` instead: pass `cursor_next` to get older events,
    `cursor_previous` to get newer ones (each is `null` when no such event exists at
    the time of the request). A cursor remembers the `date_updated__…` bounds of the
    request that made it; every other filter must be sent again with it, unchanged.

    Filters: `object_type`, `object_id`, `action`, `lead_id` (the lead and every
    object on it: contacts, opportunities, tasks, activities), `user_id`,
    `request_id`. Only these combinations are allowed: `object_type` + `object_id`;
    `object_type` + `action`; `object_id` + `action`; `lead_id` + `object_type`
    (+ `action`); `lead_id` + `user_id` (+ `object_type` (+ `action`)); `user_id` +
    `object_id` (+ `action`); `user_id` + `object_type` (+ `action`); `lead_id`,
    `user_id` or `request_id` alone; or none. Any of them may add
    `date_updated__gt` / `__gte` / `__lt` / `__lte`. Another combination is refused
    with 400 `{"error": …}` [unverified: Close's wording].

    Close recommends re-reading the last five minutes when reading incrementally, as
    events may appear late. Members who are not admins see `data` and
    `previous_data` only for one hour after the event; later the keys are left out.
    The emulator does not consolidate events across requests (Close may merge recent
    updates of one object into one event); within one request, the updates of one
    object are one event.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        object_type (str | Unset):
        object_id (str | Unset):
        action (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        request_id (str | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EventList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        object_type=object_type,
        object_id=object_id,
        action=action,
        lead_id=lead_id,
        user_id=user_id,
        request_id=request_id,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> EventList:
    """List events

     Returns the events of the last 30 days, newest first by `date_updated`; events of
    one object always keep the order in which they happened, even when their
    timestamps tie. Close's published spec lists `_skip` here: the endpoint does not
    support it. Page with `_cursor` instead: pass `cursor_next` to get older events,
    `cursor_previous` to get newer ones (each is `null` when no such event exists at
    the time of the request). A cursor remembers the `date_updated__…` bounds of the
    request that made it; every other filter must be sent again with it, unchanged.

    Filters: `object_type`, `object_id`, `action`, `lead_id` (the lead and every
    object on it: contacts, opportunities, tasks, activities), `user_id`,
    `request_id`. Only these combinations are allowed: `object_type` + `object_id`;
    `object_type` + `action`; `object_id` + `action`; `lead_id` + `object_type`
    (+ `action`); `lead_id` + `user_id` (+ `object_type` (+ `action`)); `user_id` +
    `object_id` (+ `action`); `user_id` + `object_type` (+ `action`); `lead_id`,
    `user_id` or `request_id` alone; or none. Any of them may add
    `date_updated__gt` / `__gte` / `__lt` / `__lte`. Another combination is refused
    with 400 `{"error": …}` [unverified: Close's wording].

    Close recommends re-reading the last five minutes when reading incrementally, as
    events may appear late. Members who are not admins see `data` and
    `previous_data` only for one hour after the event; later the keys are left out.
    The emulator does not consolidate events across requests (Close may merge recent
    updates of one object into one event); within one request, the updates of one
    object are one event.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        object_type (str | Unset):
        object_id (str | Unset):
        action (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        request_id (str | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EventList
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        object_type=object_type,
        object_id=object_id,
        action=action,
        lead_id=lead_id,
        user_id=user_id,
        request_id=request_id,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[EventList]:
    """List events

     Returns the events of the last 30 days, newest first by `date_updated`; events of
    one object always keep the order in which they happened, even when their
    timestamps tie. Close's published spec lists `_skip` here: the endpoint does not
    support it. Page with `_cursor` instead: pass `cursor_next` to get older events,
    `cursor_previous` to get newer ones (each is `null` when no such event exists at
    the time of the request). A cursor remembers the `date_updated__…` bounds of the
    request that made it; every other filter must be sent again with it, unchanged.

    Filters: `object_type`, `object_id`, `action`, `lead_id` (the lead and every
    object on it: contacts, opportunities, tasks, activities), `user_id`,
    `request_id`. Only these combinations are allowed: `object_type` + `object_id`;
    `object_type` + `action`; `object_id` + `action`; `lead_id` + `object_type`
    (+ `action`); `lead_id` + `user_id` (+ `object_type` (+ `action`)); `user_id` +
    `object_id` (+ `action`); `user_id` + `object_type` (+ `action`); `lead_id`,
    `user_id` or `request_id` alone; or none. Any of them may add
    `date_updated__gt` / `__gte` / `__lt` / `__lte`. Another combination is refused
    with 400 `{"error": …}` [unverified: Close's wording].

    Close recommends re-reading the last five minutes when reading incrementally, as
    events may appear late. Members who are not admins see `data` and
    `previous_data` only for one hour after the event; later the keys are left out.
    The emulator does not consolidate events across requests (Close may merge recent
    updates of one object into one event); within one request, the updates of one
    object are one event.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        object_type (str | Unset):
        object_id (str | Unset):
        action (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        request_id (str | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EventList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        object_type=object_type,
        object_id=object_id,
        action=action,
        lead_id=lead_id,
        user_id=user_id,
        request_id=request_id,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> EventList:
    """List events

     Returns the events of the last 30 days, newest first by `date_updated`; events of
    one object always keep the order in which they happened, even when their
    timestamps tie. Close's published spec lists `_skip` here: the endpoint does not
    support it. Page with `_cursor` instead: pass `cursor_next` to get older events,
    `cursor_previous` to get newer ones (each is `null` when no such event exists at
    the time of the request). A cursor remembers the `date_updated__…` bounds of the
    request that made it; every other filter must be sent again with it, unchanged.

    Filters: `object_type`, `object_id`, `action`, `lead_id` (the lead and every
    object on it: contacts, opportunities, tasks, activities), `user_id`,
    `request_id`. Only these combinations are allowed: `object_type` + `object_id`;
    `object_type` + `action`; `object_id` + `action`; `lead_id` + `object_type`
    (+ `action`); `lead_id` + `user_id` (+ `object_type` (+ `action`)); `user_id` +
    `object_id` (+ `action`); `user_id` + `object_type` (+ `action`); `lead_id`,
    `user_id` or `request_id` alone; or none. Any of them may add
    `date_updated__gt` / `__gte` / `__lt` / `__lte`. Another combination is refused
    with 400 `{"error": …}` [unverified: Close's wording].

    Close recommends re-reading the last five minutes when reading incrementally, as
    events may appear late. Members who are not admins see `data` and
    `previous_data` only for one hour after the event; later the keys are left out.
    The emulator does not consolidate events across requests (Close may merge recent
    updates of one object into one event); within one request, the updates of one
    object are one event.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        object_type (str | Unset):
        object_id (str | Unset):
        action (str | Unset):
        lead_id (str | Unset):
        user_id (str | Unset):
        request_id (str | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EventList
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        object_type=object_type,
        object_id=object_id,
        action=action,
        lead_id=lead_id,
        user_id=user_id,
        request_id=request_id,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
