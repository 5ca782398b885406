import datetime
from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.list_activities_order_by import (
    ListActivitiesOrderBy,
)
from ...models.list_activities_thread_emails import (
    ListActivitiesThreadEmails,
)
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_activities"
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
    lead_id_in: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    order_by: ListActivitiesOrderBy | Unset = UNSET,
    thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
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

    params["lead_id__in"] = lead_id_in

    params["contact_id"] = contact_id

    params["contact_id__in"] = contact_id_in

    params["user_id"] = user_id

    params["user_id__in"] = user_id_in

    params["_type"] = type_

    params["_type__in"] = type_in

    params["id__in"] = id_in

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["_order_by"] = json_order_by

    json_thread_emails: str | Unset = UNSET
    if not isinstance(thread_emails, Unset):
        json_thread_emails = thread_emails

    params["thread_emails"] = json_thread_emails

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
        "url": "/activity/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = ActivityList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityList]:
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
    lead_id_in: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    order_by: ListActivitiesOrderBy | Unset = UNSET,
    thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[ActivityList]:
    """List activities of every type

     Returns activities of every type in one list (read-only), each with its `_type`:
    `_limit` at most 100, `_skip`. Newest first by `date_created` unless `_order_by`
    says otherwise (Close does not document the default order [unverified]).

    Close's rules, refused here with a 400: `user_id`, `contact_id` and `_type` (and
    their `__in` forms) work only together with `lead_id` (or `lead_id__in`);
    `_order_by=-activity_at` needs `lead_id`; the `activity_at__…` filters need
    `_order_by=-activity_at` (you may filter only on the date you sort by). `_type`
    takes activity type names, `Custom` for every custom activity, or a Custom
    Activity Type id for the custom activities of that type.

    Emails: without `thread_emails` the list holds Email objects only;
    `thread_emails=true` adds EmailThread objects; `thread_emails=only` lists the
    threads and no emails. (Close strips the emails down in the `true` case; here
    they are whole [unverified].)

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        lead_id_in (str | Unset):
        contact_id (str | Unset):
        contact_id_in (str | Unset):
        user_id (str | Unset):
        user_id_in (str | Unset):
        type_ (str | Unset):
        type_in (str | Unset):
        id_in (str | Unset):
        order_by (ListActivitiesOrderBy | Unset):
        thread_emails (ListActivitiesThreadEmails | Unset):
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
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        lead_id_in=lead_id_in,
        contact_id=contact_id,
        contact_id_in=contact_id_in,
        user_id=user_id,
        user_id_in=user_id_in,
        type_=type_,
        type_in=type_in,
        id_in=id_in,
        order_by=order_by,
        thread_emails=thread_emails,
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
    lead_id_in: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    order_by: ListActivitiesOrderBy | Unset = UNSET,
    thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> ActivityList:
    """List activities of every type

     Returns activities of every type in one list (read-only), each with its `_type`:
    `_limit` at most 100, `_skip`. Newest first by `date_created` unless `_order_by`
    says otherwise (Close does not document the default order [unverified]).

    Close's rules, refused here with a 400: `user_id`, `contact_id` and `_type` (and
    their `__in` forms) work only together with `lead_id` (or `lead_id__in`);
    `_order_by=-activity_at` needs `lead_id`; the `activity_at__…` filters need
    `_order_by=-activity_at` (you may filter only on the date you sort by). `_type`
    takes activity type names, `Custom` for every custom activity, or a Custom
    Activity Type id for the custom activities of that type.

    Emails: without `thread_emails` the list holds Email objects only;
    `thread_emails=true` adds EmailThread objects; `thread_emails=only` lists the
    threads and no emails. (Close strips the emails down in the `true` case; here
    they are whole [unverified].)

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        lead_id_in (str | Unset):
        contact_id (str | Unset):
        contact_id_in (str | Unset):
        user_id (str | Unset):
        user_id_in (str | Unset):
        type_ (str | Unset):
        type_in (str | Unset):
        id_in (str | Unset):
        order_by (ListActivitiesOrderBy | Unset):
        thread_emails (ListActivitiesThreadEmails | Unset):
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
        ActivityList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        lead_id_in=lead_id_in,
        contact_id=contact_id,
        contact_id_in=contact_id_in,
        user_id=user_id,
        user_id_in=user_id_in,
        type_=type_,
        type_in=type_in,
        id_in=id_in,
        order_by=order_by,
        thread_emails=thread_emails,
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
    lead_id_in: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    order_by: ListActivitiesOrderBy | Unset = UNSET,
    thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[ActivityList]:
    """List activities of every type

     Returns activities of every type in one list (read-only), each with its `_type`:
    `_limit` at most 100, `_skip`. Newest first by `date_created` unless `_order_by`
    says otherwise (Close does not document the default order [unverified]).

    Close's rules, refused here with a 400: `user_id`, `contact_id` and `_type` (and
    their `__in` forms) work only together with `lead_id` (or `lead_id__in`);
    `_order_by=-activity_at` needs `lead_id`; the `activity_at__…` filters need
    `_order_by=-activity_at` (you may filter only on the date you sort by). `_type`
    takes activity type names, `Custom` for every custom activity, or a Custom
    Activity Type id for the custom activities of that type.

    Emails: without `thread_emails` the list holds Email objects only;
    `thread_emails=true` adds EmailThread objects; `thread_emails=only` lists the
    threads and no emails. (Close strips the emails down in the `true` case; here
    they are whole [unverified].)

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        lead_id_in (str | Unset):
        contact_id (str | Unset):
        contact_id_in (str | Unset):
        user_id (str | Unset):
        user_id_in (str | Unset):
        type_ (str | Unset):
        type_in (str | Unset):
        id_in (str | Unset):
        order_by (ListActivitiesOrderBy | Unset):
        thread_emails (ListActivitiesThreadEmails | Unset):
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
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        lead_id_in=lead_id_in,
        contact_id=contact_id,
        contact_id_in=contact_id_in,
        user_id=user_id,
        user_id_in=user_id_in,
        type_=type_,
        type_in=type_in,
        id_in=id_in,
        order_by=order_by,
        thread_emails=thread_emails,
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
    lead_id_in: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    order_by: ListActivitiesOrderBy | Unset = UNSET,
    thread_emails: ListActivitiesThreadEmails | Unset = UNSET,
    date_created_gt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.date | datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.date | datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.date | datetime.datetime | Unset = UNSET,
) -> ActivityList:
    """List activities of every type

     Returns activities of every type in one list (read-only), each with its `_type`:
    `_limit` at most 100, `_skip`. Newest first by `date_created` unless `_order_by`
    says otherwise (Close does not document the default order [unverified]).

    Close's rules, refused here with a 400: `user_id`, `contact_id` and `_type` (and
    their `__in` forms) work only together with `lead_id` (or `lead_id__in`);
    `_order_by=-activity_at` needs `lead_id`; the `activity_at__…` filters need
    `_order_by=-activity_at` (you may filter only on the date you sort by). `_type`
    takes activity type names, `Custom` for every custom activity, or a Custom
    Activity Type id for the custom activities of that type.

    Emails: without `thread_emails` the list holds Email objects only;
    `thread_emails=true` adds EmailThread objects; `thread_emails=only` lists the
    threads and no emails. (Close strips the emails down in the `true` case; here
    they are whole [unverified].)

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):
        lead_id_in (str | Unset):
        contact_id (str | Unset):
        contact_id_in (str | Unset):
        user_id (str | Unset):
        user_id_in (str | Unset):
        type_ (str | Unset):
        type_in (str | Unset):
        id_in (str | Unset):
        order_by (ListActivitiesOrderBy | Unset):
        thread_emails (ListActivitiesThreadEmails | Unset):
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
        ActivityList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        lead_id=lead_id,
        lead_id_in=lead_id_in,
        contact_id=contact_id,
        contact_id_in=contact_id_in,
        user_id=user_id,
        user_id_in=user_id_in,
        type_=type_,
        type_in=type_in,
        id_in=id_in,
        order_by=order_by,
        thread_emails=thread_emails,
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
