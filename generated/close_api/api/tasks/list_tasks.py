import datetime
from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tasks_order_by import ListTasksOrderBy
from ...models.list_tasks_type import ListTasksType
from ...models.list_tasks_view import ListTasksView
from ...models.task_list import TaskList
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_tasks"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
MAX_LIMIT: Final = 1000
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
    id_in: str | Unset = UNSET,
    type_: ListTasksType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: ListTasksView | Unset = UNSET,
    date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = limit

    params["_skip"] = skip

    params["_fields"] = fields

    params["id__in"] = id_in

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["_type"] = json_type_

    params["_type__in"] = type_in

    params["lead_id"] = lead_id

    params["assigned_to"] = assigned_to

    params["is_complete"] = is_complete

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    json_date_gt: str | Unset
    if isinstance(date_gt, Unset):
        json_date_gt = UNSET
    elif isinstance(date_gt, datetime.date):
        json_date_gt = date_gt.isoformat()
    else:
        json_date_gt = date_gt.isoformat()

    params["date__gt"] = json_date_gt

    json_date_gte: str | Unset
    if isinstance(date_gte, Unset):
        json_date_gte = UNSET
    elif isinstance(date_gte, datetime.date):
        json_date_gte = date_gte.isoformat()
    else:
        json_date_gte = date_gte.isoformat()

    params["date__gte"] = json_date_gte

    json_date_lt: str | Unset
    if isinstance(date_lt, Unset):
        json_date_lt = UNSET
    elif isinstance(date_lt, datetime.date):
        json_date_lt = date_lt.isoformat()
    else:
        json_date_lt = date_lt.isoformat()

    params["date__lt"] = json_date_lt

    json_date_lte: str | Unset
    if isinstance(date_lte, Unset):
        json_date_lte = UNSET
    elif isinstance(date_lte, datetime.date):
        json_date_lte = date_lte.isoformat()
    else:
        json_date_lte = date_lte.isoformat()

    params["date__lte"] = json_date_lte

    json_due_date_gt: str | Unset
    if isinstance(due_date_gt, Unset):
        json_due_date_gt = UNSET
    elif isinstance(due_date_gt, datetime.date):
        json_due_date_gt = due_date_gt.isoformat()
    else:
        json_due_date_gt = due_date_gt.isoformat()

    params["due_date__gt"] = json_due_date_gt

    json_due_date_gte: str | Unset
    if isinstance(due_date_gte, Unset):
        json_due_date_gte = UNSET
    elif isinstance(due_date_gte, datetime.date):
        json_due_date_gte = due_date_gte.isoformat()
    else:
        json_due_date_gte = due_date_gte.isoformat()

    params["due_date__gte"] = json_due_date_gte

    json_due_date_lt: str | Unset
    if isinstance(due_date_lt, Unset):
        json_due_date_lt = UNSET
    elif isinstance(due_date_lt, datetime.date):
        json_due_date_lt = due_date_lt.isoformat()
    else:
        json_due_date_lt = due_date_lt.isoformat()

    params["due_date__lt"] = json_due_date_lt

    json_due_date_lte: str | Unset
    if isinstance(due_date_lte, Unset):
        json_due_date_lte = UNSET
    elif isinstance(due_date_lte, datetime.date):
        json_due_date_lte = due_date_lte.isoformat()
    else:
        json_due_date_lte = due_date_lte.isoformat()

    params["due_date__lte"] = json_due_date_lte

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

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["_order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = TaskList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskList]:
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
    id_in: str | Unset = UNSET,
    type_: ListTasksType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: ListTasksView | Unset = UNSET,
    date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
) -> Response[TaskList]:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        id_in (str | Unset):
        type_ (ListTasksType | Unset):
        type_in (str | Unset):
        lead_id (str | Unset):
        assigned_to (str | Unset):
        is_complete (bool | Unset):
        view (ListTasksView | Unset):
        date_gt (datetime.date | datetime.datetime | Unset):
        date_gte (datetime.date | datetime.datetime | Unset):
        date_lt (datetime.date | datetime.datetime | Unset):
        date_lte (datetime.date | datetime.datetime | Unset):
        due_date_gt (datetime.date | datetime.datetime | Unset):
        due_date_gte (datetime.date | datetime.datetime | Unset):
        due_date_lt (datetime.date | datetime.datetime | Unset):
        due_date_lte (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        order_by (ListTasksOrderBy | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[TaskList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        id_in=id_in,
        type_=type_,
        type_in=type_in,
        lead_id=lead_id,
        assigned_to=assigned_to,
        is_complete=is_complete,
        view=view,
        date_gt=date_gt,
        date_gte=date_gte,
        date_lt=date_lt,
        date_lte=date_lte,
        due_date_gt=due_date_gt,
        due_date_gte=due_date_gte,
        due_date_lt=due_date_lt,
        due_date_lte=due_date_lte,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        order_by=order_by,
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
    id_in: str | Unset = UNSET,
    type_: ListTasksType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: ListTasksView | Unset = UNSET,
    date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
) -> TaskList:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        id_in (str | Unset):
        type_ (ListTasksType | Unset):
        type_in (str | Unset):
        lead_id (str | Unset):
        assigned_to (str | Unset):
        is_complete (bool | Unset):
        view (ListTasksView | Unset):
        date_gt (datetime.date | datetime.datetime | Unset):
        date_gte (datetime.date | datetime.datetime | Unset):
        date_lt (datetime.date | datetime.datetime | Unset):
        date_lte (datetime.date | datetime.datetime | Unset):
        due_date_gt (datetime.date | datetime.datetime | Unset):
        due_date_gte (datetime.date | datetime.datetime | Unset):
        due_date_lt (datetime.date | datetime.datetime | Unset):
        due_date_lte (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        order_by (ListTasksOrderBy | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        TaskList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        id_in=id_in,
        type_=type_,
        type_in=type_in,
        lead_id=lead_id,
        assigned_to=assigned_to,
        is_complete=is_complete,
        view=view,
        date_gt=date_gt,
        date_gte=date_gte,
        date_lt=date_lt,
        date_lte=date_lte,
        due_date_gt=due_date_gt,
        due_date_gte=due_date_gte,
        due_date_lt=due_date_lt,
        due_date_lte=due_date_lte,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        order_by=order_by,
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
    id_in: str | Unset = UNSET,
    type_: ListTasksType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: ListTasksView | Unset = UNSET,
    date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
) -> Response[TaskList]:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        id_in (str | Unset):
        type_ (ListTasksType | Unset):
        type_in (str | Unset):
        lead_id (str | Unset):
        assigned_to (str | Unset):
        is_complete (bool | Unset):
        view (ListTasksView | Unset):
        date_gt (datetime.date | datetime.datetime | Unset):
        date_gte (datetime.date | datetime.datetime | Unset):
        date_lt (datetime.date | datetime.datetime | Unset):
        date_lte (datetime.date | datetime.datetime | Unset):
        due_date_gt (datetime.date | datetime.datetime | Unset):
        due_date_gte (datetime.date | datetime.datetime | Unset):
        due_date_lt (datetime.date | datetime.datetime | Unset):
        due_date_lte (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        order_by (ListTasksOrderBy | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[TaskList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        id_in=id_in,
        type_=type_,
        type_in=type_in,
        lead_id=lead_id,
        assigned_to=assigned_to,
        is_complete=is_complete,
        view=view,
        date_gt=date_gt,
        date_gte=date_gte,
        date_lt=date_lt,
        date_lte=date_lte,
        due_date_gt=due_date_gt,
        due_date_gte=due_date_gte,
        due_date_lt=due_date_lt,
        due_date_lte=due_date_lte,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    type_: ListTasksType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: ListTasksView | Unset = UNSET,
    date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_gte: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lt: datetime.date | datetime.datetime | Unset = UNSET,
    due_date_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.date | datetime.datetime | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
) -> TaskList:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        id_in (str | Unset):
        type_ (ListTasksType | Unset):
        type_in (str | Unset):
        lead_id (str | Unset):
        assigned_to (str | Unset):
        is_complete (bool | Unset):
        view (ListTasksView | Unset):
        date_gt (datetime.date | datetime.datetime | Unset):
        date_gte (datetime.date | datetime.datetime | Unset):
        date_lt (datetime.date | datetime.datetime | Unset):
        date_lte (datetime.date | datetime.datetime | Unset):
        due_date_gt (datetime.date | datetime.datetime | Unset):
        due_date_gte (datetime.date | datetime.datetime | Unset):
        due_date_lt (datetime.date | datetime.datetime | Unset):
        due_date_lte (datetime.date | datetime.datetime | Unset):
        date_created_gt (datetime.date | datetime.datetime | Unset):
        date_created_gte (datetime.date | datetime.datetime | Unset):
        date_created_lt (datetime.date | datetime.datetime | Unset):
        date_created_lte (datetime.date | datetime.datetime | Unset):
        date_updated_gt (datetime.date | datetime.datetime | Unset):
        date_updated_gte (datetime.date | datetime.datetime | Unset):
        date_updated_lt (datetime.date | datetime.datetime | Unset):
        date_updated_lte (datetime.date | datetime.datetime | Unset):
        order_by (ListTasksOrderBy | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        TaskList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        id_in=id_in,
        type_=type_,
        type_in=type_in,
        lead_id=lead_id,
        assigned_to=assigned_to,
        is_complete=is_complete,
        view=view,
        date_gt=date_gt,
        date_gte=date_gte,
        date_lt=date_lt,
        date_lte=date_lte,
        due_date_gt=due_date_gt,
        due_date_gte=due_date_gte,
        due_date_lt=due_date_lt,
        due_date_lte=due_date_lte,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
