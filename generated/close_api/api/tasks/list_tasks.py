import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_tasks_order_by import ListTasksOrderBy
from ...models.list_tasks_type import ListTasksType
from ...models.list_tasks_view import ListTasksView
from ...models.rate_limited_body import RateLimitedBody
from ...models.task_list import TaskList
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    field_type_: ListTasksType | Unset = UNSET,
    field_type_in: str | Unset = UNSET,
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
    field_order_by: ListTasksOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_skip"] = field_skip

    params["_fields"] = field_fields

    params["id__in"] = id_in

    json_field_type_: str | Unset = UNSET
    if not isinstance(field_type_, Unset):
        json_field_type_ = field_type_

    params["_type"] = json_field_type_

    params["_type__in"] = field_type_in

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

    json_field_order_by: str | Unset = UNSET
    if not isinstance(field_order_by, Unset):
        json_field_order_by = field_order_by

    params["_order_by"] = json_field_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ValidationErrorBody.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorBody.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitedBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    field_type_: ListTasksType | Unset = UNSET,
    field_type_in: str | Unset = UNSET,
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
    field_order_by: ListTasksOrderBy | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList]:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        id_in (str | Unset):
        field_type_ (ListTasksType | Unset):
        field_type_in (str | Unset):
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
        field_order_by (ListTasksOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        id_in=id_in,
        field_type_=field_type_,
        field_type_in=field_type_in,
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
        field_order_by=field_order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    field_type_: ListTasksType | Unset = UNSET,
    field_type_in: str | Unset = UNSET,
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
    field_order_by: ListTasksOrderBy | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList | None:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        id_in (str | Unset):
        field_type_ (ListTasksType | Unset):
        field_type_in (str | Unset):
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
        field_order_by (ListTasksOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList
    """

    return sync_detailed(
        client=client,
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        id_in=id_in,
        field_type_=field_type_,
        field_type_in=field_type_in,
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
        field_order_by=field_order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    field_type_: ListTasksType | Unset = UNSET,
    field_type_in: str | Unset = UNSET,
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
    field_order_by: ListTasksOrderBy | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList]:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        id_in (str | Unset):
        field_type_ (ListTasksType | Unset):
        field_type_in (str | Unset):
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
        field_order_by (ListTasksOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        id_in=id_in,
        field_type_=field_type_,
        field_type_in=field_type_in,
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
        field_order_by=field_order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    field_type_: ListTasksType | Unset = UNSET,
    field_type_in: str | Unset = UNSET,
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
    field_order_by: ListTasksOrderBy | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList | None:
    """List tasks

     Returns tasks one page at a time (`_limit` at most 1000 [unverified: Airbyte pages by
    1000], `_skip`). Without `_type` only `lead` tasks are listed; `_type=all` lists every
    type. `_order_by` sorts by `date` or `date_created` (`-` for descending).

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        id_in (str | Unset):
        field_type_ (ListTasksType | Unset):
        field_type_in (str | Unset):
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
        field_order_by (ListTasksOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | TaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            field_limit=field_limit,
            field_skip=field_skip,
            field_fields=field_fields,
            id_in=id_in,
            field_type_=field_type_,
            field_type_in=field_type_in,
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
            field_order_by=field_order_by,
        )
    ).parsed
